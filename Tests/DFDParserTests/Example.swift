/// Models used by several tests.
enum Example {
  /// The "first look" example of the language contract.
  static let lighting = """
    # Smart street lighting for Anytown (comments start with # or //)
    model "Anytown smart street lighting" [version: "1.2", owner: "Anytown Council digital team"]

    data readings "Air-quality readings" [classification: public]
    data schedule "Dimming schedule"     [classification: internal, safety: true]

    user operator "Lighting operator"    [mfa]
    external met-office "Weather service"

    boundary street "Public highway" [type: physical] {
      sensor aq   "Air-quality sensor" [exposure: public, firmware-signed]
      actuator lamp "Lamp node"        [exposure: public, safety-critical]
    }

    boundary vendor "Lighting vendor cloud" [type: cloud, owner: "Acme Lighting Ltd"] {
      gateway gw  "LoRaWAN gateway"
      service cms "Central management system" [internet-facing]
      boundary restricted "Restricted subnet" {
        database tdb "Telemetry database" [encrypted-at-rest]
      }
    }

    aq  -> gw  "Readings"          [protocol: lorawan, encrypted, data: [readings]]
    gw  -> cms "Uplink"            [protocol: mqtt, tls]
    cms -> tdb "Store readings"    [protocol: postgres, tls, authenticated]
    uplink2: cms -> lamp "Schedule" [protocol: lorawan, encrypted, data: [schedule]]
    operator <-> cms "Console"     [protocol: https, authenticated]

    threat SCP-T-003 on aq->gw [status: mitigated, note: "LoRaWAN AES-128 session keys, rotated on join"]
    threat LOCAL-1 on cms [title: "Vendor insider changes schedules", stride: [tampering], severity: high]
    """
}
