/// A read-only property the analyser computes from the model (the catalogue's `derived:` section).
public struct DerivedProperty: Hashable, Sendable {
  /// Where a derived property can be read.
  public enum Scope: String, Hashable, Sendable, CaseIterable {
    case element, flow, boundary
  }

  public var name: String
  public var scope: Scope
  var type: PathType

  /// Every derived property the analyser implements.
  public static let all: [DerivedProperty] =
    elementNames.map { DerivedProperty(name: $0.0, scope: .element, type: $0.1) }
    + flowNames.map { DerivedProperty(name: $0.0, scope: .flow, type: $0.1) }
    + [DerivedProperty(name: "mixed-criticality", scope: .boundary, type: .bool)]

  /// The derived property `name` in `scope`, if the analyser implements it.
  public static func named(_ name: String, in scope: Scope) -> DerivedProperty? {
    index[scope]?[name]
  }

  private static let index: [Scope: [String: DerivedProperty]] = Dictionary(
    grouping: all, by: \.scope
  ).mapValues { Dictionary(uniqueKeysWithValues: $0.map { ($0.name, $0) }) }

  private static let elementNames: [(String, PathType)] =
    [("id", .string), ("kind", .kind), ("category", .category), ("zone-types", .boundaryTypes)]
    + [
      "reachable-from-internet", "serves-users", "serves-citizens", "serves-staff", "ip-connected",
      "receives-field-data", "receives-external-feed", "handles-personal", "handles-special",
      "handles-location", "handles-identifiers", "handles-evidential", "handles-safety",
      "issues-commands", "issues-firmware", "receives-commands", "receives-firmware",
      "remote-admin", "reached-from-internet", "reached-from-external", "reached-from-supplier",
      "tracks-staff", "handles-card-data", "on-owner-premises", "third-party-owned",
      "holds-surveillance",
    ].map { ($0, PathType.bool) }

  private static let flowNames: [(String, PathType)] =
    [("crosses", .boundaryTypes)]
    + [
      "crosses-boundary", "crosses-org", "over-internet", "over-radio", "insecure-protocol",
      "personal", "special", "confidential", "credentials", "open", "location", "identifiers",
      "safety", "evidential", "anonymised", "command", "firmware", "filtered", "remote-admin-path",
      "leaves-owner", "ip-link", "user-session",
    ].map { ($0, PathType.bool) }
}

/// What a path yields, for checking literals against it when a catalogue loads.
enum PathType: Hashable, Sendable {
  case bool, number, string
  /// An open set of names; `protocol` values are checked against the protocols table.
  case symbol(protocols: Bool)
  case enumeration([String])
  case kind
  case category
  /// A list of boundary types.
  case boundaryTypes
  case list
}
