/// The two versions of a small model that the `diff` tests compare: `city.dfd` including
/// `shared/zones.dfd`; the edit relabels the include's sensor and moves the flow to plain http.
public enum DiffFixture {
  public static let zones = """
    boundary street "Street" [type: physical, exposure: public] {
      sensor aq "Air sensor" [per-device-keys, firmware-signed]
    }

    """

  public static let city = """
    model "City" [version: "1"]
    include "shared/zones.dfd"
    data readings "Readings" [classification: internal]
    boundary cloud "Cloud" [type: cloud] {
      service cms "CMS"
    }
    aq -> cms "Readings" [protocol: https, data: [readings]]

    """

  /// `zones` with its sensor relabelled.
  public static let editedZones = zones.replacing("Air sensor", with: "Air-quality sensor")

  /// `city` with its flow on plain http.
  public static let editedCity = city.replacing("protocol: https", with: "protocol: http")
}
