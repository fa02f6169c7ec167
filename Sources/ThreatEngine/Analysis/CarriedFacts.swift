import DFDModel

/// What one data asset contributes to the flows that carry it.
struct CarriedFacts {
  var personal = false, special = false, confidential = false, credentials = false
  var command = false, firmware = false
  var open = false, location = false, identifiers = false, safety = false, evidential = false
  /// Whether it is personal, location or identifying data that is not anonymised.
  var identifiable = false
  /// Whether it is surveillance of people: footage or images of them (type video or image,
  /// personal or identifiers), or sightings of an identifier at a place (type telemetry with
  /// identifiers and location: ANPR plate reads), and not anonymised.
  var surveillance = false

  init(_ attributes: Attributes) {
    let classification = attributes.text("classification")
    personal = classification == "personal" || classification == "special-category"
    special = classification == "special-category"
    confidential = personal || classification == "confidential"
    let type = attributes.text("type")
    credentials = type == "credentials"
    command = type == "command" || type == "configuration"
    firmware = type == "firmware"
    open = attributes.bool("open") == true
    location = attributes.bool("location") == true
    identifiers = attributes.bool("identifiers") == true
    safety = attributes.bool("safety") == true
    evidential = attributes.bool("evidential") == true
    let anonymisation = attributes.text("anonymisation")
    identifiable =
      (personal || location || identifiers)
      && anonymisation != "aggregated" && anonymisation != "anonymised"
    let footage = (type == "video" || type == "image") && (personal || identifiers)
    let sightings = type == "telemetry" && identifiers && location
    surveillance = identifiable && (footage || sightings)
  }

  func add(to facts: inout IndexedFlow) {
    facts.personal = facts.personal || personal
    facts.special = facts.special || special
    facts.confidential = facts.confidential || confidential
    facts.credentials = facts.credentials || credentials
    facts.commandData = facts.commandData || command
    facts.firmwareData = facts.firmwareData || firmware
    facts.open = facts.open || open
    facts.location = facts.location || location
    facts.identifiers = facts.identifiers || identifiers
    facts.safety = facts.safety || safety
    facts.evidential = facts.evidential || evidential
    facts.surveillance = facts.surveillance || surveillance
    if identifiable { facts.anonymised = false }
  }
}
