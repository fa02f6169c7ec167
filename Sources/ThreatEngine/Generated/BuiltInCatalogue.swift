// swift-format-ignore-file
// Generated from Sources/ThreatEngine/Resources/connected-places.yaml by Tests/ThreatEngineTests/CatalogueSourceWriter.swift;
// do not edit. After changing the YAML, regenerate with
//   SCP_DFD_RECORD=1 swift test --filter BuiltInCatalogueSourceTests

import DFDModel

/// The built-in catalogue, precompiled from its YAML so that no command parses it at start.
enum BuiltInCatalogue {
  /// The catalogue, built from literals.
  static func make() -> Catalogue {
    var rules: [ThreatRule] = []
    rules.reserveCapacity(84)
    rules += rules1()
    rules += rules2()
    rules += rules3()
    rules += rules4()
    rules += rules5()
    rules += rules6()
    rules += rules7()
    rules += rules8()
    rules += rules9()
    return Catalogue(
      id: "scp-connected-places", version: "0.1.0",
      title: "Connected places STRIDE catalogue", vocabulary: vocabulary(), rules: rules,
      references: references(), derived: derived())
  }

  private static func vocabulary() -> Vocabulary {
    var vocabulary = Vocabulary()
    vocabulary.add(KindDefinition(name: "actuator", category: .device, parent: "device", summary: "Device that acts on the physical world"))
    vocabulary.add(KindDefinition(name: "anpr-camera", category: .device, parent: "camera", summary: "Automatic number plate recognition camera"))
    vocabulary.add(KindDefinition(name: "anpr-system", category: .process, parent: "service", summary: "ANPR back office: reads, matching, hotlists, enforcement"))
    vocabulary.add(KindDefinition(name: "api", category: .process, parent: "service", summary: "Programmatic interface (REST, GraphQL, MQTT endpoint)"))
    vocabulary.add(KindDefinition(name: "backup", category: .store, parent: "store", summary: "Backup copy of systems or data"))
    vocabulary.add(KindDefinition(name: "camera", category: .device, parent: "sensor", summary: "CCTV or video analytics camera"))
    vocabulary.add(KindDefinition(name: "citizen", category: .external, parent: "user", summary: "Member of the public: resident, visitor, driver, app user"))
    vocabulary.add(KindDefinition(name: "cms", category: .process, parent: "platform", summary: "Vertical central management system: street lighting CMS, parking, building management"))
    vocabulary.add(KindDefinition(name: "contractor", category: .external, parent: "user", summary: "Person working for an installer or maintenance contractor"))
    vocabulary.add(KindDefinition(name: "controller", category: .process, parent: "process", summary: "Supervisory control software that decides and issues commands"))
    vocabulary.add(KindDefinition(name: "cpms", category: .process, parent: "platform", summary: "EV charge point management system (OCPP central system)"))
    vocabulary.add(KindDefinition(name: "dashboard", category: .process, parent: "web-app", summary: "Operations centre console or dashboard"))
    vocabulary.add(KindDefinition(name: "data-consumer", category: .external, parent: "external", summary: "Recipient of open or shared data: reusers, researchers, partner authorities"))
    vocabulary.add(KindDefinition(name: "data-lake", category: .store, parent: "object-store", summary: "Data lake or analytical warehouse"))
    vocabulary.add(KindDefinition(name: "data-platform", category: .process, parent: "platform", summary: "Urban data platform or city data hub that integrates and shares data"))
    vocabulary.add(KindDefinition(name: "database", category: .store, parent: "store", summary: "Relational or document database"))
    vocabulary.add(KindDefinition(name: "device", category: .device, parent: nil, summary: "Generic connected device"))
    vocabulary.add(KindDefinition(name: "edge", category: .process, parent: "process", summary: "Edge compute node, roadside unit, cabinet computer"))
    vocabulary.add(KindDefinition(name: "ev-charger", category: .device, parent: "device", summary: "Public electric vehicle charge point"))
    vocabulary.add(KindDefinition(name: "external", category: .external, parent: nil, summary: "Any party or system outside the scope being modelled"))
    vocabulary.add(KindDefinition(name: "gateway", category: .process, parent: "process", summary: "Field gateway, concentrator, hub or cellular router between devices and back end"))
    vocabulary.add(KindDefinition(name: "identity-provider", category: .process, parent: "service", summary: "Single sign-on, directory, MFA service"))
    vocabulary.add(KindDefinition(name: "iot-platform", category: .process, parent: "platform", summary: "Device registry, ingestion, rules engine, device management"))
    vocabulary.add(KindDefinition(name: "key-store", category: .store, parent: "store", summary: "HSM, KMS, vault, LoRaWAN key tables"))
    vocabulary.add(KindDefinition(name: "lighting-node", category: .device, parent: "actuator", summary: "Street-light controller node on a luminaire (NEMA/Zhaga socket)"))
    vocabulary.add(KindDefinition(name: "log", category: .store, parent: "store", summary: "Log or audit store"))
    vocabulary.add(KindDefinition(name: "message-sign", category: .device, parent: "actuator", summary: "Variable message sign or public information display"))
    vocabulary.add(KindDefinition(name: "mobile-app", category: .process, parent: "process", summary: "App on a citizen's or officer's phone (a client, not a listening service)"))
    vocabulary.add(KindDefinition(name: "network-server", category: .process, parent: "service", summary: "LPWAN network, join and application server (LoRaWAN LNS/JS/AS) or operator IoT core"))
    vocabulary.add(KindDefinition(name: "object-store", category: .store, parent: "store", summary: "Blob or object storage bucket"))
    vocabulary.add(KindDefinition(name: "open-data-portal", category: .process, parent: "web-app", summary: "Open data portal or catalogue site"))
    vocabulary.add(KindDefinition(name: "parking-sensor", category: .device, parent: "sensor", summary: "Bay occupancy sensor (magnetometer, radar, camera)"))
    vocabulary.add(KindDefinition(name: "people-counter", category: .device, parent: "sensor", summary: "Footfall counter using Wi-Fi/Bluetooth probes, video or infrared"))
    vocabulary.add(KindDefinition(name: "platform", category: .process, parent: "service", summary: "Multi-function back-end platform"))
    vocabulary.add(KindDefinition(name: "plc", category: .device, parent: "device", summary: "PLC, RTU, outstation or building controller"))
    vocabulary.add(KindDefinition(name: "process", category: .process, parent: nil, summary: "Generic process"))
    vocabulary.add(KindDefinition(name: "queue", category: .store, parent: "store", summary: "Message queue, topic or broker retained messages"))
    vocabulary.add(KindDefinition(name: "remote-access", category: .process, parent: "service", summary: "VPN concentrator, jump host, privileged access or vendor remote-support broker"))
    vocabulary.add(KindDefinition(name: "scada", category: .process, parent: "controller", summary: "SCADA or traffic control centre software (UTC/UTMC, signal supervisors)"))
    vocabulary.add(KindDefinition(name: "sensor", category: .device, parent: "device", summary: "Measuring device: air quality, noise, flood, temperature"))
    vocabulary.add(KindDefinition(name: "service", category: .process, parent: "process", summary: "Server-side software service"))
    vocabulary.add(KindDefinition(name: "siem", category: .process, parent: "service", summary: "Security monitoring, log collection, SOC tooling"))
    vocabulary.add(KindDefinition(name: "staff", category: .external, parent: "user", summary: "Council officer or operator (lighting engineer, traffic control, CCTV operator)"))
    vocabulary.add(KindDefinition(name: "store", category: .store, parent: nil, summary: "Generic data store"))
    vocabulary.add(KindDefinition(name: "supplier", category: .external, parent: "external", summary: "Supplier organisation, its support desk or its own systems"))
    vocabulary.add(KindDefinition(name: "third-party-service", category: .external, parent: "external", summary: "Outside system the model depends on: weather or traffic feed, payment provider, mobile operator portal"))
    vocabulary.add(KindDefinition(name: "timeseries-db", category: .store, parent: "database", summary: "Telemetry time-series store"))
    vocabulary.add(KindDefinition(name: "traffic-signal-controller", category: .device, parent: "plc", summary: "Roadside traffic signal or crossing controller"))
    vocabulary.add(KindDefinition(name: "update-service", category: .process, parent: "service", summary: "Firmware or software distribution (FOTA/FUOTA server, package repository)"))
    vocabulary.add(KindDefinition(name: "user", category: .external, parent: "external", summary: "A person"))
    vocabulary.add(KindDefinition(name: "video-archive", category: .store, parent: "object-store", summary: "Recorded video or image archive"))
    vocabulary.add(KindDefinition(name: "vms", category: .process, parent: "service", summary: "Video management system or network video recorder software"))
    vocabulary.add(KindDefinition(name: "web-app", category: .process, parent: "service", summary: "Browser-based application"))
    vocabulary.add(AttributeDefinition(name: "exposure", scope: .boundary, type: .enumeration(["public", "restricted", "internal"]), appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Default exposure for elements inside"))
    vocabulary.add(AttributeDefinition(name: "filtered", scope: .boundary, type: .bool, appliesTo: [], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Entry into this boundary passes a filtering conduit", question: "Does entry into this zone pass a firewall or gateway that allows only what is expected?"))
    vocabulary.add(AttributeDefinition(name: "owner", scope: .boundary, type: .string, appliesTo: [], role: .context, assume: nil, implies: [], inherit: .boundary, meaning: "Organisation responsible; inherited by nested boundaries"))
    vocabulary.add(AttributeDefinition(name: "security-level", scope: .boundary, type: .number, appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "IEC 62443 target security level (1-4) of the zone"))
    vocabulary.add(AttributeDefinition(name: "type", scope: .boundary, type: .enumeration(["physical", "network", "cloud", "organisation", "internet"]), appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "What kind of trust boundary"))
    vocabulary.add(AttributeDefinition(name: "anonymisation", scope: .data, type: .enumeration(["none", "pseudonymised", "aggregated", "anonymised"]), appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Strongest transformation applied"))
    vocabulary.add(AttributeDefinition(name: "classification", scope: .data, type: .enumeration(["public", "internal", "confidential", "personal", "special-category"]), appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Sensitivity; personal and special-category follow UK GDPR"))
    vocabulary.add(AttributeDefinition(name: "evidential", scope: .data, type: .bool, appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Used as evidence, for enforcement or for billing"))
    vocabulary.add(AttributeDefinition(name: "identifiers", scope: .data, type: .bool, appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Contains device or vehicle identifiers (MAC, IMSI, VRM) or biometrics"))
    vocabulary.add(AttributeDefinition(name: "location", scope: .data, type: .bool, appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Reveals where people or vehicles are or have been"))
    vocabulary.add(AttributeDefinition(name: "open", scope: .data, type: .bool, appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Published as open data"))
    vocabulary.add(AttributeDefinition(name: "retention-days", scope: .data, type: .number, appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Intended retention"))
    vocabulary.add(AttributeDefinition(name: "safety", scope: .data, type: .bool, appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Corruption or loss can cause physical harm"))
    vocabulary.add(AttributeDefinition(name: "type", scope: .data, type: .enumeration(["telemetry", "command", "configuration", "firmware", "video", "image", "credentials", "logs", "transactions", "dataset", "other"]), appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "What the data is"))
    vocabulary.add(AttributeDefinition(name: "activation", scope: .element, type: .enumeration(["otaa", "abp"]), appliesTo: [.device], role: .context, assume: nil, implies: [], inherit: nil, meaning: "LoRaWAN activation: over-the-air (session keys per join) or by personalisation (static keys)"))
    vocabulary.add(AttributeDefinition(name: "admin-separated", scope: .element, type: .bool, appliesTo: [.process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Administrative functions live on a separate interface or host from public functions", question: "Is administration done through separate accounts and a separate interface from everyday use?"))
    vocabulary.add(AttributeDefinition(name: "anti-rollback", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Refuses older (lower security version) images", question: "Does it refuse to install an older, vulnerable version of its firmware?"))
    vocabulary.add(AttributeDefinition(name: "audience", scope: .element, type: .enumeration(["public", "partner", "internal"]), appliesTo: [.process], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Who is meant to call this interface", question: "Who uses it: the public, partners, or council staff only?"))
    vocabulary.add(AttributeDefinition(name: "backup", scope: .element, type: .bool, appliesTo: [.process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Backed up, with restores tested", question: "Is it backed up, and are restores tested?"))
    vocabulary.add(AttributeDefinition(name: "backup-isolated", scope: .element, type: .bool, appliesTo: [.process, .store], role: .control, assume: .bool(false), implies: ["backup"], inherit: nil, meaning: "A backup copy is offline or immutable, out of an attacker's reach", question: "Are backups kept offline or immutable, out of reach of ransomware?"))
    vocabulary.add(AttributeDefinition(name: "bookings", scope: .element, type: .bool, appliesTo: [.process], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Lets users reserve a shared resource (bay, charger, slot)"))
    vocabulary.add(AttributeDefinition(name: "change-control", scope: .element, type: .bool, appliesTo: [.device, .process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Changes to safety-relevant configuration are approved, versioned and reversible", question: "Do changes to it go through a recorded, approved change process?"))
    vocabulary.add(AttributeDefinition(name: "constrained", scope: .element, type: .bool, appliesTo: [.device], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Battery powered or resource-limited (typical LPWAN sensor)"))
    vocabulary.add(AttributeDefinition(name: "data-location", scope: .element, type: .enumeration(["uk", "eea", "adequate", "other"]), appliesTo: [.process, .store], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Country or region where data is processed and supported", question: "In which country or countries is its data stored and processed?"))
    vocabulary.add(AttributeDefinition(name: "ddos-protection", scope: .element, type: .bool, appliesTo: [.process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Upstream flood protection or CDN shields the service", question: "Is it protected against denial-of-service floods upstream?"))
    vocabulary.add(AttributeDefinition(name: "debug-disabled", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "JTAG/SWD/UART and service ports are disabled or authenticated", question: "Are debug and service ports (JTAG, serial consoles) disabled or locked on units in service?"))
    vocabulary.add(AttributeDefinition(name: "default-credentials", scope: .element, type: .bool, appliesTo: [.device, .process], role: .hazard, assume: .bool(true), implies: [], inherit: nil, meaning: "A factory or shared default login exists and works; state false once removed", question: "Does it ship with a shared or default password, and is every one changed before it goes live?"))
    vocabulary.add(AttributeDefinition(name: "dpia", scope: .element, type: .bool, appliesTo: [.device, .process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "A data protection impact assessment covers it", question: "Has a data protection impact assessment been done for it?"))
    vocabulary.add(AttributeDefinition(name: "encrypted-at-rest", scope: .element, type: .bool, appliesTo: [.device, .process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Stored data is encrypted with managed keys", question: "Is its stored data encrypted at rest?"))
    vocabulary.add(AttributeDefinition(name: "exit-plan", scope: .element, type: .bool, appliesTo: [.device, .process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Data export, key and device hand-over and an alternative are agreed", question: "If the contract ends, how do we get our data back and keep the service running?"))
    vocabulary.add(AttributeDefinition(name: "exposure", scope: .element, type: .enumeration(["public", "restricted", "internal"]), appliesTo: [.device, .process, .store], role: .context, assume: nil, implies: [], inherit: .boundary, meaning: "Physical reach: public = the public can touch it (street furniture); restricted = locked cabinet, mast, plant room; internal = staffed premises or data centre", question: "Can members of the public physically reach it, or is it behind a locked or staffed area?"))
    vocabulary.add(AttributeDefinition(name: "fail-safe", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Goes to a defined safe state on fault, bad input or loss of control", question: "When it fails or loses contact, does it go to a safe state?"))
    vocabulary.add(AttributeDefinition(name: "firmware-signed", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Installs only images whose signature it verifies against a trust anchor", question: "Does it install only firmware or software signed by you, and check the signature before installing?"))
    vocabulary.add(AttributeDefinition(name: "gnss", scope: .element, type: .bool, appliesTo: [.device, .process], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Takes time or position from satellite navigation signals"))
    vocabulary.add(AttributeDefinition(name: "hardcoded-secrets", scope: .element, type: .bool, appliesTo: [.process], role: .hazard, assume: .bool(true), implies: [], inherit: nil, meaning: "Long-lived keys or passwords are built into distributed software", question: "Are any long-lived keys or passwords built into the software you distribute?"))
    vocabulary.add(AttributeDefinition(name: "hardened", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Unused services, ports, radios and accounts are disabled; unauthenticated interfaces reveal little", question: "Are unused services and ports turned off, following a hardening standard?"))
    vocabulary.add(AttributeDefinition(name: "hosting", scope: .element, type: .enumeration(["field", "on-premises", "vendor-cloud", "public-cloud", "saas"]), appliesTo: [.process, .store], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Where it runs", question: "Where does it run: in the field, on council premises, in the supplier's cloud, a public cloud, or as SaaS?"))
    vocabulary.add(AttributeDefinition(name: "input-validation", scope: .element, type: .bool, appliesTo: [.process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "All input, including device payloads, is validated against strict schemas", question: "Is all input, including from devices and partners, validated before it is used?"))
    vocabulary.add(AttributeDefinition(name: "integrity-protected", scope: .element, type: .bool, appliesTo: [.store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Records are write-once or hash-chained so changes are evident", question: "Are its records protected so that changes to them can be detected?"))
    vocabulary.add(AttributeDefinition(name: "internet-facing", scope: .element, type: .bool, appliesTo: [.device, .process, .store], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Accepts connections initiated from the internet", question: "Does it accept connections from the internet?"))
    vocabulary.add(AttributeDefinition(name: "jit-access", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Remote access is enabled only for an approved, time-boxed job", question: "Is remote access granted only when needed, for a limited time, and approved?"))
    vocabulary.add(AttributeDefinition(name: "least-privilege", scope: .element, type: .bool, appliesTo: [.process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Roles limit what each user or service can do, and every object access is authorised server-side", question: "Do roles limit what each user and service can do, with every access checked on the server?"))
    vocabulary.add(AttributeDefinition(name: "local-fallback", scope: .element, type: .bool, appliesTo: [.device], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Keeps doing its job on a local schedule or sensor when disconnected", question: "Does it keep working safely on its own when the central system is unreachable?"))
    vocabulary.add(AttributeDefinition(name: "log-protected", scope: .element, type: .bool, appliesTo: [.device, .process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Logs are shipped off the system promptly and protected from change", question: "Are the logs protected from change or deletion, including by administrators?"))
    vocabulary.add(AttributeDefinition(name: "logging", scope: .element, type: .bool, appliesTo: [.device, .process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Security-relevant actions are logged with identity, time and source", question: "Are security-relevant events (log-ins, changes, failures) logged?"))
    vocabulary.add(AttributeDefinition(name: "mfa", scope: .element, type: .bool, appliesTo: [.external, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Multi-factor authentication is required (on a user: that user has it; on a service: the service enforces it)", question: "Does signing in require multi-factor authentication for every user?"))
    vocabulary.add(AttributeDefinition(name: "monitored", scope: .element, type: .bool, appliesTo: [.device, .process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Security events and telemetry are watched and acted on (SOC/SIEM, alerts)", question: "Is someone watching its security events and acting on alerts (a SOC or SIEM)?"))
    vocabulary.add(AttributeDefinition(name: "multi-tenant", scope: .element, type: .bool, appliesTo: [.process, .store], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Shared with the supplier's other customers", question: "Is it shared with the supplier's other customers?"))
    vocabulary.add(AttributeDefinition(name: "payment-certified", scope: .element, type: .bool, appliesTo: [.device, .external, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Card data is handled only by certified components (PCI DSS/PTS, tokenisation)", question: "Is it certified under PCI DSS for the card data it handles?"))
    vocabulary.add(AttributeDefinition(name: "payments", scope: .element, type: .bool, appliesTo: [.device, .process], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Takes or processes card or account payments", question: "Does it take or process payments?"))
    vocabulary.add(AttributeDefinition(name: "per-device-keys", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Keys and credentials are unique to each unit, not shared across a fleet or built into firmware", question: "Does every unit have its own keys and credentials, or do units share them?"))
    vocabulary.add(AttributeDefinition(name: "provenance", scope: .element, type: .bool, appliesTo: [.process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Source and transformations are recorded for each dataset", question: "Do you check where the data and software it takes in come from?"))
    vocabulary.add(AttributeDefinition(name: "rate-limited", scope: .element, type: .bool, appliesTo: [.process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Requests and login attempts are throttled per client and per account", question: "Are requests and log-in attempts rate-limited?"))
    vocabulary.add(AttributeDefinition(name: "redundant", scope: .element, type: .bool, appliesTo: [.device, .process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Survives loss of one instance or site (tested failover)", question: "Does it have a standby or redundant instance that takes over on failure?"))
    vocabulary.add(AttributeDefinition(name: "remote-admin", scope: .element, type: .bool, appliesTo: [.device, .process], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Has a remote administration interface (web UI, SSH, SNMP, vendor tool); derived true if any inbound flow is remote-admin", question: "Can it be administered remotely, and by whom?"))
    vocabulary.add(AttributeDefinition(name: "retention-days", scope: .element, type: .number, appliesTo: [.store], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Retention period enforced for the data held", question: "How long is data kept, and how is deletion enforced?"))
    vocabulary.add(AttributeDefinition(name: "safety-critical", scope: .element, type: .bool, appliesTo: [.device, .process, .store], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Wrong or missing behaviour can hurt people (signals, lighting levels, barriers, flood gates)", question: "Could wrong or missing output from it cause physical harm or disrupt roads or buildings?"))
    vocabulary.add(AttributeDefinition(name: "sbom", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "A software bill of materials is supplied and tracked against vulnerability feeds", question: "Can you provide a software bill of materials for it?"))
    vocabulary.add(AttributeDefinition(name: "secrets-managed", scope: .element, type: .bool, appliesTo: [.process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Keys and secrets held in an HSM, KMS or vault, rotated and access-logged", question: "Are its keys and secrets kept in a secrets manager and rotated?"))
    vocabulary.add(AttributeDefinition(name: "secure-boot", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Verifies each boot stage from a hardware root of trust", question: "Does it verify its software at every start-up (secure boot)?"))
    vocabulary.add(AttributeDefinition(name: "secure-disposal", scope: .element, type: .bool, appliesTo: [.device, .process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Decommissioning wipes data and revokes credentials", question: "When a unit is taken out of service, how are its keys and data wiped?"))
    vocabulary.add(AttributeDefinition(name: "secure-element", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Keys are held in a secure element, TPM or HSM", question: "Are its keys kept in tamper-resistant hardware (a secure element or TPM)?"))
    vocabulary.add(AttributeDefinition(name: "segregated", scope: .element, type: .bool, appliesTo: [.device, .process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Sits in its own network zone reachable only through explicit conduits", question: "Is it on a network segment of its own, separated from office and other systems?"))
    vocabulary.add(AttributeDefinition(name: "session-recording", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Remote administrative sessions are recorded", question: "Are remote administration sessions recorded?"))
    vocabulary.add(AttributeDefinition(name: "shared-accounts", scope: .element, type: .bool, appliesTo: [.process], role: .hazard, assume: .bool(true), implies: [], inherit: nil, meaning: "People share logins instead of having named accounts", question: "Do people share log-ins, or does everyone have their own named account?"))
    vocabulary.add(AttributeDefinition(name: "sla", scope: .element, type: .bool, appliesTo: [.process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Contract sets availability, support and incident-notification terms", question: "Is there a contractual service level for it, covering security incidents?"))
    vocabulary.add(AttributeDefinition(name: "staged-rollout", scope: .element, type: .bool, appliesTo: [.process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Fleet-wide updates and bulk commands go out in stages with automatic halt", question: "Are fleet-wide updates rolled out in stages, with a way to stop and roll back?"))
    vocabulary.add(AttributeDefinition(name: "subject-access", scope: .element, type: .bool, appliesTo: [.process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Subject access requests are answered from it: a person's footage or records can be found, third parties redacted and each disclosure logged", question: "How do you answer a subject access request from it: can you find a person's footage or records, redact everyone else and log the disclosure?"))
    vocabulary.add(AttributeDefinition(name: "supplier-assured", scope: .element, type: .bool, appliesTo: [.device, .process, .store], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "The supplier's security (development, provenance, staff access, incident duties) has been assessed", question: "What independent assurance (certification, audit, penetration test) covers it?"))
    vocabulary.add(AttributeDefinition(name: "supported", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Within a published support period with timely security fixes", question: "Until what date will you provide security updates for it?"))
    vocabulary.add(AttributeDefinition(name: "tamper-detection", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Opening or moving the unit raises an alarm", question: "Does it detect and report when its enclosure is opened or it is moved?"))
    vocabulary.add(AttributeDefinition(name: "time-synced", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Clock is synchronised from an authenticated source", question: "Is its clock synchronised to a trusted time source?"))
    vocabulary.add(AttributeDefinition(name: "updatable", scope: .element, type: .bool, appliesTo: [.device, .process], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Can receive security updates in the field", question: "Can it receive security updates in the field, remotely?"))
    vocabulary.add(AttributeDefinition(name: "vendor-managed", scope: .element, type: .bool, appliesTo: [.device, .process, .store], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Operated or administered by a supplier rather than the council", question: "Is it operated or administered by the supplier rather than by the council?"))
    vocabulary.add(AttributeDefinition(name: "always-on", scope: .flow, type: .bool, appliesTo: [], role: .hazard, assume: .bool(true), implies: [], inherit: nil, meaning: "The path is available at all times rather than opened per job (only read for remote-admin flows)", question: "Is this access path open all the time, or only when needed and approved?"))
    vocabulary.add(AttributeDefinition(name: "authenticated", scope: .flow, type: .bool, appliesTo: [], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Receiver verifies who sent it", question: "How does the receiver check who sent this traffic?"))
    vocabulary.add(AttributeDefinition(name: "command", scope: .flow, type: .bool, appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Carries control commands or configuration; derived from data types when not stated", question: "Does this flow carry control commands or configuration changes?"))
    vocabulary.add(AttributeDefinition(name: "data", scope: .flow, type: .list(.dataReference), appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Data assets carried"))
    vocabulary.add(AttributeDefinition(name: "encrypted", scope: .flow, type: .bool, appliesTo: [], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Content is encrypted in transit", question: "Is this traffic encrypted in transit?"))
    vocabulary.add(AttributeDefinition(name: "filtered", scope: .flow, type: .bool, appliesTo: [], role: .control, assume: .bool(false), implies: [], inherit: .boundaryEntered, meaning: "Passes a conduit that allows only this specific traffic (firewall, broker, protocol break)", question: "Does this traffic pass a firewall or gateway that allows only what is expected?"))
    vocabulary.add(AttributeDefinition(name: "firmware", scope: .flow, type: .bool, appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Carries software or firmware; derived from data types when not stated", question: "Does this flow carry software or firmware updates?"))
    vocabulary.add(AttributeDefinition(name: "integrity", scope: .flow, type: .bool, appliesTo: [], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Receiver detects modification (MAC, AEAD, signature)", question: "Can the receiver detect if this traffic is altered on the way?"))
    vocabulary.add(AttributeDefinition(name: "medium", scope: .flow, type: .enumeration(["radio", "wired", "mobile-network", "internet", "private", "local"]), appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Physical or network path (local = within one device or a person using a screen); taken from the protocols table when not stated", question: "What does this traffic travel over: radio, a wired or private network, a mobile network or the internet?"))
    vocabulary.add(AttributeDefinition(name: "mutual-auth", scope: .flow, type: .bool, appliesTo: [], role: .control, assume: .bool(false), implies: ["authenticated", "server-authenticated"], inherit: nil, meaning: "Both ends authenticate each other by any means", question: "Do both ends authenticate each other?"))
    vocabulary.add(AttributeDefinition(name: "mutual-tls", scope: .flow, type: .bool, appliesTo: [], role: .control, assume: .bool(false), implies: ["tls", "mutual-auth"], inherit: nil, meaning: "TLS with client certificates"))
    vocabulary.add(AttributeDefinition(name: "protocol", scope: .flow, type: .symbol, appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Application or link protocol; see the protocols table"))
    vocabulary.add(AttributeDefinition(name: "remote-admin", scope: .flow, type: .bool, appliesTo: [], role: .context, assume: nil, implies: [], inherit: nil, meaning: "Carries administrative or maintenance access", question: "Is this path used for remote administration or maintenance?"))
    vocabulary.add(AttributeDefinition(name: "replay-protected", scope: .flow, type: .bool, appliesTo: [], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Receiver rejects replayed or out-of-order messages (counters, nonces)", question: "Does the receiver reject replayed or out-of-date messages?"))
    vocabulary.add(AttributeDefinition(name: "scoped", scope: .flow, type: .bool, appliesTo: [], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Credentials used on this flow are limited to what it needs", question: "Are the credentials used on this flow limited to what it needs?"))
    vocabulary.add(AttributeDefinition(name: "server-authenticated", scope: .flow, type: .bool, appliesTo: [], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "Sender verifies the receiver's identity (certificate validation)", question: "Does the sender check the receiver's identity (for example, a validated certificate)?"))
    vocabulary.add(AttributeDefinition(name: "sharing-agreement", scope: .flow, type: .bool, appliesTo: [], role: .control, assume: .bool(false), implies: [], inherit: nil, meaning: "A data sharing or processing agreement covers this transfer", question: "Is there a data sharing or processing agreement for this flow?"))
    vocabulary.add(AttributeDefinition(name: "signed", scope: .flow, type: .bool, appliesTo: [], role: .control, assume: .bool(false), implies: ["integrity"], inherit: nil, meaning: "Each message is signed by its originator (non-repudiation)", question: "Is each message signed by its sender?"))
    vocabulary.add(AttributeDefinition(name: "tls", scope: .flow, type: .bool, appliesTo: [], role: .control, assume: .bool(false), implies: ["encrypted", "integrity", "replay-protected", "server-authenticated"], inherit: nil, meaning: "TLS or DTLS with certificate validation"))
    vocabulary.add(AttributeDefinition(name: "vpn", scope: .flow, type: .bool, appliesTo: [], role: .control, assume: .bool(false), implies: ["encrypted", "integrity", "replay-protected", "mutual-auth"], inherit: nil, meaning: "Carried inside an authenticated VPN or IPsec tunnel"))
    vocabulary.add(ProtocolDefinition(name: "amqp", medium: nil, cleartext: true, implies: [], note: ""))
    vocabulary.add(ProtocolDefinition(name: "amqps", medium: nil, cleartext: false, implies: ["tls"], note: ""))
    vocabulary.add(ProtocolDefinition(name: "bacnet", medium: nil, cleartext: true, implies: [], note: "BACnet/IP has no security"))
    vocabulary.add(ProtocolDefinition(name: "bacnet-sc", medium: nil, cleartext: false, implies: ["mutual-tls"], note: ""))
    vocabulary.add(ProtocolDefinition(name: "basics-station", medium: nil, cleartext: false, implies: ["tls"], note: "LoRa Basics Station over secure WebSocket"))
    vocabulary.add(ProtocolDefinition(name: "ble", medium: "radio", cleartext: false, implies: [], note: "Security depends on pairing mode"))
    vocabulary.add(ProtocolDefinition(name: "cellular", medium: "mobile-network", cleartext: false, implies: [], note: "4G/5G with SIM-based mutual authentication at the radio layer only"))
    vocabulary.add(ProtocolDefinition(name: "coap", medium: nil, cleartext: true, implies: [], note: ""))
    vocabulary.add(ProtocolDefinition(name: "coaps", medium: nil, cleartext: false, implies: ["tls"], note: "CoAP over DTLS"))
    vocabulary.add(ProtocolDefinition(name: "dali", medium: "wired", cleartext: true, implies: [], note: "Luminaire control bus (DALI/D4i), no security"))
    vocabulary.add(ProtocolDefinition(name: "datex2", medium: nil, cleartext: false, implies: [], note: "European traffic data exchange format; transport dependent"))
    vocabulary.add(ProtocolDefinition(name: "dnp3", medium: nil, cleartext: true, implies: [], note: "Use DNP3 Secure Authentication or tunnel"))
    vocabulary.add(ProtocolDefinition(name: "dnp3-sa", medium: nil, cleartext: false, implies: ["integrity", "authenticated"], note: ""))
    vocabulary.add(ProtocolDefinition(name: "ethernet", medium: "wired", cleartext: false, implies: [], note: "Local wired link"))
    vocabulary.add(ProtocolDefinition(name: "ftp", medium: nil, cleartext: true, implies: [], note: ""))
    vocabulary.add(ProtocolDefinition(name: "gnss", medium: "radio", cleartext: true, implies: [], note: "Civil satellite signals are unauthenticated"))
    vocabulary.add(ProtocolDefinition(name: "grpc", medium: nil, cleartext: false, implies: [], note: "State tls when configured"))
    vocabulary.add(ProtocolDefinition(name: "gsm", medium: "mobile-network", cleartext: true, implies: [], note: "2G: the device does not authenticate the network; weak ciphers; avoid fallback"))
    vocabulary.add(ProtocolDefinition(name: "http", medium: "internet", cleartext: true, implies: [], note: ""))
    vocabulary.add(ProtocolDefinition(name: "https", medium: nil, cleartext: false, implies: ["tls"], note: ""))
    vocabulary.add(ProtocolDefinition(name: "ieee802154", medium: "radio", cleartext: false, implies: [], note: "Generic 802.15.4 mesh"))
    vocabulary.add(ProtocolDefinition(name: "ipsec", medium: nil, cleartext: false, implies: ["vpn"], note: ""))
    vocabulary.add(ProtocolDefinition(name: "iso15118", medium: "wired", cleartext: false, implies: [], note: "Vehicle-to-charger; TLS for Plug and Charge"))
    vocabulary.add(ProtocolDefinition(name: "kafka", medium: nil, cleartext: true, implies: [], note: "State tls when configured"))
    vocabulary.add(ProtocolDefinition(name: "lorawan", medium: "radio", cleartext: false, implies: ["encrypted", "integrity"], note: "AES-128 payload encryption (AppSKey) and MIC (NwkSKey) are mandatory; replay protection depends on strict frame counters, weak with ABP or relaxed counters; encryption ends at the application server"))
    vocabulary.add(ProtocolDefinition(name: "lte-m", medium: "mobile-network", cleartext: false, implies: [], note: "As nb-iot"))
    vocabulary.add(ProtocolDefinition(name: "modbus", medium: nil, cleartext: true, implies: [], note: "No authentication or encryption"))
    vocabulary.add(ProtocolDefinition(name: "mqtt", medium: nil, cleartext: true, implies: [], note: "Plain MQTT; state tls or use mqtts"))
    vocabulary.add(ProtocolDefinition(name: "mqtts", medium: nil, cleartext: false, implies: ["tls"], note: ""))
    vocabulary.add(ProtocolDefinition(name: "nb-iot", medium: "mobile-network", cleartext: false, implies: [], note: "Operator radio ciphering ends in the operator core; add DTLS/TLS/OSCORE end to end and a private APN"))
    vocabulary.add(ProtocolDefinition(name: "ntcip", medium: nil, cleartext: true, implies: [], note: "US traffic device protocols over SNMP; older deployments use SNMPv1"))
    vocabulary.add(ProtocolDefinition(name: "ntp", medium: nil, cleartext: true, implies: [], note: "Unauthenticated unless NTS is used"))
    vocabulary.add(ProtocolDefinition(name: "nts", medium: nil, cleartext: false, implies: ["integrity", "server-authenticated"], note: ""))
    vocabulary.add(ProtocolDefinition(name: "ocpi", medium: nil, cleartext: false, implies: ["tls"], note: "Roaming between charge point operators and service providers"))
    vocabulary.add(ProtocolDefinition(name: "ocpp", medium: nil, cleartext: false, implies: [], note: "OCPP with unknown security profile; state the profile"))
    vocabulary.add(ProtocolDefinition(name: "ocpp-sp1", medium: nil, cleartext: true, implies: [], note: "OCPP security profile 1: HTTP Basic over plain WebSocket"))
    vocabulary.add(ProtocolDefinition(name: "ocpp-sp2", medium: nil, cleartext: false, implies: ["tls"], note: "OCPP security profile 2: TLS plus HTTP Basic from the charger"))
    vocabulary.add(ProtocolDefinition(name: "ocpp-sp3", medium: nil, cleartext: false, implies: ["mutual-tls"], note: "OCPP security profile 3: TLS with charger client certificates"))
    vocabulary.add(ProtocolDefinition(name: "onvif", medium: nil, cleartext: true, implies: [], note: "SOAP over HTTP unless HTTPS is enforced"))
    vocabulary.add(ProtocolDefinition(name: "postgres", medium: nil, cleartext: true, implies: [], note: "State tls when configured"))
    vocabulary.add(ProtocolDefinition(name: "rdp", medium: nil, cleartext: false, implies: ["encrypted"], note: "Enforce NLA and TLS"))
    vocabulary.add(ProtocolDefinition(name: "rs485", medium: "wired", cleartext: true, implies: [], note: "Serial field bus"))
    vocabulary.add(ProtocolDefinition(name: "rtsp", medium: nil, cleartext: true, implies: [], note: ""))
    vocabulary.add(ProtocolDefinition(name: "rtsps", medium: nil, cleartext: false, implies: ["tls"], note: ""))
    vocabulary.add(ProtocolDefinition(name: "s3", medium: nil, cleartext: false, implies: ["tls"], note: ""))
    vocabulary.add(ProtocolDefinition(name: "semtech-udp", medium: nil, cleartext: true, implies: [], note: "Legacy LoRa packet forwarder: unauthenticated UDP (payloads are still LoRaWAN-encrypted)"))
    vocabulary.add(ProtocolDefinition(name: "sftp", medium: nil, cleartext: false, implies: ["encrypted", "integrity", "replay-protected", "server-authenticated"], note: ""))
    vocabulary.add(ProtocolDefinition(name: "snmpv1", medium: nil, cleartext: true, implies: [], note: "Community strings in clear"))
    vocabulary.add(ProtocolDefinition(name: "snmpv2c", medium: nil, cleartext: true, implies: [], note: "Community strings in clear"))
    vocabulary.add(ProtocolDefinition(name: "snmpv3", medium: nil, cleartext: false, implies: [], note: "Only the authPriv level gives authentication and encryption; state them"))
    vocabulary.add(ProtocolDefinition(name: "ssh", medium: nil, cleartext: false, implies: ["encrypted", "integrity", "replay-protected", "server-authenticated"], note: ""))
    vocabulary.add(ProtocolDefinition(name: "syslog", medium: nil, cleartext: true, implies: [], note: "Use syslog over TLS"))
    vocabulary.add(ProtocolDefinition(name: "talq", medium: nil, cleartext: false, implies: [], note: "Outdoor lighting CMS-to-gateway interoperability protocol; state transport security"))
    vocabulary.add(ProtocolDefinition(name: "telnet", medium: nil, cleartext: true, implies: [], note: ""))
    vocabulary.add(ProtocolDefinition(name: "thread", medium: "radio", cleartext: false, implies: ["encrypted", "integrity"], note: "802.15.4 mesh with network-wide key"))
    vocabulary.add(ProtocolDefinition(name: "utmc", medium: nil, cleartext: false, implies: [], note: "UK Urban Traffic Management and Control specifications; security depends on the transport used"))
    vocabulary.add(ProtocolDefinition(name: "vpn", medium: nil, cleartext: false, implies: ["vpn"], note: ""))
    vocabulary.add(ProtocolDefinition(name: "websocket", medium: nil, cleartext: true, implies: [], note: ""))
    vocabulary.add(ProtocolDefinition(name: "wi-fi", medium: "radio", cleartext: false, implies: [], note: "Security depends on WPA2/WPA3 mode and 802.1X"))
    vocabulary.add(ProtocolDefinition(name: "wi-sun", medium: "radio", cleartext: false, implies: [], note: "802.15.4g mesh used by some lighting and metering networks; 802.1X/EAP-TLS joining"))
    vocabulary.add(ProtocolDefinition(name: "wireguard", medium: nil, cleartext: false, implies: ["vpn"], note: ""))
    vocabulary.add(ProtocolDefinition(name: "wss", medium: nil, cleartext: false, implies: ["tls"], note: ""))
    vocabulary.add(ProtocolDefinition(name: "zigbee", medium: "radio", cleartext: false, implies: ["encrypted", "integrity"], note: "Network key shared by all nodes; joining with the well-known default link key exposes it; use install codes"))
    return vocabulary
  }

  private static func references() -> [String: [(id: String, title: String)]] {
    [
      "etsi": [
        ("5.1-1", "No universal default passwords: unique per device or user-defined"),
        ("5.1-2", "Pre-installed unique passwords resist automated (class-wide) attacks"),
        ("5.1-3", "User authentication uses best-practice cryptography"),
        ("5.1-5", "Brute-force attacks via network interfaces made impracticable"),
        ("5.2-1", "Public vulnerability disclosure policy"),
        ("5.3-1", "Software components securely updateable"),
        ("5.3-7", "Best-practice cryptography for secure updates"),
        ("5.3-8", "Timely security updates"),
        ("5.3-9", "Device verifies authenticity and integrity of updates"),
        ("5.3-10", "Updates over a network verified via a trust relationship"),
        ("5.3-12", "Notify when an update will disrupt basic functioning"),
        ("5.3-13", "Published defined support period"),
        ("5.3-14", "Rationale and replacement support for non-updatable constrained devices"),
        ("5.3-15", "Non-updatable constrained devices isolable and hardware replaceable"),
        ("5.4-1", "Sensitive security parameters stored securely"),
        ("5.4-2", "Hard-coded per-device identity resists tampering"),
        ("5.4-3", "No hard-coded critical security parameters in source code"),
        ("5.4-4", "Update and communication keys unique per device"),
        ("5.5-1", "Communicate using best-practice cryptography"),
        ("5.5-4", "Network access to device functionality only after authentication"),
        ("5.5-5", "Security-relevant configuration changes only after authentication"),
        ("5.5-6", "Critical security parameters encrypted in transit"),
        ("5.5-8", "Secure management processes for critical security parameters"),
        ("5.6-1", "Unused network and logical interfaces disabled"),
        ("5.6-2", "Minimal unauthenticated disclosure of security-relevant information"),
        ("5.6-3", "Physical interfaces not unnecessarily exposed"),
        ("5.6-4", "Physically accessible debug interfaces disabled in software"),
        ("5.6-5", "Only needed software services enabled"),
        ("5.6-7", "Least necessary privileges for software"),
        ("5.6-9", "Secure development processes"),
        ("5.7-1", "Secure boot"),
        ("5.7-2", "Alert and restrict connectivity on detected unauthorised software change"),
        ("5.8-1", "Personal data in transit protected with best-practice cryptography"),
        ("5.8-2", "Sensitive personal data in transit protected"),
        ("5.8-3", "External sensing capabilities documented"),
        ("5.9-1", "Resilience to network and power outages"),
        ("5.9-2", "Remain locally functional on loss of network; recover cleanly"),
        ("5.10-1", "Examine telemetry for security anomalies"),
        ("5.11-1", "Simple erasure of user data from the device"),
        ("5.13-1", "Validate input data"),
        ("6-1", "Transparent information on personal data processing"),
        ("6-4", "Telemetry personal data kept to the minimum necessary"),
      ],
      "iec62443": [
        ("FR1", "Identification and authentication control"),
        ("FR2", "Use control"),
        ("FR3", "System integrity"),
        ("FR4", "Data confidentiality"),
        ("FR5", "Restricted data flow (zones and conduits)"),
        ("FR6", "Timely response to events"),
        ("FR7", "Resource availability"),
      ],
      "ncsc": [
        ("CP-1", "Understanding your connected place and the potential impacts"),
        ("CP-2", "Understanding the risks to your connected place"),
        ("CP-3", "Understanding cyber security governance and skills"),
        ("CP-4", "Understanding the role of suppliers"),
        ("CP-5", "Understanding legal and regulatory requirements"),
        ("CP-6", "Designing your connected place architecture"),
        ("CP-7", "Designing to reduce exposure"),
        ("CP-8", "Designing to protect data"),
        ("CP-9", "Designing for resilience and scalability"),
        ("CP-10", "Designing your monitoring"),
        ("CP-11", "Managing privileges"),
        ("CP-12", "Managing the supply chain"),
        ("CP-13", "Managing your connected place throughout its lifecycle"),
        ("CP-14", "Managing incidents and planning your response and recovery"),
      ],
      "nist8259a": [
        ("device-identification", "Device identification"),
        ("device-configuration", "Device configuration"),
        ("data-protection", "Data protection"),
        ("logical-access", "Logical access to interfaces"),
        ("software-update", "Software update"),
        ("state-awareness", "Cybersecurity state awareness"),
      ],
      "other": [
        ("playbook-stride", "DSIT Secure Connected Places Playbook: Conducting a STRIDE-based threat analysis"),
        ("playbook-procurement", "DSIT Secure Connected Places Playbook: Procurement and supply chain management"),
        ("scc-secure-default", "Surveillance Camera Commissioner: secure by default requirements for video surveillance manufacturers"),
        ("uk-gdpr", "UK GDPR and Data Protection Act 2018"),
        ("psti", "UK Product Security and Telecommunications Infrastructure regime"),
        ("sccop", "Surveillance Camera Code of Practice (Protection of Freedoms Act 2012)"),
      ],
      "owasp-iot": [
        ("I1", "Weak, guessable or hardcoded passwords"),
        ("I2", "Insecure network services"),
        ("I3", "Insecure ecosystem interfaces"),
        ("I4", "Lack of secure update mechanism"),
        ("I5", "Use of insecure or outdated components"),
        ("I6", "Insufficient privacy protection"),
        ("I7", "Insecure data transfer and storage"),
        ("I8", "Lack of device management"),
        ("I9", "Insecure default settings"),
        ("I10", "Lack of physical hardening"),
      ],
    ]
  }

  private static func derived() -> [DerivedProperty.Scope: [String: String]] {
    [
      .boundary: [
        "mixed-criticality": "Contains (at any depth) an element with safety-critical true and a different element that is reachable-from-internet and not safety-critical",
      ],
      .element: [
        "category": "external | process | device | store",
        "handles-card-data": "An adjacent flow carries card data: a data item that an element stating payments sends to an external party (its payment provider)",
        "handles-evidential": "An adjacent flow carries evidential data",
        "handles-identifiers": "An adjacent flow carries identifiers",
        "handles-location": "An adjacent flow carries location data",
        "handles-personal": "An adjacent flow is personal",
        "handles-safety": "safety-critical is true, or an adjacent flow is safety",
        "handles-special": "An adjacent flow is special",
        "holds-surveillance": "An inbound flow carries surveillance of people that is not anonymised: footage or images (a data item of type video or image that is personal or identifiers) or sightings (type telemetry with identifiers and location: ANPR plate reads)",
        "id": "Identifier",
        "ip-connected": "An adjacent flow is ip-link",
        "issues-commands": "An outbound flow is command",
        "issues-firmware": "An outbound flow is firmware",
        "kind": "Declared kind",
        "on-owner-premises": "Its nearest owner is the model owner and no enclosing boundary is a cloud: the owner's own premises or data centre",
        "reachable-from-internet": "internet-facing stated true; otherwise, unless the kind is mobile-app, an inbound flow comes from an element inside a boundary of type internet that does not also contain this element",
        "reached-from-external": "A chain of flows leads to it from an external element that is not staff (itself included); evidence names the path",
        "reached-from-internet": "A chain of flows leads to it from an element that is reachable-from-internet (itself included); evidence names the path",
        "reached-from-supplier": "A chain of flows leads to it from a supplier or contractor (itself included); evidence names the path",
        "receives-commands": "An inbound flow is command",
        "receives-external-feed": "An inbound flow that is not remote-admin comes from an external element that is not a user",
        "receives-field-data": "Device data reaches it first: an inbound flow comes from a device, or from a gateway and carries an item the gateway received from a device (through up to four gateways)",
        "receives-firmware": "An inbound flow is firmware",
        "remote-admin": "Fallback when not stated: an inbound flow is remote-admin",
        "serves-citizens": "As serves-users, counting only kinds that are citizen",
        "serves-staff": "As serves-users, counting only kinds that are user but not citizen",
        "serves-users": "An inbound flow comes from a kind that is user, or from a mobile-app that itself has an inbound flow from a user (the app on a phone acts for its user; a web-app is the server users reach, not a client)",
        "third-party-owned": "The model states its owner, and the element's nearest owner is another organisation (a supplier's or partner's system)",
        "tracks-staff": "A chain of flows leads to it from a device that has an inbound flow from staff (badge readers, kiosks): it holds data about workers",
        "zone-types": "List of the types of all enclosing boundaries, innermost first",
      ],
      .flow: [
        "anonymised": "Every carried item that is personal, location or identifiers has anonymisation aggregated or anonymised (true when there are none)",
        "command": "Fallback when not stated: a carried item has type command or configuration",
        "confidential": "A carried data item is classified confidential, personal or special-category",
        "credentials": "A carried data item has type credentials",
        "crosses": "List of types of the boundaries containing exactly one end",
        "crosses-boundary": "The two ends are not in the same innermost boundary",
        "crosses-org": "The nearest owners of the two ends are both known and differ; when either owner is unknown, crosses contains organisation or cloud",
        "evidential": "A carried data item has evidential: true",
        "filtered": "Fallback when not stated: a boundary the flow enters (contains the target, not the source) has filtered: true",
        "firmware": "Fallback when not stated: a carried item has type firmware",
        "identifiers": "A carried data item has identifiers: true",
        "insecure-protocol": "The protocol's entry has cleartext: true",
        "ip-link": "The flow runs over a network: not over-radio, medium not local, and not a serial bus or field wiring (protocol rs485 or dali, or medium wired with no protocol)",
        "leaves-owner": "Data leaves the model owner's organisation: the source's nearest owner is the model owner (model owner, or its text before the first comma), and the target's is another, or the target is an external element outside every owned boundary that is not a citizen",
        "location": "A carried data item has location: true",
        "open": "A carried data item has open: true",
        "over-internet": "medium is internet; or crosses contains internet; or crosses contains cloud and medium is not private",
        "over-radio": "medium is radio or mobile-network",
        "personal": "A carried data item is classified personal or special-category",
        "remote-admin-path": "The flow is remote-admin and on a path of remote-admin flows that starts at a supplier or contractor and passes only through remote-access elements (brokers, jump hosts, VPN concentrators); evidence names the path",
        "safety": "A carried data item has safety: true",
        "special": "A carried data item is classified special-category",
        "user-session": "One half of a two-way flow between a user and another element: the user's interactive session",
      ],
    ]
  }

  private static func rules1() -> [ThreatRule] {
    [
      ThreatRule(
        id: "SCP-S-001", title: "Rogue or cloned device injects data",
        stride: [.spoofing], target: .flow,
        condition: .all([.compare(.path(Path(.source, "category")), .equal, .literal(.symbol("device"))), .not(.truth(.path(Path(.flow, "authenticated"))))]),
        conditionText: "source.category == device and not flow.authenticated", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.flow, "safety"))), .truth(.path(Path(.flow, "command"))), .truth(.path(Path(.flow, "evidential")))]), conditionText: "flow.safety or flow.command or flow.evidential", to: .high),
        ],
        description: "A cloned unit, emulator or holder of stolen keys sends readings or events that the receiving system accepts as coming from a genuine field device.",
        mitigations: ["Give every device its own cryptographic identity and verify it on each message (per-device root keys, X.509 or SIM-based identity).", "Reject and alert on traffic from unregistered, duplicated or revoked device identities.", "Check readings for plausibility against neighbouring devices and history."],
        references: [Reference(system: "ncsc", id: "CP-6", title: "Designing your connected place architecture"), Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "etsi", id: "5.4-4", title: "Update and communication keys unique per device"), Reference(system: "etsi", id: "5.5-1", title: "Communicate using best-practice cryptography"), Reference(system: "owasp-iot", id: "I8", title: "Lack of device management"), Reference(system: "cwe", id: "CWE-290", title: nil), Reference(system: "cwe", id: "CWE-306", title: nil), Reference(system: "capec", id: "CAPEC-151", title: nil), Reference(system: "capec", id: "CAPEC-194", title: nil), Reference(system: "iec62443", id: "FR1", title: "Identification and authentication control"), Reference(system: "nist8259a", id: "device-identification", title: "Device identification")],
        ask: "How does the platform know a message really came from the device it names, and what happens to that identity when a unit is stolen or retired?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "sensor a; service b; a -> b\n", line: 563)],
          quiet: [RuleExample(on: "a->b", model: "sensor a; service b; a -> b [authenticated]\n", line: 566)])),
      ThreatRule(
        id: "SCP-S-002", title: "Fleet-wide or built-in keys let one captured unit impersonate many",
        stride: [.spoofing, .informationDisclosure], target: .element,
        condition: .all([.any([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .member(.path(Path(.element, "kind")), [.symbol("gateway"), .symbol("edge")], negated: false)]), .not(.truth(.path(Path(.element, "per-device-keys"))))]),
        conditionText: "(category == device or kind in [gateway, edge]) and not element.per-device-keys", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.compare(.path(Path(.element, "exposure")), .equal, .literal(.symbol("public"))), .compare(.path(Path(.element, "activation")), .equal, .literal(.symbol("abp")))]), conditionText: "element.exposure == public or element.activation == abp", to: .high),
          ThreatRule.Raise(condition: .compare(.path(Path(.element, "count")), .greaterOrEqual, .literal(.number(100.0))), conditionText: "element.count >= 100", to: .high),
        ],
        description: "When keys or passwords are shared across a batch or compiled into firmware, extracting them from one unit lets an attacker impersonate, or read the traffic of, every unit in the fleet.",
        mitigations: ["Generate unique keys per unit at manufacture or commissioning, by a process that resists class-wide attacks.", "Prefer join procedures that derive fresh session keys (LoRaWAN OTAA) over static keys (ABP).", "Keep keys in a secure element and keep a revocation list for lost units."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "ncsc", id: "CP-12", title: "Managing the supply chain"), Reference(system: "etsi", id: "5.4-3", title: "No hard-coded critical security parameters in source code"), Reference(system: "etsi", id: "5.4-4", title: "Update and communication keys unique per device"), Reference(system: "owasp-iot", id: "I1", title: "Weak, guessable or hardcoded passwords"), Reference(system: "owasp-iot", id: "I7", title: "Insecure data transfer and storage"), Reference(system: "cwe", id: "CWE-798", title: nil), Reference(system: "cwe", id: "CWE-321", title: nil), Reference(system: "capec", id: "CAPEC-37", title: nil), Reference(system: "capec", id: "CAPEC-191", title: nil), Reference(system: "nist8259a", id: "data-protection", title: "Data protection")],
        ask: "Are any keys, passwords or certificates the same on more than one unit, and how are per-unit keys generated and injected?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "sensor x\n", line: 587), RuleExample(on: "x", model: "sensor x [count: 4000]\n", line: 589)],
          quiet: [RuleExample(on: "x", model: "sensor x [per-device-keys]\n", line: 592), RuleExample(on: "x", model: "sensor x [count: 4000, per-device-keys]\n", line: 594)])),
      ThreatRule(
        id: "SCP-S-003", title: "Look-alike gateway, cell or access point captures field traffic",
        stride: [.spoofing, .tampering], target: .flow,
        condition: .all([.truth(.path(Path(.flow, "over-radio"))), .any([.compare(.path(Path(.source, "category")), .equal, .literal(.symbol("device"))), .compare(.path(Path(.target, "category")), .equal, .literal(.symbol("device")))]), .not(.truth(.path(Path(.flow, "mutual-auth"))))]),
        conditionText: "flow.over-radio and (source.category == device or target.category == device) and not flow.mutual-auth", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.flow, "command"))), .truth(.path(Path(.flow, "safety")))]), conditionText: "flow.command or flow.safety", to: .high),
        ],
        description: "An attacker stands up a fake gateway, cellular base station or Wi-Fi access point that devices attach to, then records, drops, delays or replays their traffic or forces a weaker mode such as 2G.",
        mitigations: ["Authenticate both ends independently of the radio layer (verified join-accept, server certificates).", "Disable 2G fallback and open or WPS Wi-Fi modes on devices.", "Monitor for unknown gateways or cells near deployments and for sudden signal changes."],
        references: [Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "etsi", id: "5.5-1", title: "Communicate using best-practice cryptography"), Reference(system: "owasp-iot", id: "I7", title: "Insecure data transfer and storage"), Reference(system: "cwe", id: "CWE-940", title: nil), Reference(system: "capec", id: "CAPEC-615", title: nil), Reference(system: "capec", id: "CAPEC-617", title: nil)],
        ask: "Can a device tell a genuine gateway or network from a fake one, and what does it do if it cannot?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "sensor a; gateway b; a -> b [protocol: lorawan]\n", line: 614)],
          quiet: [RuleExample(on: "a->b", model: "sensor a; gateway b; a -> b [protocol: lorawan, mutual-auth]\n", line: 617)])),
      ThreatRule(
        id: "SCP-S-004", title: "Forged commands reach street infrastructure",
        stride: [.spoofing, .elevationOfPrivilege], target: .flow,
        condition: .all([.truth(.path(Path(.flow, "command"))), .not(.truth(.path(Path(.flow, "authenticated"))))]),
        conditionText: "flow.command and not flow.authenticated", severity: .high,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.flow, "safety"))), .truth(.path(Path(.target, "safety-critical")))]), conditionText: "flow.safety or target.safety-critical", to: .critical),
        ],
        description: "Commands that are accepted without proof of origin (switch lights off, change a signal plan, open a barrier, stop a charger) let anyone who can reach the channel operate public infrastructure.",
        mitigations: ["Authenticate the command source end to end and bind each command to an accountable identity.", "Allow-list which systems may command which devices; reject commands outside safe bounds on the device."],
        references: [Reference(system: "ncsc", id: "CP-6", title: "Designing your connected place architecture"), Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "etsi", id: "5.5-5", title: "Security-relevant configuration changes only after authentication"), Reference(system: "iec62443", id: "FR1", title: "Identification and authentication control"), Reference(system: "iec62443", id: "FR3", title: "System integrity"), Reference(system: "cwe", id: "CWE-306", title: nil), Reference(system: "cwe", id: "CWE-345", title: nil), Reference(system: "capec", id: "CAPEC-151", title: nil), Reference(system: "other", id: "playbook-stride", title: "DSIT Secure Connected Places Playbook: Conducting a STRIDE-based threat analysis")],
        ask: "Who or what can send commands to the devices, and how does a device tell a genuine command from a forged one?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "service a; actuator b; a -> b [command]\n", line: 636)],
          quiet: [RuleExample(on: "a->b", model: "service a; actuator b; a -> b [command, authenticated]\n", line: 639)])),
      ThreatRule(
        id: "SCP-S-005", title: "Factory default or universal credentials",
        stride: [.spoofing, .elevationOfPrivilege], target: .element,
        condition: .all([.any([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .member(.path(Path(.element, "kind")), [.symbol("gateway"), .symbol("edge"), .symbol("controller"), .symbol("remote-access")], negated: false)]), .truth(.path(Path(.element, "default-credentials")))]),
        conditionText: "(category == device or kind in [gateway, edge, controller, remote-access]) and element.default-credentials", severity: .high,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.element, "reachable-from-internet"))), .truth(.path(Path(.element, "handles-safety")))]), conditionText: "element.reachable-from-internet or element.handles-safety", to: .critical),
        ],
        description: "Units that ship with a shared factory login, or are installed without changing it, can be entered by anyone who looks the default up; botnets such as Mirai spread this way through cameras and routers.",
        mitigations: ["Require unique per-device or installer-set credentials before the unit will operate.", "Remove undocumented maintenance and vendor back-door accounts.", "Try the published defaults during acceptance testing and after each maintenance visit."],
        references: [Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "ncsc", id: "CP-11", title: "Managing privileges"), Reference(system: "etsi", id: "5.1-1", title: "No universal default passwords: unique per device or user-defined"), Reference(system: "etsi", id: "5.1-2", title: "Pre-installed unique passwords resist automated (class-wide) attacks"), Reference(system: "owasp-iot", id: "I1", title: "Weak, guessable or hardcoded passwords"), Reference(system: "owasp-iot", id: "I9", title: "Insecure default settings"), Reference(system: "cwe", id: "CWE-1392", title: nil), Reference(system: "cwe", id: "CWE-798", title: nil), Reference(system: "capec", id: "CAPEC-70", title: nil), Reference(system: "other", id: "scc-secure-default", title: "Surveillance Camera Commissioner: secure by default requirements for video surveillance manufacturers"), Reference(system: "other", id: "psti", title: "UK Product Security and Telecommunications Infrastructure regime")],
        ask: "Does any account on the product have a default password, and how is it changed before the unit goes live?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "camera x\n", line: 659)],
          quiet: [RuleExample(on: "x", model: "camera x [default-credentials: false]\n", line: 662)])),
      ThreatRule(
        id: "SCP-S-006", title: "Staff or contractor access without multi-factor authentication",
        stride: [.spoofing], target: .flow,
        condition: .all([.kindIs(Path(.source, "kind"), "user", negated: false), .kindIs(Path(.source, "kind"), "citizen", negated: true), .compare(.path(Path(.target, "category")), .equal, .literal(.symbol("process"))), .kindIs(Path(.target, "kind"), "mobile-app", negated: true), .not(.truth(.path(Path(.flow, "remote-admin-path")))), .not(.any([.truth(.path(Path(.source, "mfa"))), .truth(.path(Path(.target, "mfa")))]))]),
        conditionText: "source.kind is user and source.kind is not citizen and target.category == process and target.kind is not mobile-app and not flow.remote-admin-path and not (source.mfa or target.mfa)", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.flow, "over-internet"))), .truth(.path(Path(.target, "issues-commands"))), .truth(.path(Path(.target, "handles-safety")))]), conditionText: "flow.over-internet or target.issues-commands or target.handles-safety", to: .high),
        ],
        description: "Passwords alone for the people who run lighting, traffic, CCTV or data platforms can be phished, guessed or reused from other breaches.",
        mitigations: ["Enforce MFA, phishing-resistant where possible, through the council's identity provider.", "Add conditional access (managed devices, expected locations) for administrative roles.", "Disable accounts promptly when staff or contractors leave."],
        references: [Reference(system: "ncsc", id: "CP-11", title: "Managing privileges"), Reference(system: "etsi", id: "5.1-3", title: "User authentication uses best-practice cryptography"), Reference(system: "owasp-iot", id: "I3", title: "Insecure ecosystem interfaces"), Reference(system: "cwe", id: "CWE-308", title: nil), Reference(system: "capec", id: "CAPEC-600", title: nil), Reference(system: "capec", id: "CAPEC-560", title: nil), Reference(system: "iec62443", id: "FR1", title: "Identification and authentication control")],
        ask: "Which logins to the system are protected by a second factor, and can they be tied to our own identity provider?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "staff a; web-app b; a -> b\n", line: 682)],
          quiet: [RuleExample(on: "a->b", model: "staff a; web-app b [mfa]; a -> b\n", line: 685)])),
      ThreatRule(
        id: "SCP-S-007", title: "Password guessing against internet-facing logins",
        stride: [.spoofing], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("process"))), .truth(.path(Path(.element, "reachable-from-internet"))), .truth(.path(Path(.element, "serves-users"))), .not(.truth(.path(Path(.element, "rate-limited"))))]),
        conditionText: "category == process and element.reachable-from-internet and element.serves-users and not element.rate-limited", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.element, "handles-personal"))), .truth(.path(Path(.element, "issues-commands")))]), conditionText: "element.handles-personal or element.issues-commands", to: .high),
        ],
        description: "Login pages and token endpoints open to the internet without throttling invite guessing and credential-stuffing attacks on citizen and staff accounts.",
        mitigations: ["Throttle and temporarily lock repeated failures per account and per source.", "Check new passwords against breached-password lists; offer or require MFA.", "Alert on bursts of failed logins."],
        references: [Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "etsi", id: "5.1-5", title: "Brute-force attacks via network interfaces made impracticable"), Reference(system: "owasp-iot", id: "I3", title: "Insecure ecosystem interfaces"), Reference(system: "cwe", id: "CWE-307", title: nil), Reference(system: "capec", id: "CAPEC-49", title: nil), Reference(system: "capec", id: "CAPEC-600", title: nil)],
        ask: "What stops someone trying thousands of passwords against the login, and would anyone notice?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "citizen u; service x [internet-facing]; u -> x\n", line: 705)],
          quiet: [RuleExample(on: "x", model: "citizen u; service x [internet-facing, rate-limited]; u -> x\n", line: 708)])),
      ThreatRule(
        id: "SCP-S-008", title: "Someone poses as supplier or contractor support",
        stride: [.spoofing], target: .flow,
        condition: .all([.truth(.path(Path(.flow, "remote-admin"))), .member(.path(Path(.source, "kind")), [.symbol("supplier"), .symbol("contractor")], negated: false), .not(.any([.truth(.path(Path(.source, "mfa"))), .truth(.path(Path(.target, "mfa")))]))]),
        conditionText: "flow.remote-admin and source.kind in [supplier, contractor] and not (source.mfa or target.mfa)", severity: .high,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.target, "handles-safety"))), conditionText: "target.handles-safety", to: .critical),
        ],
        description: "Remote support paths are attractive to impostors: a caller claiming to be vendor support, or a stolen supplier account, inherits the supplier's trusted access.",
        mitigations: ["Give every supplier engineer a named account with MFA; no shared vendor logins.", "Approve each session through a known contact (call-back) before access is opened.", "Require suppliers by contract to report staff changes and compromises promptly."],
        references: [Reference(system: "ncsc", id: "CP-4", title: "Understanding the role of suppliers"), Reference(system: "ncsc", id: "CP-11", title: "Managing privileges"), Reference(system: "ncsc", id: "CP-12", title: "Managing the supply chain"), Reference(system: "cwe", id: "CWE-287", title: nil), Reference(system: "capec", id: "CAPEC-98", title: nil), Reference(system: "capec", id: "CAPEC-555", title: nil), Reference(system: "other", id: "playbook-stride", title: "DSIT Secure Connected Places Playbook: Conducting a STRIDE-based threat analysis")],
        ask: "How do we know that the person connecting as your support engineer really is one, and who approves each session?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "supplier a; gateway b; a -> b [remote-admin]\n", line: 728)],
          quiet: [RuleExample(on: "a->b", model: "supplier a [mfa]; gateway b; a -> b [remote-admin]\n", line: 731)])),
      ThreatRule(
        id: "SCP-S-009", title: "Machine interface accepts unauthenticated callers",
        stride: [.spoofing], target: .flow,
        condition: .all([.member(.path(Path(.source, "category")), [.symbol("process"), .symbol("external")], negated: false), .kindIs(Path(.source, "kind"), "user", negated: true), .kindIs(Path(.source, "kind"), "mobile-app", negated: true), .member(.path(Path(.target, "category")), [.symbol("process"), .symbol("store")], negated: false), .truth(.path(Path(.flow, "crosses-boundary"))), .not(.truth(.path(Path(.flow, "authenticated")))), .not(.any([.truth(.path(Path(.flow, "command"))), .truth(.path(Path(.flow, "remote-admin"))), .truth(.path(Path(.flow, "firmware")))])), .any([.truth(.path(Path(.flow, "confidential"))), .truth(.path(Path(.flow, "safety"))), .compare(.path(Path(.source, "category")), .notEqual, .literal(.symbol("external")))])]),
        conditionText: "source.category in [process, external] and source.kind is not user and source.kind is not mobile-app and target.category in [process, store] and flow.crosses-boundary and not flow.authenticated and not (flow.command or flow.remote-admin or flow.firmware) and (flow.confidential or flow.safety or source.category != external)", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.flow, "personal"))), .truth(.path(Path(.flow, "command"))), .truth(.path(Path(.flow, "safety")))]), conditionText: "flow.personal or flow.command or flow.safety", to: .high),
        ],
        description: "An API, broker or database reachable across a trust boundary that does not check which system is calling lets anyone who reaches it act as a trusted integration.",
        mitigations: ["Authenticate every integration (mutual TLS, signed tokens with audience checks, per-client credentials).", "Restrict who can reach the interface with a conduit or allow-list.", "Log the authenticated caller on every request."],
        references: [Reference(system: "ncsc", id: "CP-6", title: "Designing your connected place architecture"), Reference(system: "etsi", id: "5.5-4", title: "Network access to device functionality only after authentication"), Reference(system: "owasp-iot", id: "I3", title: "Insecure ecosystem interfaces"), Reference(system: "iec62443", id: "FR1", title: "Identification and authentication control"), Reference(system: "cwe", id: "CWE-306", title: nil), Reference(system: "capec", id: "CAPEC-151", title: nil)],
        ask: "How does each interface identify the system calling it, and what can an unauthenticated caller do?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "data receipts \"Delivery receipts\" [classification: personal]\nthird-party-service a\nboundary z {\n  service b\n}\na -> b [data: [receipts]]\n", line: 751)],
          quiet: [RuleExample(on: "a->b", model: "data forecast \"Weather forecast\" [classification: public]\nthird-party-service a\nboundary z {\n  service b\n}\na -> b [data: [forecast]]\n", line: 759), RuleExample(on: "a->b", model: "third-party-service a\nboundary z {\n  service b\n}\na -> b [authenticated]\n", line: 766)])),
      ThreatRule(
        id: "SCP-S-010", title: "Field unit trusts an impostor back end",
        stride: [.spoofing], target: .flow,
        condition: .all([.any([.compare(.path(Path(.source, "category")), .equal, .literal(.symbol("device"))), .member(.path(Path(.source, "kind")), [.symbol("gateway"), .symbol("edge")], negated: false)]), .compare(.path(Path(.target, "category")), .equal, .literal(.symbol("process"))), .truth(.path(Path(.flow, "crosses-boundary"))), .not(.truth(.path(Path(.flow, "over-radio")))), .not(.truth(.path(Path(.flow, "insecure-protocol")))), .not(.truth(.path(Path(.flow, "server-authenticated"))))]),
        conditionText: "(source.category == device or source.kind in [gateway, edge]) and target.category == process and flow.crosses-boundary and not flow.over-radio and not flow.insecure-protocol and not flow.server-authenticated", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.source, "receives-commands"))), .truth(.path(Path(.source, "receives-firmware")))]), conditionText: "source.receives-commands or source.receives-firmware", to: .high),
        ],
        description: "A device or gateway that does not verify the server it connects to (no certificate check, validation switched off) can be redirected to an attacker posing as the platform.",
        mitigations: ["Validate server certificates against a pinned CA or trust anchor; never disable validation in production.", "Refuse to fall back to unauthenticated modes; protect the DNS and time sources used for validation."],
        references: [Reference(system: "ncsc", id: "CP-6", title: "Designing your connected place architecture"), Reference(system: "etsi", id: "5.5-1", title: "Communicate using best-practice cryptography"), Reference(system: "owasp-iot", id: "I7", title: "Insecure data transfer and storage"), Reference(system: "cwe", id: "CWE-295", title: nil), Reference(system: "cwe", id: "CWE-297", title: nil), Reference(system: "capec", id: "CAPEC-94", title: nil)],
        ask: "How does the device check it is talking to your real platform, and can that check be turned off?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "boundary f {\n  gateway a\n}\nboundary c {\n  service b\n}\na -> b [protocol: grpc]\n", line: 789)],
          quiet: [RuleExample(on: "a->b", model: "boundary f {\n  gateway a\n}\nboundary c {\n  service b\n}\na -> b [protocol: mqtt]\n", line: 798), RuleExample(on: "a->b", model: "boundary f {\n  gateway a\n}\nboundary c {\n  service b\n}\na -> b [protocol: mqtts]\n", line: 806)])),
    ]
  }

  private static func rules2() -> [ThreatRule] {
    [
      ThreatRule(
        id: "SCP-S-011", title: "Counterfeit satellite signals shift time or position",
        stride: [.spoofing, .tampering], target: .element,
        condition: .all([.member(.path(Path(.element, "category")), [.symbol("device"), .symbol("process")], negated: false), .truth(.path(Path(.element, "gnss")))]),
        conditionText: "category in [device, process] and element.gnss", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.element, "handles-safety"))), .truth(.path(Path(.element, "handles-evidential")))]), conditionText: "element.handles-safety or element.handles-evidential", to: .high),
        ],
        description: "Cheap transmitters can feed false GNSS signals, moving a device's clock (breaking signal coordination, log timelines and certificate checks) or its reported position.",
        mitigations: ["Cross-check GNSS time against authenticated network time and a holdover clock; alarm on jumps.", "Treat GNSS position as advisory and check it against the asset register."],
        references: [Reference(system: "ncsc", id: "CP-9", title: "Designing for resilience and scalability"), Reference(system: "iec62443", id: "FR3", title: "System integrity"), Reference(system: "cwe", id: "CWE-345", title: nil), Reference(system: "capec", id: "CAPEC-627", title: nil), Reference(system: "capec", id: "CAPEC-628", title: nil)],
        ask: "What does the equipment use GNSS for, and how would it notice and cope with false signals?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "sensor x [gnss]\n", line: 831)],
          quiet: [RuleExample(on: "x", model: "sensor x [gnss: false]\n", line: 834)])),
      ThreatRule(
        id: "SCP-S-012", title: "Mesh join exposes the network key",
        stride: [.spoofing, .informationDisclosure], target: .flow,
        condition: .all([.member(.path(Path(.flow, "protocol")), [.symbol("zigbee"), .symbol("thread"), .symbol("ieee802154"), .symbol("wi-sun")], negated: false), .not(.all([.truth(.path(Path(.source, "per-device-keys"))), .truth(.path(Path(.target, "per-device-keys")))]))]),
        conditionText: "flow.protocol in [zigbee, thread, ieee802154, wi-sun] and not (source.per-device-keys and target.per-device-keys)", severity: .medium,
        raises: [],
        description: "Nodes that join a mesh with a well-known or shared link key let anyone who records the join recover the network key and then join or impersonate nodes.",
        mitigations: ["Use per-device install codes or certificates for joining.", "Keep join windows closed outside commissioning; rotate the network key after commissioning and when nodes are removed."],
        references: [Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "etsi", id: "5.4-4", title: "Update and communication keys unique per device"), Reference(system: "owasp-iot", id: "I7", title: "Insecure data transfer and storage"), Reference(system: "cwe", id: "CWE-1394", title: nil), Reference(system: "cwe", id: "CWE-321", title: nil), Reference(system: "capec", id: "CAPEC-157", title: nil)],
        ask: "What key does a new node use to join the mesh, and is it the same for every node?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "sensor a; gateway b; a -> b [protocol: zigbee]\n", line: 851)],
          quiet: [RuleExample(on: "a->b", model: "sensor a [per-device-keys]; gateway b [per-device-keys]; a -> b [protocol: zigbee]\n", line: 854)])),
      ThreatRule(
        id: "SCP-T-001", title: "Street equipment opened, probed or swapped unnoticed",
        stride: [.tampering], target: .element,
        condition: .all([.any([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .member(.path(Path(.element, "kind")), [.symbol("gateway"), .symbol("edge")], negated: false)]), .member(.path(Path(.element, "exposure")), [.symbol("public"), .symbol("restricted")], negated: false), .not(.truth(.path(Path(.element, "tamper-detection"))))]),
        conditionText: "(category == device or kind in [gateway, edge]) and element.exposure in [public, restricted] and not element.tamper-detection", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "handles-safety"))), conditionText: "element.handles-safety", to: .high),
        ],
        description: "Units on poles, in cabinets or at the kerbside can be opened, rewired or replaced, and without tamper sensing nobody knows until the unit misbehaves.",
        mitigations: ["Fit enclosure or tilt sensors that report to the platform; alarm cabinets.", "Use security fixings and seals, and inspect on a schedule."],
        references: [Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "etsi", id: "5.6-3", title: "Physical interfaces not unnecessarily exposed"), Reference(system: "owasp-iot", id: "I10", title: "Lack of physical hardening"), Reference(system: "cwe", id: "CWE-1263", title: nil), Reference(system: "capec", id: "CAPEC-401", title: nil), Reference(system: "capec", id: "CAPEC-390", title: nil)],
        ask: "If someone opened one of your units on the street, how and how quickly would we find out?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "sensor x [exposure: public]\n", line: 874)],
          quiet: [RuleExample(on: "x", model: "sensor x [exposure: public, tamper-detection]\n", line: 877)])),
      ThreatRule(
        id: "SCP-T-002", title: "Debug or service ports left open on field hardware",
        stride: [.tampering, .informationDisclosure], target: .element,
        condition: .all([.any([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .member(.path(Path(.element, "kind")), [.symbol("gateway"), .symbol("edge")], negated: false)]), .member(.path(Path(.element, "exposure")), [.symbol("public"), .symbol("restricted")], negated: false), .not(.truth(.path(Path(.element, "debug-disabled"))))]),
        conditionText: "(category == device or kind in [gateway, edge]) and element.exposure in [public, restricted] and not element.debug-disabled", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .not(.truth(.path(Path(.element, "secure-element")))), conditionText: "not element.secure-element", to: .high),
        ],
        description: "JTAG, SWD, UART headers or maintenance USB and serial ports give anyone with brief physical access a shell, a memory dump or the ability to re-flash the unit.",
        mitigations: ["Disable or lock debug interfaces in production (fuses, authenticated debug).", "Require authentication on local maintenance ports."],
        references: [Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "etsi", id: "5.6-4", title: "Physically accessible debug interfaces disabled in software"), Reference(system: "owasp-iot", id: "I10", title: "Lack of physical hardening"), Reference(system: "cwe", id: "CWE-1191", title: nil), Reference(system: "capec", id: "CAPEC-121", title: nil)],
        ask: "Which physical ports does the unit have, and what can someone do with them without a password?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "boundary street [exposure: public] {\n  sensor x\n}\n", line: 896)],
          quiet: [RuleExample(on: "x", model: "sensor x [exposure: internal]\n", line: 901)])),
      ThreatRule(
        id: "SCP-T-003", title: "Field radio traffic altered or replayed",
        stride: [.tampering], target: .flow,
        condition: .all([.truth(.path(Path(.flow, "over-radio"))), .not(.all([.truth(.path(Path(.flow, "integrity"))), .truth(.path(Path(.flow, "replay-protected")))]))]),
        conditionText: "flow.over-radio and not (flow.integrity and flow.replay-protected)", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.flow, "command"))), .truth(.path(Path(.flow, "safety"))), .truth(.path(Path(.flow, "evidential"))), .compare(.path(Path(.source, "activation")), .equal, .literal(.symbol("abp")))]), conditionText: "flow.command or flow.safety or flow.evidential or source.activation == abp", to: .high),
        ],
        description: "Radio messages can be recorded and sent again or modified; without integrity checks and freshness counters, old readings or commands (such as an earlier lights-off) are accepted again.",
        mitigations: ["Check a message integrity code and a monotonic counter on every frame; keep LoRaWAN frame-counter checks strict and persist counters.", "Reject duplicate or out-of-order frames and raise an alert.", "Give commands a validity window."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "etsi", id: "5.5-1", title: "Communicate using best-practice cryptography"), Reference(system: "owasp-iot", id: "I7", title: "Insecure data transfer and storage"), Reference(system: "cwe", id: "CWE-294", title: nil), Reference(system: "cwe", id: "CWE-924", title: nil), Reference(system: "capec", id: "CAPEC-94", title: nil)],
        ask: "What stops an old message being recorded and played back to the device or the platform?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "sensor a; gateway b; a -> b [protocol: lorawan]\n", line: 921)],
          quiet: [RuleExample(on: "a->b", model: "sensor a; gateway b; a -> b [protocol: lorawan, replay-protected]\n", line: 924)])),
      ThreatRule(
        id: "SCP-T-004", title: "Unverified firmware or software updates",
        stride: [.tampering, .elevationOfPrivilege], target: .element,
        condition: .all([.any([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .member(.path(Path(.element, "kind")), [.symbol("gateway"), .symbol("edge"), .symbol("controller")], negated: false), .all([.truth(.path(Path(.element, "receives-firmware"))), .kindIs(Path(.element, "kind"), "update-service", negated: true), .kindIs(Path(.element, "kind"), "network-server", negated: true)])]), .not(.truth(.path(Path(.element, "firmware-signed"))))]),
        conditionText: "(category == device or kind in [gateway, edge, controller] or (element.receives-firmware and kind is not update-service and kind is not network-server)) and not element.firmware-signed", severity: .high,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "handles-safety"))), conditionText: "element.handles-safety", to: .critical),
        ],
        description: "A unit that installs whatever image it receives, over the air or through a service port, can be loaded with malicious firmware that persists and spreads through the fleet.",
        mitigations: ["Sign images and verify the signature on the device against a trust anchor before installing.", "Protect signing keys in an HSM with two-person control.", "Deliver updates over an authenticated channel."],
        references: [Reference(system: "ncsc", id: "CP-13", title: "Managing your connected place throughout its lifecycle"), Reference(system: "etsi", id: "5.3-7", title: "Best-practice cryptography for secure updates"), Reference(system: "etsi", id: "5.3-9", title: "Device verifies authenticity and integrity of updates"), Reference(system: "etsi", id: "5.3-10", title: "Updates over a network verified via a trust relationship"), Reference(system: "owasp-iot", id: "I4", title: "Lack of secure update mechanism"), Reference(system: "cwe", id: "CWE-494", title: nil), Reference(system: "cwe", id: "CWE-347", title: nil), Reference(system: "capec", id: "CAPEC-186", title: nil), Reference(system: "capec", id: "CAPEC-657", title: nil), Reference(system: "nist8259a", id: "software-update", title: "Software update")],
        ask: "How does the unit check that an update really comes from you and has not been altered, and who can sign updates?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "actuator x\n", line: 944)],
          quiet: [RuleExample(on: "x", model: "actuator x [firmware-signed]\n", line: 947)])),
      ThreatRule(
        id: "SCP-T-005", title: "No secure boot: implants survive reboot",
        stride: [.tampering], target: .element,
        condition: .all([.any([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .member(.path(Path(.element, "kind")), [.symbol("gateway"), .symbol("edge")], negated: false)]), .not(.truth(.path(Path(.element, "secure-boot"))))]),
        conditionText: "(category == device or kind in [gateway, edge]) and not element.secure-boot", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "handles-safety"))), conditionText: "element.handles-safety", to: .high),
        ],
        description: "Without a verified boot chain, malicious code written to storage persists across restarts and the unit cannot notice it.",
        mitigations: ["Verify every boot stage from a hardware root of trust.", "On verification failure enter recovery and alert instead of running."],
        references: [Reference(system: "etsi", id: "5.7-1", title: "Secure boot"), Reference(system: "etsi", id: "5.7-2", title: "Alert and restrict connectivity on detected unauthorised software change"), Reference(system: "owasp-iot", id: "I4", title: "Lack of secure update mechanism"), Reference(system: "cwe", id: "CWE-1326", title: nil), Reference(system: "capec", id: "CAPEC-552", title: nil)],
        ask: "Does the unit verify its own software at start-up, and what happens if the check fails?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "edge x\n", line: 966)],
          quiet: [RuleExample(on: "x", model: "edge x [secure-boot]\n", line: 969)])),
      ThreatRule(
        id: "SCP-T-006", title: "Rollback to an older vulnerable image",
        stride: [.tampering], target: .element,
        condition: .all([.any([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .member(.path(Path(.element, "kind")), [.symbol("gateway"), .symbol("edge")], negated: false)]), .truth(.path(Path(.element, "firmware-signed"))), .not(.truth(.path(Path(.element, "anti-rollback"))))]),
        conditionText: "(category == device or kind in [gateway, edge]) and element.firmware-signed and not element.anti-rollback", severity: .low,
        raises: [
          ThreatRule.Raise(condition: .compare(.path(Path(.element, "exposure")), .equal, .literal(.symbol("public"))), conditionText: "element.exposure == public", to: .medium),
        ],
        description: "A unit that accepts any correctly signed image can be put back on an old release whose flaws are public.",
        mitigations: ["Keep a monotonic security version in fuses or protected storage and refuse lower versions."],
        references: [Reference(system: "etsi", id: "5.3-10", title: "Updates over a network verified via a trust relationship"), Reference(system: "owasp-iot", id: "I4", title: "Lack of secure update mechanism"), Reference(system: "cwe", id: "CWE-1328", title: nil), Reference(system: "capec", id: "CAPEC-186", title: nil)],
        ask: "Can a unit be made to install an older signed release?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "sensor x [firmware-signed]\n", line: 987)],
          quiet: [RuleExample(on: "x", model: "sensor x [firmware-signed, anti-rollback]\n", line: 990)])),
      ThreatRule(
        id: "SCP-T-007", title: "Data altered between sites or organisations",
        stride: [.tampering], target: .flow,
        condition: .all([.any([.truth(.path(Path(.flow, "over-internet"))), .truth(.path(Path(.flow, "crosses-org")))]), .not(.truth(.path(Path(.flow, "over-radio")))), .not(.truth(.path(Path(.flow, "insecure-protocol")))), .not(.truth(.path(Path(.flow, "integrity"))))]),
        conditionText: "(flow.over-internet or flow.crosses-org) and not flow.over-radio and not flow.insecure-protocol and not flow.integrity", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.flow, "command"))), .truth(.path(Path(.flow, "safety"))), .truth(.path(Path(.flow, "firmware")))]), conditionText: "flow.command or flow.safety or flow.firmware", to: .high),
        ],
        description: "Traffic between gateways, clouds and council systems without integrity protection can be changed by anyone on the path, falsifying readings or injecting configuration.",
        mitigations: ["Protect every leg with TLS or a VPN and validate certificates.", "Sign high-value data end to end; use private connectivity for operational traffic."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "etsi", id: "5.5-1", title: "Communicate using best-practice cryptography"), Reference(system: "owasp-iot", id: "I7", title: "Insecure data transfer and storage"), Reference(system: "iec62443", id: "FR3", title: "System integrity"), Reference(system: "cwe", id: "CWE-924", title: nil), Reference(system: "capec", id: "CAPEC-94", title: nil)],
        ask: "Across which networks does this data travel, and what would detect a change in transit?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "service a; service b; a -> b [medium: internet]\n", line: 1009)],
          quiet: [RuleExample(on: "a->b", model: "service a; service b; a -> b [medium: internet, protocol: https]\n", line: 1012)])),
      ThreatRule(
        id: "SCP-T-008", title: "The sensed environment is manipulated",
        stride: [.tampering], target: .element,
        condition: .all([.kindIs(Path(.element, "kind"), "sensor", negated: false), .compare(.path(Path(.element, "exposure")), .equal, .literal(.symbol("public")))]),
        conditionText: "kind is sensor and element.exposure == public", severity: .low,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.element, "handles-safety"))), .truth(.path(Path(.element, "handles-evidential")))]), conditionText: "element.handles-safety or element.handles-evidential", to: .medium),
        ],
        description: "Readings can be falsified without touching the electronics: warming or shielding an air-quality probe, a magnet on a parking sensor, a covered or dazzled camera, a moved unit.",
        mitigations: ["Cross-check readings against neighbouring sensors and other sources; flag anomalies.", "Report unit health (tilt, enclosure, lens obstruction) with the data."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "ncsc", id: "CP-10", title: "Designing your monitoring"), Reference(system: "etsi", id: "5.10-1", title: "Examine telemetry for security anomalies"), Reference(system: "iec62443", id: "FR3", title: "System integrity"), Reference(system: "cwe", id: "CWE-345", title: nil)],
        ask: "How would the system tell a real change in the readings from someone interfering with the sensor?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "camera x [exposure: public]\n", line: 1031)],
          quiet: [RuleExample(on: "x", model: "camera x [exposure: restricted]\n", line: 1034)])),
    ]
  }

  private static func rules3() -> [ThreatRule] {
    [
      ThreatRule(
        id: "SCP-T-009", title: "Commands or configuration altered on internal networks",
        stride: [.tampering], target: .flow,
        condition: .all([.any([.truth(.path(Path(.flow, "command"))), .truth(.path(Path(.flow, "firmware")))]), .compare(.path(Path(.flow, "medium")), .notEqual, .literal(.symbol("local"))), .not(.truth(.path(Path(.flow, "integrity")))), .not(.truth(.path(Path(.flow, "over-radio")))), .not(.truth(.path(Path(.flow, "over-internet"))))]),
        conditionText: "(flow.command or flow.firmware) and flow.medium != local and not flow.integrity and not flow.over-radio and not flow.over-internet", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.flow, "safety"))), .truth(.path(Path(.target, "safety-critical")))]), conditionText: "flow.safety or target.safety-critical", to: .high),
        ],
        description: "Inside council and operational networks, signal plans, schedules and set-points often travel without integrity protection, so an intruder on that network can alter them.",
        mitigations: ["Use integrity-protected protocols internally (TLS, SNMPv3 authPriv, DNP3-SA, BACnet/SC).", "Have devices verify configuration checksums or signatures before applying."],
        references: [Reference(system: "ncsc", id: "CP-6", title: "Designing your connected place architecture"), Reference(system: "etsi", id: "5.5-1", title: "Communicate using best-practice cryptography"), Reference(system: "iec62443", id: "FR3", title: "System integrity"), Reference(system: "cwe", id: "CWE-924", title: nil), Reference(system: "capec", id: "CAPEC-94", title: nil)],
        ask: "Is configuration sent to the controllers protected against change on the internal network?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "controller a; plc b; a -> b [command, protocol: modbus]\n", line: 1053)],
          quiet: [RuleExample(on: "a->b", model: "controller a; plc b; a -> b [command, protocol: modbus, integrity]\n", line: 1056)])),
      ThreatRule(
        id: "SCP-T-010", title: "Safety-relevant configuration changed without review",
        stride: [.tampering], target: .element,
        condition: .all([.any([.member(.path(Path(.element, "kind")), [.symbol("platform"), .symbol("controller")], negated: false), .compare(.path(Path(.element, "category")), .equal, .literal(.symbol("store")))]), .truth(.path(Path(.element, "handles-safety"))), .not(.truth(.path(Path(.element, "change-control"))))]),
        conditionText: "(kind in [platform, controller] or category == store) and element.handles-safety and not element.change-control", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "safety-critical"))), conditionText: "element.safety-critical", to: .high),
        ],
        description: "Lighting levels, signal timings or barrier logic edited by an operator, supplier or intruder without approval, history or rollback can create hazards and hide malicious edits.",
        mitigations: ["Require a second person to approve safety-relevant changes.", "Version configuration with diffs and one-step rollback.", "Enforce safe limits on the device whatever the platform sends."],
        references: [Reference(system: "ncsc", id: "CP-11", title: "Managing privileges"), Reference(system: "ncsc", id: "CP-13", title: "Managing your connected place throughout its lifecycle"), Reference(system: "iec62443", id: "FR2", title: "Use control"), Reference(system: "iec62443", id: "FR3", title: "System integrity"), Reference(system: "cwe", id: "CWE-284", title: nil), Reference(system: "capec", id: "CAPEC-176", title: nil)],
        ask: "Who can change safety-relevant settings, who approves it, and how do we undo a bad change?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "controller x [safety-critical]\n", line: 1076)],
          quiet: [RuleExample(on: "x", model: "controller x [safety-critical, change-control]\n", line: 1079)])),
      ThreatRule(
        id: "SCP-T-011", title: "Injection through web or API inputs",
        stride: [.tampering, .elevationOfPrivilege], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("process"))), .truth(.path(Path(.element, "reachable-from-internet"))), .not(.truth(.path(Path(.element, "input-validation"))))]),
        conditionText: "category == process and element.reachable-from-internet and not element.input-validation", severity: .high,
        raises: [],
        description: "Public or partner endpoints that pass unchecked input to databases, shells or templates can be made to run the attacker's queries or commands.",
        mitigations: ["Validate and encode all input; use parameterised queries.", "Test before go-live and after changes (static analysis, dynamic scanning, penetration test)."],
        references: [Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "etsi", id: "5.13-1", title: "Validate input data"), Reference(system: "owasp-iot", id: "I3", title: "Insecure ecosystem interfaces"), Reference(system: "cwe", id: "CWE-20", title: nil), Reference(system: "cwe", id: "CWE-89", title: nil), Reference(system: "cwe", id: "CWE-78", title: nil), Reference(system: "capec", id: "CAPEC-66", title: nil), Reference(system: "capec", id: "CAPEC-88", title: nil)],
        ask: "How are inputs validated, and when was the interface last security-tested?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "api x [internet-facing]\n", line: 1096)],
          quiet: [RuleExample(on: "x", model: "api x [internet-facing, input-validation]\n", line: 1099)])),
      ThreatRule(
        id: "SCP-T-012", title: "Crafted device or feed data attacks the platform",
        stride: [.tampering, .elevationOfPrivilege], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("process"))), .kindIs(Path(.element, "kind"), "gateway", negated: true), .kindIs(Path(.element, "kind"), "mobile-app", negated: true), .any([.truth(.path(Path(.element, "receives-field-data"))), .truth(.path(Path(.element, "receives-external-feed")))]), .not(.truth(.path(Path(.element, "input-validation"))))]),
        conditionText: "category == process and kind is not gateway and kind is not mobile-app and (element.receives-field-data or element.receives-external-feed) and not element.input-validation", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "issues-commands"))), conditionText: "element.issues-commands", to: .high),
        ],
        description: "Decoders, parsers and rules engines that trust what arrives from field devices or outside feeds can be crashed or exploited by one malformed message, turning a single street unit into a foothold in the platform.",
        mitigations: ["Treat device and feed data as untrusted: strict schema and length checks in decoders.", "Sandbox payload decoders and fuzz-test parsers."],
        references: [Reference(system: "etsi", id: "5.13-1", title: "Validate input data"), Reference(system: "owasp-iot", id: "I3", title: "Insecure ecosystem interfaces"), Reference(system: "iec62443", id: "FR3", title: "System integrity"), Reference(system: "cwe", id: "CWE-20", title: nil), Reference(system: "capec", id: "CAPEC-153", title: nil)],
        ask: "What happens when a device sends a malformed or oversized message?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "third-party-service f; service x; f -> x\n", line: 1118)],
          quiet: [RuleExample(on: "x", model: "third-party-service f; service x [input-validation]; f -> x\n", line: 1121)])),
      ThreatRule(
        id: "SCP-T-013", title: "Hardware or firmware tampered with in the supply chain",
        stride: [.tampering], target: .element,
        condition: .all([.any([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .member(.path(Path(.element, "kind")), [.symbol("gateway"), .symbol("edge"), .symbol("controller")], negated: false)]), .not(.truth(.path(Path(.element, "supplier-assured"))))]),
        conditionText: "(category == device or kind in [gateway, edge, controller]) and not element.supplier-assured", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "handles-safety"))), conditionText: "element.handles-safety", to: .high),
        ],
        description: "Units can be altered or counterfeited before they reach the council, at manufacture, in distribution or by a sub-contracted installer, arriving with implants or undisclosed remote access.",
        mitigations: ["Buy from assessed suppliers with evidence of secure development and provenance (EN 303 645, IEC 62443-4-1).", "On receipt, verify firmware hashes and test units against an approved baseline; require an SBOM."],
        references: [Reference(system: "ncsc", id: "CP-4", title: "Understanding the role of suppliers"), Reference(system: "ncsc", id: "CP-12", title: "Managing the supply chain"), Reference(system: "etsi", id: "5.6-9", title: "Secure development processes"), Reference(system: "owasp-iot", id: "I5", title: "Use of insecure or outdated components"), Reference(system: "cwe", id: "CWE-1357", title: nil), Reference(system: "capec", id: "CAPEC-438", title: nil), Reference(system: "capec", id: "CAPEC-439", title: nil), Reference(system: "other", id: "playbook-procurement", title: "DSIT Secure Connected Places Playbook: Procurement and supply chain management")],
        ask: "Where are the units and their firmware made, who handles them before installation, and what evidence of secure development can you give?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "plc x\n", line: 1140)],
          quiet: [RuleExample(on: "x", model: "plc x [supplier-assured]\n", line: 1143)])),
      ThreatRule(
        id: "SCP-T-014", title: "Evidential records can be altered or deleted",
        stride: [.tampering, .repudiation], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("store"))), .truth(.path(Path(.element, "handles-evidential"))), .not(.truth(.path(Path(.element, "integrity-protected"))))]),
        conditionText: "category == store and element.handles-evidential and not element.integrity-protected", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "handles-personal"))), conditionText: "element.handles-personal", to: .high),
        ],
        description: "CCTV footage, ANPR reads and parking or charging records used for enforcement or billing lose their value if they can be changed without trace.",
        mitigations: ["Store write-once or hash-chained; sign exports and keep integrity data with them.", "Restrict and log access to evidential stores."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "iec62443", id: "FR3", title: "System integrity"), Reference(system: "cwe", id: "CWE-345", title: nil), Reference(system: "capec", id: "CAPEC-268", title: nil)],
        ask: "Could anyone, including your staff, change or delete a stored record without leaving a trace?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "data ev [evidential]\nanpr-camera c; video-archive x\nc -> x [data: [ev]]\n", line: 1162)],
          quiet: [RuleExample(on: "x", model: "data ev [evidential]\nanpr-camera c; video-archive x [integrity-protected]\nc -> x [data: [ev]]\n", line: 1167)])),
      ThreatRule(
        id: "SCP-T-015", title: "Cleartext legacy or OT protocol on the path",
        stride: [.tampering, .informationDisclosure, .spoofing], target: .flow,
        condition: .all([.truth(.path(Path(.flow, "insecure-protocol"))), .not(.truth(.path(Path(.flow, "integrity"))))]),
        conditionText: "flow.insecure-protocol and not flow.integrity", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.flow, "command"))), .truth(.path(Path(.flow, "remote-admin")))]), conditionText: "flow.command or flow.remote-admin", to: .high),
          ThreatRule.Raise(condition: .truth(.path(Path(.flow, "safety"))), conditionText: "flow.safety", to: .critical),
        ],
        description: "Modbus, DNP3 without Secure Authentication, BACnet/IP, SNMPv1/v2c, Telnet, FTP, HTTP, plain MQTT and the legacy LoRa UDP forwarder carry data and commands with no protection, so anyone on the path can read, forge or change them.",
        mitigations: ["Move to secure variants (SNMPv3 authPriv, DNP3-SA, BACnet/SC, MQTT over TLS, Basics Station).", "Where that is impossible, tunnel through an authenticated VPN and confine the traffic to a filtered zone."],
        references: [Reference(system: "ncsc", id: "CP-6", title: "Designing your connected place architecture"), Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "owasp-iot", id: "I2", title: "Insecure network services"), Reference(system: "owasp-iot", id: "I7", title: "Insecure data transfer and storage"), Reference(system: "iec62443", id: "FR1", title: "Identification and authentication control"), Reference(system: "iec62443", id: "FR3", title: "System integrity"), Reference(system: "iec62443", id: "FR4", title: "Data confidentiality"), Reference(system: "cwe", id: "CWE-319", title: nil), Reference(system: "cwe", id: "CWE-306", title: nil), Reference(system: "capec", id: "CAPEC-94", title: nil), Reference(system: "capec", id: "CAPEC-157", title: nil)],
        ask: "Which protocols on this path lack authentication or encryption, and what is the plan to replace or wrap them?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "service a; service b; a -> b [protocol: http]\n", line: 1189)],
          quiet: [RuleExample(on: "a->b", model: "service a; service b; a -> b [protocol: https]\n", line: 1192)])),
      ThreatRule(
        id: "SCP-R-001", title: "Control actions cannot be attributed",
        stride: [.repudiation], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("process"))), .any([.truth(.path(Path(.element, "issues-commands"))), .truth(.path(Path(.element, "handles-safety"))), .truth(.path(Path(.element, "remote-admin")))]), .not(.truth(.path(Path(.element, "logging"))))]),
        conditionText: "category == process and (element.issues-commands or element.handles-safety or element.remote-admin) and not element.logging", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "handles-safety"))), conditionText: "element.handles-safety", to: .high),
        ],
        description: "If the system cannot show who changed a schedule, pushed an update or opened a barrier, and from where, misuse and mistakes cannot be traced; the playbook's example is someone ordering street lights off and denying it.",
        mitigations: ["Log every security-relevant action with the individual's identity, time, source and before/after values.", "Send the logs off the system and review them."],
        references: [Reference(system: "ncsc", id: "CP-10", title: "Designing your monitoring"), Reference(system: "ncsc", id: "CP-11", title: "Managing privileges"), Reference(system: "iec62443", id: "FR2", title: "Use control"), Reference(system: "iec62443", id: "FR6", title: "Timely response to events"), Reference(system: "cwe", id: "CWE-778", title: nil), Reference(system: "cwe", id: "CWE-223", title: nil), Reference(system: "nist8259a", id: "state-awareness", title: "Cybersecurity state awareness"), Reference(system: "other", id: "playbook-stride", title: "DSIT Secure Connected Places Playbook: Conducting a STRIDE-based threat analysis")],
        ask: "If a schedule or setting changed overnight, could you tell us exactly who did it and from where?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "controller x; actuator l; x -> l [command]\n", line: 1212)],
          quiet: [RuleExample(on: "x", model: "controller x [logging]; actuator l; x -> l [command]\n", line: 1215)])),
      ThreatRule(
        id: "SCP-R-002", title: "Shared or generic accounts",
        stride: [.repudiation, .spoofing], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("process"))), .kindIs(Path(.element, "kind"), "mobile-app", negated: true), .truth(.path(Path(.element, "serves-users"))), .truth(.path(Path(.element, "shared-accounts")))]),
        conditionText: "category == process and kind is not mobile-app and element.serves-users and element.shared-accounts", severity: .medium,
        raises: [],
        description: "Team logins such as 'operator' or the supplier's name make every action anonymous and outlive the staff who knew the password.",
        mitigations: ["Named individual accounts through single sign-on.", "Seal break-glass accounts, alert on their use, and review access regularly."],
        references: [Reference(system: "ncsc", id: "CP-11", title: "Managing privileges"), Reference(system: "iec62443", id: "FR1", title: "Identification and authentication control"), Reference(system: "cwe", id: "CWE-287", title: nil), Reference(system: "capec", id: "CAPEC-560", title: nil)],
        ask: "Does everyone, including your support staff, log in with their own named account?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "staff u; dashboard x; u -> x\n", line: 1232)],
          quiet: [RuleExample(on: "x", model: "staff u; dashboard x [shared-accounts: false]; u -> x\n", line: 1235)])),
      ThreatRule(
        id: "SCP-R-003", title: "Supplier remote sessions leave no record",
        stride: [.repudiation], target: .flow,
        condition: .all([.truth(.path(Path(.flow, "remote-admin-path"))), .kindIs(Path(.target, "kind"), "remote-access", negated: true), .not(.any([.truth(.path(Path(.target, "session-recording"))), .truth(.path(Path(.target, "logging"))), .truth(.path(Path(.source, "session-recording")))]))]),
        conditionText: "flow.remote-admin-path and target.kind is not remote-access and not (target.session-recording or target.logging or source.session-recording)", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.target, "handles-safety"))), conditionText: "target.handles-safety", to: .high),
        ],
        description: "Without session logs or recordings of what a supplier engineer did, the council cannot investigate incidents, settle disputes or spot misuse of third-party access.",
        mitigations: ["Route supplier access through a council-controlled gateway that records sessions and commands.", "Keep those records outside the supplier's control; include audit rights in the contract."],
        references: [Reference(system: "ncsc", id: "CP-10", title: "Designing your monitoring"), Reference(system: "ncsc", id: "CP-11", title: "Managing privileges"), Reference(system: "ncsc", id: "CP-12", title: "Managing the supply chain"), Reference(system: "iec62443", id: "FR6", title: "Timely response to events"), Reference(system: "cwe", id: "CWE-778", title: nil)],
        ask: "What record is kept of what your engineers do during a remote session, and who holds it?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "contractor a; plc b; a -> b [remote-admin]\n", line: 1254), RuleExample(on: "b->c", model: "contractor a\nremote-access b\nboundary z {\n  vms c\n}\na -> b [remote-admin]\nb -> c [remote-admin]\n", line: 1256)],
          quiet: [RuleExample(on: "b->c", model: "contractor a\nremote-access b [session-recording]\nboundary z {\n  vms c\n}\na -> b [remote-admin]\nb -> c [remote-admin]\n", line: 1266), RuleExample(on: "a->b", model: "contractor a; plc b [session-recording]; a -> b [remote-admin]\n", line: 1275)])),
    ]
  }

  private static func rules4() -> [ThreatRule] {
    [
      ThreatRule(
        id: "SCP-R-004", title: "Logs that an intruder can erase",
        stride: [.repudiation, .tampering], target: .element,
        condition: .all([.member(.path(Path(.element, "category")), [.symbol("process"), .symbol("device"), .symbol("store")], negated: false), .truth(.path(Path(.element, "logging"))), .not(.truth(.path(Path(.element, "log-protected"))))]),
        conditionText: "category in [process, device, store] and element.logging and not element.log-protected", severity: .low,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.element, "handles-safety"))), .truth(.path(Path(.element, "reachable-from-internet")))]), conditionText: "element.handles-safety or element.reachable-from-internet", to: .medium),
        ],
        description: "Logs kept only on the system they describe can be wiped or edited by whoever compromises that system.",
        mitigations: ["Ship logs promptly to a separate collector with restricted write access.", "Alert when a source stops sending logs."],
        references: [Reference(system: "ncsc", id: "CP-10", title: "Designing your monitoring"), Reference(system: "iec62443", id: "FR6", title: "Timely response to events"), Reference(system: "capec", id: "CAPEC-268", title: nil), Reference(system: "capec", id: "CAPEC-93", title: nil)],
        ask: "Where do the logs go, and could an administrator of this system delete them?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "service x [logging]\n", line: 1294)],
          quiet: [RuleExample(on: "x", model: "service x [logging, log-protected]\n", line: 1297)])),
      ThreatRule(
        id: "SCP-R-005", title: "Device records cannot be proven to come from the device",
        stride: [.repudiation], target: .flow,
        condition: .all([.compare(.path(Path(.source, "category")), .equal, .literal(.symbol("device"))), .truth(.path(Path(.flow, "evidential"))), .not(.truth(.path(Path(.flow, "signed"))))]),
        conditionText: "source.category == device and flow.evidential and not flow.signed", severity: .medium,
        raises: [],
        description: "With symmetric keys the receiver could have produced the same message, so a disputed reading (a plate read, a parking event, energy delivered) cannot be proven to originate from the device; the playbook contrasts this with digital signatures.",
        mitigations: ["Have the device sign evidential records with a private key held in a secure element, including time and sequence.", "Keep the verification material with the record."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "iec62443", id: "FR3", title: "System integrity"), Reference(system: "cwe", id: "CWE-345", title: nil), Reference(system: "other", id: "playbook-stride", title: "DSIT Secure Connected Places Playbook: Conducting a STRIDE-based threat analysis")],
        ask: "If a driver disputes a record, how would we prove that this device produced it, unaltered?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "data r [evidential]\nanpr-camera a; anpr-system b\na -> b [data: [r]]\n", line: 1314)],
          quiet: [RuleExample(on: "a->b", model: "data r [evidential]\nanpr-camera a; anpr-system b\na -> b [data: [r], signed]\n", line: 1319)])),
      ThreatRule(
        id: "SCP-R-006", title: "Citizen transactions cannot be evidenced",
        stride: [.repudiation], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("process"))), .any([.truth(.path(Path(.element, "payments"))), .truth(.path(Path(.element, "bookings")))]), .not(.truth(.path(Path(.element, "logging"))))]),
        conditionText: "category == process and (element.payments or element.bookings) and not element.logging", severity: .low,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "payments"))), conditionText: "element.payments", to: .medium),
        ],
        description: "Bookings, charging sessions and payments without a reliable transaction record leave the council unable to resolve disputes or detect fraud.",
        mitigations: ["Keep tamper-evident transaction records (who, what, when, which device) and issue receipts.", "Reconcile regularly with the payment provider."],
        references: [Reference(system: "ncsc", id: "CP-10", title: "Designing your monitoring"), Reference(system: "cwe", id: "CWE-778", title: nil), Reference(system: "other", id: "playbook-stride", title: "DSIT Secure Connected Places Playbook: Conducting a STRIDE-based threat analysis")],
        ask: "What record of each booking or payment is kept, and for how long?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "service x [bookings]\n", line: 1340)],
          quiet: [RuleExample(on: "x", model: "service x [bookings, logging]\n", line: 1343)])),
      ThreatRule(
        id: "SCP-R-007", title: "Unsynchronised clocks break event correlation",
        stride: [.repudiation], target: .element,
        condition: .all([.member(.path(Path(.element, "category")), [.symbol("process"), .symbol("device")], negated: false), .truth(.path(Path(.element, "logging"))), .not(.truth(.path(Path(.element, "time-synced"))))]),
        conditionText: "category in [process, device] and element.logging and not element.time-synced", severity: .low,
        raises: [],
        description: "Events stamped by clocks that drift cannot be lined up across devices, platforms and suppliers during an investigation.",
        mitigations: ["Synchronise all clocks from an authenticated source (NTS or trusted NTP) and log in UTC."],
        references: [Reference(system: "ncsc", id: "CP-10", title: "Designing your monitoring"), Reference(system: "ncsc", id: "CP-14", title: "Managing incidents and planning your response and recovery"), Reference(system: "iec62443", id: "FR6", title: "Timely response to events")],
        ask: "Where do the devices and servers get their time from?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "sensor x [logging]\n", line: 1359)],
          quiet: [RuleExample(on: "x", model: "sensor x [logging, time-synced]\n", line: 1362)])),
      ThreatRule(
        id: "SCP-R-008", title: "Intrusions go unnoticed",
        stride: [.repudiation], target: .element,
        condition: .all([.member(.path(Path(.element, "category")), [.symbol("process"), .symbol("device")], negated: false), .any([.truth(.path(Path(.element, "reachable-from-internet"))), .truth(.path(Path(.element, "handles-safety"))), .truth(.path(Path(.element, "issues-commands")))]), .not(.truth(.path(Path(.element, "monitored"))))]),
        conditionText: "category in [process, device] and (element.reachable-from-internet or element.handles-safety or element.issues-commands) and not element.monitored", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "handles-safety"))), conditionText: "element.handles-safety", to: .high),
        ],
        description: "If nobody watches security events and device telemetry, a compromised internet-facing or command-issuing system can stay compromised for months.",
        mitigations: ["Feed logs and telemetry to a SOC or SIEM with connected-places use cases (new devices, unusual command volumes, logins from new places).", "Agree who responds, including the supplier, and how fast."],
        references: [Reference(system: "ncsc", id: "CP-10", title: "Designing your monitoring"), Reference(system: "ncsc", id: "CP-14", title: "Managing incidents and planning your response and recovery"), Reference(system: "etsi", id: "5.10-1", title: "Examine telemetry for security anomalies"), Reference(system: "owasp-iot", id: "I8", title: "Lack of device management"), Reference(system: "iec62443", id: "FR6", title: "Timely response to events"), Reference(system: "nist8259a", id: "state-awareness", title: "Cybersecurity state awareness")],
        ask: "Who watches this system for signs of attack, and how would they tell us?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "service x [internet-facing]\n", line: 1381)],
          quiet: [RuleExample(on: "x", model: "service x [internet-facing, monitored]\n", line: 1384)])),
      ThreatRule(
        id: "SCP-R-009", title: "Origin of platform data cannot be shown",
        stride: [.repudiation], target: .element,
        condition: .all([.member(.path(Path(.element, "kind")), [.symbol("data-platform"), .symbol("data-lake")], negated: false), .not(.truth(.path(Path(.element, "provenance"))))]),
        conditionText: "kind in [data-platform, data-lake] and not element.provenance", severity: .low,
        raises: [],
        description: "When data from many suppliers and sensors is merged without records of source and processing, nobody can show where a published figure came from or spot injected data.",
        mitigations: ["Record source, ingestion time and transformations for every dataset; checksum inputs.", "Publish provenance alongside open data."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data")],
        ask: "For any figure on the dashboard, can we trace which sources and processing produced it?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "data-platform x\n", line: 1401)],
          quiet: [RuleExample(on: "x", model: "data-platform x [provenance]\n", line: 1404)])),
      ThreatRule(
        id: "SCP-I-001", title: "Sensitive data or secrets sent unencrypted",
        stride: [.informationDisclosure], target: .flow,
        condition: .all([.any([.truth(.path(Path(.flow, "personal"))), .truth(.path(Path(.flow, "confidential"))), .truth(.path(Path(.flow, "credentials"))), .truth(.path(Path(.flow, "remote-admin")))]), .compare(.path(Path(.flow, "medium")), .notEqual, .literal(.symbol("local"))), .not(.truth(.path(Path(.flow, "encrypted"))))]),
        conditionText: "(flow.personal or flow.confidential or flow.credentials or flow.remote-admin) and flow.medium != local and not flow.encrypted", severity: .high,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.flow, "special"))), conditionText: "flow.special", to: .critical),
        ],
        description: "Personal data, confidential data, passwords or maintenance sessions sent in clear can be read by anyone with access to the path.",
        mitigations: ["Encrypt in transit (TLS 1.2 or later, DTLS, or an authenticated VPN).", "Minimise the fields sent; never put secrets in URLs."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "etsi", id: "5.8-1", title: "Personal data in transit protected with best-practice cryptography"), Reference(system: "etsi", id: "5.8-2", title: "Sensitive personal data in transit protected"), Reference(system: "etsi", id: "5.5-6", title: "Critical security parameters encrypted in transit"), Reference(system: "owasp-iot", id: "I7", title: "Insecure data transfer and storage"), Reference(system: "iec62443", id: "FR4", title: "Data confidentiality"), Reference(system: "cwe", id: "CWE-319", title: nil), Reference(system: "capec", id: "CAPEC-157", title: nil)],
        ask: "Is every leg of this flow encrypted, including inside your own network?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "data p [classification: personal]\nweb-app a; database b\na -> b [data: [p]]\n", line: 1424)],
          quiet: [RuleExample(on: "a->b", model: "data p [classification: personal]\nweb-app a; database b\na -> b [data: [p], tls]\n", line: 1429)])),
      ThreatRule(
        id: "SCP-I-002", title: "Eavesdropping on field radio links",
        stride: [.informationDisclosure], target: .flow,
        condition: .all([.truth(.path(Path(.flow, "over-radio"))), .not(.truth(.path(Path(.flow, "encrypted"))))]),
        conditionText: "flow.over-radio and not flow.encrypted", severity: .low,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.flow, "command"))), .truth(.path(Path(.flow, "location"))), .truth(.path(Path(.flow, "identifiers")))]), conditionText: "flow.command or flow.location or flow.identifiers", to: .medium),
        ],
        description: "Someone nearby with an inexpensive receiver can read unencrypted telemetry or commands and may work out what or whom they concern (the playbook's nearby-observer example).",
        mitigations: ["Encrypt at link or application layer (LoRaWAN AppSKey, DTLS or OSCORE over NB-IoT).", "Keep identifiers out of payloads."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "etsi", id: "5.5-1", title: "Communicate using best-practice cryptography"), Reference(system: "owasp-iot", id: "I7", title: "Insecure data transfer and storage"), Reference(system: "cwe", id: "CWE-319", title: nil), Reference(system: "capec", id: "CAPEC-651", title: nil), Reference(system: "other", id: "playbook-stride", title: "DSIT Secure Connected Places Playbook: Conducting a STRIDE-based threat analysis")],
        ask: "Could someone standing near a device read what it sends?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "sensor a; gateway b; a -> b [medium: radio]\n", line: 1450)],
          quiet: [RuleExample(on: "a->b", model: "sensor a; gateway b; a -> b [protocol: lorawan]\n", line: 1453)])),
      ThreatRule(
        id: "SCP-I-003", title: "Keys extracted from a captured unit",
        stride: [.informationDisclosure, .spoofing], target: .element,
        condition: .all([.any([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .member(.path(Path(.element, "kind")), [.symbol("gateway"), .symbol("edge")], negated: false)]), .member(.path(Path(.element, "exposure")), [.symbol("public"), .symbol("restricted")], negated: false), .not(.truth(.path(Path(.element, "secure-element"))))]),
        conditionText: "(category == device or kind in [gateway, edge]) and element.exposure in [public, restricted] and not element.secure-element", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .not(.truth(.path(Path(.element, "per-device-keys")))), conditionText: "not element.per-device-keys", to: .high),
        ],
        description: "Keys kept in ordinary flash can be read from a removed or stolen unit with commodity tools and used to decrypt traffic or clone the device.",
        mitigations: ["Hold keys in a secure element or TPM.", "Use per-device keys and revoke those of lost or stolen units."],
        references: [Reference(system: "etsi", id: "5.4-1", title: "Sensitive security parameters stored securely"), Reference(system: "etsi", id: "5.4-2", title: "Hard-coded per-device identity resists tampering"), Reference(system: "owasp-iot", id: "I7", title: "Insecure data transfer and storage"), Reference(system: "owasp-iot", id: "I10", title: "Lack of physical hardening"), Reference(system: "cwe", id: "CWE-312", title: nil), Reference(system: "cwe", id: "CWE-321", title: nil), Reference(system: "capec", id: "CAPEC-37", title: nil), Reference(system: "nist8259a", id: "data-protection", title: "Data protection")],
        ask: "Where on the unit are keys stored, and what would someone with the unit on a bench be able to read?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "gateway x [exposure: restricted]\n", line: 1472)],
          quiet: [RuleExample(on: "x", model: "gateway x [exposure: restricted, secure-element]\n", line: 1475)])),
      ThreatRule(
        id: "SCP-I-004", title: "Personal data stored unencrypted",
        stride: [.informationDisclosure], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("store"))), .truth(.path(Path(.element, "handles-personal"))), .not(.truth(.path(Path(.element, "encrypted-at-rest"))))]),
        conditionText: "category == store and element.handles-personal and not element.encrypted-at-rest", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "handles-special"))), conditionText: "element.handles-special", to: .high),
        ],
        description: "Stores holding citizens' data without encryption expose it through stolen disks, leaked backups or misconfigured buckets.",
        mitigations: ["Encrypt at rest with managed keys; keep backups encrypted too.", "Restrict and log access to the store."],
        references: [Reference(system: "ncsc", id: "CP-5", title: "Understanding legal and regulatory requirements"), Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "owasp-iot", id: "I6", title: "Insufficient privacy protection"), Reference(system: "owasp-iot", id: "I7", title: "Insecure data transfer and storage"), Reference(system: "iec62443", id: "FR4", title: "Data confidentiality"), Reference(system: "cwe", id: "CWE-311", title: nil), Reference(system: "cwe", id: "CWE-312", title: nil), Reference(system: "other", id: "uk-gdpr", title: "UK GDPR and Data Protection Act 2018")],
        ask: "Is stored personal data encrypted, and who holds the keys?",
        linddun: .dataDisclosure,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "data p [classification: personal]\nservice a; database x\na -> x [data: [p]]\n", line: 1495)],
          quiet: [RuleExample(on: "x", model: "data p [classification: personal]\nservice a; database x [encrypted-at-rest]\na -> x [data: [p]]\n", line: 1500)])),
    ]
  }

  private static func rules5() -> [ThreatRule] {
    [
      ThreatRule(
        id: "SCP-I-005", title: "No retention limit on personal or location data",
        stride: [.informationDisclosure], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("store"))), .any([.truth(.path(Path(.element, "handles-personal"))), .truth(.path(Path(.element, "handles-location")))]), .known(Path(.element, "retention-days"), negated: true)]),
        conditionText: "category == store and (element.handles-personal or element.handles-location) and element.retention-days is unknown", severity: .medium,
        raises: [],
        description: "Plate reads, device identifiers, fault reports and footage pile up indefinitely unless a period is set and enforced, enlarging any breach and breaching storage limitation.",
        mitigations: ["Set a retention period per dataset tied to its purpose and delete automatically.", "Record the period in the DPIA and records of processing."],
        references: [Reference(system: "ncsc", id: "CP-5", title: "Understanding legal and regulatory requirements"), Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "etsi", id: "6-4", title: "Telemetry personal data kept to the minimum necessary"), Reference(system: "owasp-iot", id: "I6", title: "Insufficient privacy protection"), Reference(system: "other", id: "uk-gdpr", title: "UK GDPR and Data Protection Act 2018")],
        ask: "How long is this data kept, and what deletes it?",
        linddun: .nonCompliance,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "data p [location]\nservice a; database x\na -> x [data: [p]]\n", line: 1520)],
          quiet: [RuleExample(on: "x", model: "data p [location]\nservice a; database x [retention-days: 30]\na -> x [data: [p]]\n", line: 1525)])),
      ThreatRule(
        id: "SCP-I-006", title: "People re-identified from published data",
        stride: [.informationDisclosure], target: .flow,
        condition: .all([.any([.kindIs(Path(.target, "kind"), "data-consumer", negated: false), .kindIs(Path(.target, "kind"), "open-data-portal", negated: false), .all([.compare(.path(Path(.target, "audience")), .equal, .literal(.symbol("public"))), .truth(.path(Path(.flow, "open")))])]), .any([.truth(.path(Path(.flow, "personal"))), .truth(.path(Path(.flow, "location"))), .truth(.path(Path(.flow, "identifiers")))]), .not(.truth(.path(Path(.flow, "anonymised"))))]),
        conditionText: "(target.kind is data-consumer or target.kind is open-data-portal or (target.audience == public and flow.open)) and (flow.personal or flow.location or flow.identifiers) and not flow.anonymised", severity: .high,
        raises: [],
        description: "Fine-grained locations, time-stamped counts or pseudonymous identifiers in open data or public APIs can be combined with other sources to single out individuals and their routines.",
        mitigations: ["Aggregate in space and time, suppress small counts and drop persistent identifiers before publishing.", "Assess re-identification risk (a motivated-intruder test) and record it in the DPIA."],
        references: [Reference(system: "ncsc", id: "CP-5", title: "Understanding legal and regulatory requirements"), Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "owasp-iot", id: "I6", title: "Insufficient privacy protection"), Reference(system: "cwe", id: "CWE-359", title: nil), Reference(system: "cwe", id: "CWE-202", title: nil), Reference(system: "other", id: "uk-gdpr", title: "UK GDPR and Data Protection Act 2018")],
        ask: "Could someone combine this published data with other sources to identify or follow a person?",
        linddun: .identifying,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "data p [classification: personal]\ndata-platform a; data-consumer b\na -> b [data: [p]]\n", line: 1545)],
          quiet: [RuleExample(on: "a->b", model: "data p [classification: personal, anonymisation: aggregated]\ndata-platform a; data-consumer b\na -> b [data: [p]]\n", line: 1550)])),
      ThreatRule(
        id: "SCP-I-007", title: "One citizen can read another's records",
        stride: [.informationDisclosure, .elevationOfPrivilege], target: .element,
        condition: .all([.kindIs(Path(.element, "kind"), "service", negated: false), .truth(.path(Path(.element, "serves-citizens"))), .truth(.path(Path(.element, "handles-personal"))), .not(.truth(.path(Path(.element, "least-privilege"))))]),
        conditionText: "kind is service and element.serves-citizens and element.handles-personal and not element.least-privilege", severity: .high,
        raises: [],
        description: "Citizen apps and APIs that fetch records by identifier without checking ownership let one user page through other people's reports, bookings or vehicle details.",
        mitigations: ["Authorise every object access on the server against the caller.", "Test for insecure direct object references before release."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "owasp-iot", id: "I3", title: "Insecure ecosystem interfaces"), Reference(system: "cwe", id: "CWE-639", title: nil), Reference(system: "cwe", id: "CWE-862", title: nil), Reference(system: "capec", id: "CAPEC-1", title: nil)],
        ask: "If a logged-in user changes the record number in a request, what stops them seeing someone else's record?",
        linddun: .dataDisclosure,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "data p [classification: personal]\ncitizen u; web-app x\nu -> x [data: [p]]\n", line: 1570)],
          quiet: [RuleExample(on: "x", model: "data p [classification: personal]\ncitizen u; web-app x [least-privilege]\nu -> x [data: [p]]\n", line: 1575)])),
      ThreatRule(
        id: "SCP-I-008", title: "Cameras or video systems reachable from the internet",
        stride: [.informationDisclosure, .elevationOfPrivilege], target: .element,
        condition: .all([.any([.kindIs(Path(.element, "kind"), "camera", negated: false), .kindIs(Path(.element, "kind"), "vms", negated: false)]), .truth(.path(Path(.element, "reachable-from-internet")))]),
        conditionText: "(kind is camera or kind is vms) and element.reachable-from-internet", severity: .high,
        raises: [],
        description: "Cameras, recorders and video management interfaces open to the internet are found quickly by scanners, and a weak login or old firmware then exposes live views of public spaces and a foothold in the network.",
        mitigations: ["Never expose them directly: reach them only through the council's remote-access gateway.", "Disable UPnP and peer-to-peer cloud features; ship and keep a secure-by-default configuration."],
        references: [Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "owasp-iot", id: "I2", title: "Insecure network services"), Reference(system: "owasp-iot", id: "I9", title: "Insecure default settings"), Reference(system: "cwe", id: "CWE-668", title: nil), Reference(system: "other", id: "scc-secure-default", title: "Surveillance Camera Commissioner: secure by default requirements for video surveillance manufacturers")],
        ask: "Can any camera, recorder or video interface be reached from the internet, directly or through a vendor cloud?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "camera x [internet-facing]\n", line: 1594)],
          quiet: [RuleExample(on: "x", model: "camera x [internet-facing: false]\n", line: 1597)])),
      ThreatRule(
        id: "SCP-I-009", title: "Data or control leaks between tenants of a shared platform",
        stride: [.informationDisclosure, .elevationOfPrivilege], target: .element,
        condition: .all([.truth(.path(Path(.element, "multi-tenant"))), .any([.truth(.path(Path(.element, "handles-personal"))), .truth(.path(Path(.element, "handles-safety"))), .truth(.path(Path(.element, "issues-commands")))])]),
        conditionText: "element.multi-tenant and (element.handles-personal or element.handles-safety or element.issues-commands)", severity: .medium,
        raises: [],
        description: "A supplier cloud that hosts many councils on shared infrastructure can leak data or control across customers through authorisation flaws or support tooling.",
        mitigations: ["Ask for evidence of tenant isolation (test reports, certification) and per-tenant keys.", "Limit and log supplier support access per tenant."],
        references: [Reference(system: "ncsc", id: "CP-4", title: "Understanding the role of suppliers"), Reference(system: "ncsc", id: "CP-12", title: "Managing the supply chain"), Reference(system: "owasp-iot", id: "I3", title: "Insecure ecosystem interfaces"), Reference(system: "cwe", id: "CWE-668", title: nil)],
        ask: "How are our data and devices kept apart from your other customers', and how was that tested?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "service x [multi-tenant, safety-critical]\n", line: 1614)],
          quiet: [RuleExample(on: "x", model: "service x [multi-tenant: false, safety-critical]\n", line: 1617)])),
      ThreatRule(
        id: "SCP-I-010", title: "Where personal data is processed is not established",
        stride: [.informationDisclosure], target: .element,
        condition: .all([.any([.kindIs(Path(.element, "kind"), "service", negated: false), .kindIs(Path(.element, "kind"), "controller", negated: false), .compare(.path(Path(.element, "category")), .equal, .literal(.symbol("store")))]), .truth(.path(Path(.element, "handles-personal"))), .not(.truth(.path(Path(.element, "on-owner-premises")))), .compare(.path(Path(.element, "data-location")), .notEqual, .literal(.symbol("uk")))]),
        conditionText: "(kind is service or kind is controller or category == store) and element.handles-personal and not element.on-owner-premises and element.data-location != uk", severity: .low,
        raises: [
          ThreatRule.Raise(condition: .known(Path(.element, "data-location"), negated: false), conditionText: "element.data-location is known", to: .medium),
        ],
        description: "Processing outside the UK needs a lawful transfer basis, and an unknown hosting, support or backup location makes that impossible to show.",
        mitigations: ["Require suppliers to state processing, support and backup locations.", "Complete a transfer risk assessment and put safeguards in the contract."],
        references: [Reference(system: "ncsc", id: "CP-5", title: "Understanding legal and regulatory requirements"), Reference(system: "ncsc", id: "CP-12", title: "Managing the supply chain"), Reference(system: "other", id: "uk-gdpr", title: "UK GDPR and Data Protection Act 2018")],
        ask: "In which countries is this data stored, processed, supported and backed up?",
        linddun: .nonCompliance,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "data p [classification: personal]\ncitizen u; service x\nu -> x [data: [p]]\n", line: 1637)],
          quiet: [RuleExample(on: "x", model: "data p [classification: personal]\ncitizen u; service x [data-location: uk]\nu -> x [data: [p]]\n", line: 1642)])),
      ThreatRule(
        id: "SCP-I-011", title: "Personal data passed to another organisation without agreed terms",
        stride: [.informationDisclosure], target: .flow,
        condition: .all([.truth(.path(Path(.flow, "personal"))), .not(.truth(.path(Path(.flow, "sharing-agreement")))), .not(.truth(.path(Path(.flow, "user-session")))), .kindIs(Path(.source, "kind"), "mobile-app", negated: true), .kindIs(Path(.target, "kind"), "mobile-app", negated: true), .kindIs(Path(.target, "kind"), "citizen", negated: true), .any([.truth(.path(Path(.flow, "leaves-owner"))), .all([.truth(.path(Path(.flow, "crosses-org"))), .member(.path(Path(.source, "category")), [.symbol("process"), .symbol("store")], negated: false), .kindIs(Path(.target, "kind"), "user", negated: true)])])]),
        conditionText: "flow.personal and not flow.sharing-agreement and not flow.user-session and source.kind is not mobile-app and target.kind is not mobile-app and target.kind is not citizen and (flow.leaves-owner or (flow.crosses-org and source.category in [process, store] and target.kind is not user))", severity: .medium,
        raises: [],
        description: "Citizen data sent to a supplier, partner or platform operator outside the council without an agreement on purpose, security, retention and onward sharing.",
        mitigations: ["Put a processing or data sharing agreement in place before the flow starts.", "Send only the fields needed; record the flow in the records of processing."],
        references: [Reference(system: "ncsc", id: "CP-5", title: "Understanding legal and regulatory requirements"), Reference(system: "ncsc", id: "CP-12", title: "Managing the supply chain"), Reference(system: "owasp-iot", id: "I6", title: "Insufficient privacy protection"), Reference(system: "other", id: "uk-gdpr", title: "UK GDPR and Data Protection Act 2018")],
        ask: "What agreement covers this transfer, and what may the recipient do with the data?",
        linddun: .dataDisclosure,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "data p [classification: personal]\nboundary c [owner: \"Council\"] {\n  service a\n}\nboundary v [owner: \"Vendor\"] {\n  service b\n}\na -> b [data: [p]]\n", line: 1662)],
          quiet: [RuleExample(on: "a->b", model: "data p [classification: personal]\nboundary c [owner: \"Council\"] {\n  service a\n}\nboundary v [owner: \"Vendor\"] {\n  service b\n}\na -> b [data: [p], sharing-agreement]\n", line: 1672)])),
      ThreatRule(
        id: "SCP-I-012", title: "Street sensing collects personal data about passers-by",
        stride: [.informationDisclosure], target: .element,
        condition: .all([.kindIs(Path(.element, "kind"), "sensor", negated: false), .any([.truth(.path(Path(.element, "handles-identifiers"))), .truth(.path(Path(.element, "handles-personal")))])]),
        conditionText: "kind is sensor and (element.handles-identifiers or element.handles-personal)", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .not(.truth(.path(Path(.element, "dpia")))), conditionText: "not element.dpia", to: .high),
        ],
        description: "Wi-Fi or Bluetooth counters, cameras, ANPR and some parking sensors capture MAC addresses, number plates or faces of people who never chose to interact with the service.",
        mitigations: ["Minimise at the edge: count without keeping raw identifiers, or hash them with a rotating salt.", "Carry out a DPIA, put up signage and keep retention short."],
        references: [Reference(system: "ncsc", id: "CP-5", title: "Understanding legal and regulatory requirements"), Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "etsi", id: "5.8-3", title: "External sensing capabilities documented"), Reference(system: "etsi", id: "6-1", title: "Transparent information on personal data processing"), Reference(system: "owasp-iot", id: "I6", title: "Insufficient privacy protection"), Reference(system: "cwe", id: "CWE-359", title: nil), Reference(system: "other", id: "uk-gdpr", title: "UK GDPR and Data Protection Act 2018")],
        ask: "What identifiers does the device capture, and are they ever stored or sent in raw form?",
        linddun: .detecting,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "data m [identifiers]\npeople-counter x; service s\nx -> s [data: [m]]\n", line: 1699)],
          quiet: [RuleExample(on: "x", model: "data m [identifiers: false]\npeople-counter x; service s\nx -> s [data: [m]]\n", line: 1704)])),
      ThreatRule(
        id: "SCP-I-013", title: "Secrets built into distributed apps",
        stride: [.informationDisclosure], target: .element,
        condition: .any([.all([.kindIs(Path(.element, "kind"), "mobile-app", negated: false), .compare(.path(Path(.element, "audience")), .notEqual, .literal(.symbol("internal"))), .truth(.path(Path(.element, "hardcoded-secrets")))]), .all([.kindIs(Path(.element, "kind"), "web-app", negated: false), .known(Path(.element, "hardcoded-secrets"), negated: false), .truth(.path(Path(.element, "hardcoded-secrets")))])]),
        conditionText: "(kind is mobile-app and element.audience != internal and element.hardcoded-secrets) or (kind is web-app and element.hardcoded-secrets is known and element.hardcoded-secrets)", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "issues-commands"))), conditionText: "element.issues-commands", to: .high),
        ],
        description: "API keys, platform credentials or signing keys compiled into a citizen app or web front end can be extracted by anyone who downloads it.",
        mitigations: ["Keep long-lived secrets out of clients; issue short-lived per-user tokens from the back end.", "Scan builds for secrets and rotate anything exposed."],
        references: [Reference(system: "etsi", id: "5.4-3", title: "No hard-coded critical security parameters in source code"), Reference(system: "owasp-iot", id: "I3", title: "Insecure ecosystem interfaces"), Reference(system: "cwe", id: "CWE-798", title: nil), Reference(system: "cwe", id: "CWE-540", title: nil), Reference(system: "capec", id: "CAPEC-191", title: nil)],
        ask: "Does the app contain any key or password that is the same for every user?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "mobile-app x\n", line: 1725)],
          quiet: [RuleExample(on: "x", model: "mobile-app x [hardcoded-secrets: false]\n", line: 1728)])),
      ThreatRule(
        id: "SCP-I-014", title: "Supplier staff can see citizens' data",
        stride: [.informationDisclosure], target: .element,
        condition: .all([.any([.kindIs(Path(.element, "kind"), "service", negated: false), .compare(.path(Path(.element, "category")), .equal, .literal(.symbol("store")))]), .truth(.path(Path(.element, "vendor-managed"))), .truth(.path(Path(.element, "handles-personal"))), .not(.truth(.path(Path(.element, "supplier-assured"))))]),
        conditionText: "(kind is service or category == store) and element.vendor-managed and element.handles-personal and not element.supplier-assured", severity: .medium,
        raises: [],
        description: "Engineers and support desks of a supplier-run service often have broad console or database access to personal data for troubleshooting.",
        mitigations: ["Limit supplier access to personal data by contract and technically, with approval per task and logging.", "Pseudonymise data the supplier does not need to see."],
        references: [Reference(system: "ncsc", id: "CP-4", title: "Understanding the role of suppliers"), Reference(system: "ncsc", id: "CP-11", title: "Managing privileges"), Reference(system: "ncsc", id: "CP-12", title: "Managing the supply chain"), Reference(system: "other", id: "uk-gdpr", title: "UK GDPR and Data Protection Act 2018")],
        ask: "Which of your staff can see our residents' data, and how is their access approved and logged?",
        linddun: .dataDisclosure,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "data p [classification: personal]\ncitizen u; service x [vendor-managed]\nu -> x [data: [p]]\n", line: 1746)],
          quiet: [RuleExample(on: "x", model: "data p [classification: personal]\ncitizen u; service x [vendor-managed, supplier-assured]\nu -> x [data: [p]]\n", line: 1751)])),
    ]
  }

  private static func rules6() -> [ThreatRule] {
    [
      ThreatRule(
        id: "SCP-I-015", title: "Fleet keys held without hardened key management",
        stride: [.informationDisclosure, .spoofing], target: .element,
        condition: .all([.member(.path(Path(.element, "kind")), [.symbol("network-server"), .symbol("iot-platform"), .symbol("update-service"), .symbol("cpms")], negated: false), .not(.truth(.path(Path(.element, "secrets-managed"))))]),
        conditionText: "kind in [network-server, iot-platform, update-service, cpms] and not element.secrets-managed", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.element, "issues-commands"))), .truth(.path(Path(.element, "issues-firmware")))]), conditionText: "element.issues-commands or element.issues-firmware", to: .high),
        ],
        description: "Join and application servers, IoT platforms and update services hold root, session and signing keys for the whole fleet, so one database dump or leaked backup exposes them all.",
        mitigations: ["Keep keys in an HSM or KMS and wrap key tables with key-encryption keys.", "Separate the join server from the application side; rotate keys and restrict backups."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "etsi", id: "5.5-8", title: "Secure management processes for critical security parameters"), Reference(system: "iec62443", id: "FR4", title: "Data confidentiality"), Reference(system: "cwe", id: "CWE-312", title: nil), Reference(system: "cwe", id: "CWE-522", title: nil), Reference(system: "capec", id: "CAPEC-37", title: nil)],
        ask: "Where are our devices' keys stored in your platform, and who or what can read them?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "network-server x\n", line: 1772)],
          quiet: [RuleExample(on: "x", model: "network-server x [secrets-managed]\n", line: 1775)])),
      ThreatRule(
        id: "SCP-I-016", title: "Authorised users misuse surveillance data",
        stride: [.informationDisclosure], target: .element,
        condition: .all([.member(.path(Path(.element, "kind")), [.symbol("vms"), .symbol("anpr-system"), .symbol("video-archive")], negated: false), .not(.all([.truth(.path(Path(.element, "logging"))), .truth(.path(Path(.element, "monitored")))]))]),
        conditionText: "kind in [vms, anpr-system, video-archive] and not (element.logging and element.monitored)", severity: .medium,
        raises: [],
        description: "Operators with legitimate access can search footage or plate reads to follow people for their own reasons, and without audited, reviewed searches this goes unseen.",
        mitigations: ["Tie each search to a recorded purpose and audit it.", "Review access regularly and alert on unusual search patterns."],
        references: [Reference(system: "ncsc", id: "CP-10", title: "Designing your monitoring"), Reference(system: "ncsc", id: "CP-11", title: "Managing privileges"), Reference(system: "other", id: "uk-gdpr", title: "UK GDPR and Data Protection Act 2018")],
        ask: "Is every search of footage or plate reads logged with a reason, and does anyone review those logs?",
        linddun: .dataDisclosure,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "vms x [logging]\n", line: 1793)],
          quiet: [RuleExample(on: "x", model: "vms x [logging, monitored]\n", line: 1796)])),
      ThreatRule(
        id: "SCP-I-017", title: "Keys and data left on decommissioned units",
        stride: [.informationDisclosure], target: .element,
        condition: .all([.any([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .member(.path(Path(.element, "kind")), [.symbol("gateway"), .symbol("edge")], negated: false)]), .not(.truth(.path(Path(.element, "secure-disposal"))))]),
        conditionText: "(category == device or kind in [gateway, edge]) and not element.secure-disposal", severity: .low,
        raises: [
          ThreatRule.Raise(condition: .not(.truth(.path(Path(.element, "per-device-keys")))), conditionText: "not element.per-device-keys", to: .medium),
        ],
        description: "Units removed for replacement, scrapped or returned to suppliers still hold keys, network credentials and cached data.",
        mitigations: ["Wipe and revoke credentials at decommissioning and record it in the asset register.", "Destroy storage where a wipe cannot be assured."],
        references: [Reference(system: "ncsc", id: "CP-13", title: "Managing your connected place throughout its lifecycle"), Reference(system: "etsi", id: "5.11-1", title: "Simple erasure of user data from the device"), Reference(system: "owasp-iot", id: "I8", title: "Lack of device management"), Reference(system: "cwe", id: "CWE-1266", title: nil)],
        ask: "What happens to keys and data on a unit when it is taken out of service?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "lighting-node x\n", line: 1815)],
          quiet: [RuleExample(on: "x", model: "lighting-node x [secure-disposal]\n", line: 1818)])),
      ThreatRule(
        id: "SCP-I-018", title: "Card payment data handled outside certified components",
        stride: [.informationDisclosure], target: .element,
        condition: .all([.member(.path(Path(.element, "category")), [.symbol("process"), .symbol("device")], negated: false), .kindIs(Path(.element, "kind"), "mobile-app", negated: true), .any([.truth(.path(Path(.element, "payments"))), .truth(.path(Path(.element, "handles-card-data")))]), .not(.truth(.path(Path(.element, "payment-certified"))))]),
        conditionText: "category in [process, device] and kind is not mobile-app and (element.payments or element.handles-card-data) and not element.payment-certified", severity: .medium,
        raises: [],
        description: "Chargers, parking machines and apps that take cards bring card data into scope, and outside certified components it can be skimmed or leaked.",
        mitigations: ["Use certified terminals and a payment provider with tokenisation so council systems never see card numbers.", "Obtain the supplier's PCI DSS attestation."],
        references: [Reference(system: "ncsc", id: "CP-5", title: "Understanding legal and regulatory requirements"), Reference(system: "cwe", id: "CWE-311", title: nil)],
        ask: "Which components see card numbers, and what certification do they hold?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "ev-charger x [payments]\n", line: 1835)],
          quiet: [RuleExample(on: "x", model: "ev-charger x [payments, payment-certified]\n", line: 1838)])),
      ThreatRule(
        id: "SCP-I-019", title: "Special-category data collected from the public without a DPIA",
        stride: [.informationDisclosure], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("process"))), .truth(.path(Path(.element, "serves-citizens"))), .truth(.path(Path(.element, "handles-special"))), .not(.truth(.path(Path(.element, "dpia"))))]),
        conditionText: "category == process and element.serves-citizens and element.handles-special and not element.dpia", severity: .high,
        raises: [],
        description: "Health, disability or other special-category data collected from residents needs an Article 9 condition and a data protection impact assessment before processing starts; without them its collection, sharing and retention are unchecked.",
        mitigations: ["Complete a DPIA that records the Article 9 condition, who sees the data and for how long.", "Collect only the needs responders act on, and let people update or withdraw them."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "other", id: "uk-gdpr", title: "UK GDPR and Data Protection Act 2018")],
        ask: "Which Article 9 condition covers the special-category data collected here, and where is the DPIA?",
        linddun: .nonCompliance,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "data needs \"Medical needs\" [classification: special-category]\ncitizen p\nweb-app x\np -> x [data: [needs]]\n", line: 1856)],
          quiet: [RuleExample(on: "x", model: "data needs \"Medical needs\" [classification: special-category]\ncitizen p\nweb-app x [dpia]\np -> x [data: [needs]]\n", line: 1862), RuleExample(on: "x", model: "data needs \"Medical needs\" [classification: special-category]\nstaff p\nweb-app x\np -> x [data: [needs]]\n", line: 1867)])),
      ThreatRule(
        id: "SCP-I-020", title: "Workers monitored through workplace systems without a DPIA",
        stride: [.informationDisclosure], target: .flow,
        condition: .all([.truth(.path(Path(.flow, "personal"))), .any([.truth(.path(Path(.flow, "location"))), .truth(.path(Path(.flow, "identifiers")))]), .truth(.path(Path(.source, "tracks-staff"))), .kindIs(Path(.target, "kind"), "staff", negated: false), .not(.any([.truth(.path(Path(.source, "dpia"))), .truth(.path(Path(.flow, "sharing-agreement")))]))]),
        conditionText: "flow.personal and (flow.location or flow.identifiers) and source.tracks-staff and target.kind is staff and not (source.dpia or flow.sharing-agreement)", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.flow, "location"))), conditionText: "flow.location", to: .high),
        ],
        description: "Records of where and when staff badge, sign in or are sensed are passed to managers or HR; used for conduct or performance this is worker monitoring, which needs a lawful basis, a policy staff know about, a DPIA and purpose limits (ICO employment guidance).",
        mitigations: ["Complete a DPIA for monitoring and tell staff what is monitored and why.", "Limit reports to named investigations with an approval and an audit trail."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "other", id: "uk-gdpr", title: "UK GDPR and Data Protection Act 2018")],
        ask: "For what purposes may badge or presence records be reported about individual staff, and who approves each report?",
        linddun: .unawareness,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "data events \"Badge events\" [classification: personal, location]\nstaff s\ndevice r\nservice a\nstaff b\ns -> r\nr -> a [data: [events]]\na -> b [data: [events]]\n", line: 1890)],
          quiet: [RuleExample(on: "a->b", model: "data events \"Badge events\" [classification: personal, location]\nstaff s\ndevice r\nservice a [dpia]\nstaff b\ns -> r\nr -> a [data: [events]]\na -> b [data: [events]]\n", line: 1900)])),
      ThreatRule(
        id: "SCP-I-021", title: "Surveillance system without a DPIA under the Surveillance Camera Code",
        stride: [.informationDisclosure], target: .element,
        condition: .all([.any([.kindIs(Path(.element, "kind"), "vms", negated: false), .kindIs(Path(.element, "kind"), "anpr-system", negated: false)]), .truth(.path(Path(.element, "receives-field-data"))), .truth(.path(Path(.element, "handles-personal"))), .not(.truth(.path(Path(.element, "dpia"))))]),
        conditionText: "(kind is vms or kind is anpr-system) and element.receives-field-data and element.handles-personal and not element.dpia", severity: .medium,
        raises: [],
        description: "CCTV and ANPR in public places need a documented purpose, a DPIA, retention limits and a way to answer subject access requests with third parties redacted (Surveillance Camera Code of Practice, ICO video surveillance guidance).",
        mitigations: ["Complete a DPIA and a Surveillance Camera Code self-assessment for the system.", "Set retention per purpose and a subject access and redaction procedure; log every disclosure."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "other", id: "uk-gdpr", title: "UK GDPR and Data Protection Act 2018"), Reference(system: "other", id: "sccop", title: "Surveillance Camera Code of Practice (Protection of Freedoms Act 2012)")],
        ask: "Where are the DPIA and the Code self-assessment for this system, and how are subject access requests redacted and disclosures logged?",
        linddun: .nonCompliance,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "data video \"Video\" [classification: personal]\ncamera c\nvms x\nc -> x [data: [video]]\n", line: 1925)],
          quiet: [RuleExample(on: "x", model: "data video \"Video\" [classification: personal]\ncamera c\nvms x [dpia]\nc -> x [data: [video]]\n", line: 1931)])),
      ThreatRule(
        id: "SCP-I-022", title: "Recorded footage or plate reads without a subject access and redaction process",
        stride: [.informationDisclosure], target: .element,
        condition: .all([.member(.path(Path(.element, "kind")), [.symbol("vms"), .symbol("anpr-system"), .symbol("video-archive")], negated: false), .truth(.path(Path(.element, "holds-surveillance"))), .not(.truth(.path(Path(.element, "subject-access"))))]),
        conditionText: "kind in [vms, anpr-system, video-archive] and element.holds-surveillance and not element.subject-access", severity: .medium,
        raises: [],
        description: "People filmed or whose plates are read may ask for their data; without a way to find their records, redact everyone else and log the disclosure, requests go unanswered within the month the law allows, or third parties' images are disclosed with them (UK GDPR Article 15, Surveillance Camera Code of Practice principle 6, ICO video surveillance guidance).",
        mitigations: ["Set a subject access procedure for the system: search by time, place or plate, redact third parties (blurring tools), answer within one month and log each disclosure.", "Test the procedure on a sample request before go-live."],
        references: [Reference(system: "ncsc", id: "CP-8", title: "Designing to protect data"), Reference(system: "other", id: "uk-gdpr", title: "UK GDPR and Data Protection Act 2018"), Reference(system: "other", id: "sccop", title: "Surveillance Camera Code of Practice (Protection of Freedoms Act 2012)")],
        ask: "How do you answer a subject access request from this system, redact other people and log the disclosure?",
        linddun: .unawareness,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "data video \"Video\" [classification: personal, type: video]\ncamera c\nvms x\nc -> x [data: [video]]\n", line: 1952), RuleExample(on: "x", model: "data reads \"Plate reads\" [classification: personal, type: telemetry, identifiers, location]\nanpr-camera c\nanpr-system x\nc -> x [data: [reads]]\n", line: 1957)],
          quiet: [RuleExample(on: "x", model: "data video \"Video\" [classification: personal, type: video]\ncamera c\nvms x [subject-access]\nc -> x [data: [video]]\n", line: 1963), RuleExample(on: "x", model: "data counts \"Counts\" [classification: public]\ncamera c\nvms x\nc -> x [data: [counts]]\n", line: 1968), RuleExample(on: "x", model: "data audit \"Operator audit trail\" [classification: personal, type: logs]\nstaff s\nvms x\ns -> x [data: [audit]]\n", line: 1973)])),
      ThreatRule(
        id: "SCP-D-001", title: "Radio jamming of the field network",
        stride: [.denialOfService], target: .flow,
        condition: .all([.truth(.path(Path(.flow, "over-radio"))), .any([.truth(.path(Path(.flow, "command"))), .truth(.path(Path(.flow, "safety"))), .truth(.path(Path(.target, "handles-safety"))), .compare(.path(Path(.source, "category")), .equal, .literal(.symbol("device")))])]),
        conditionText: "flow.over-radio and (flow.command or flow.safety or target.handles-safety or source.category == device)", severity: .low,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.flow, "command"))), .truth(.path(Path(.target, "handles-safety")))]), conditionText: "flow.command or target.handles-safety", to: .medium),
          ThreatRule.Raise(condition: .truth(.path(Path(.flow, "safety"))), conditionText: "flow.safety", to: .high),
        ],
        description: "Licence-exempt LPWAN, mesh and Wi-Fi links can be blocked with inexpensive jammers; the playbook asks how resilient the IoT network is to RF jamming.",
        mitigations: ["Detect jamming (loss-of-signal and noise-floor alarms).", "Make devices fall back to a safe local behaviour; give critical functions a second path (overlapping gateways, wired or cellular backup)."],
        references: [Reference(system: "ncsc", id: "CP-9", title: "Designing for resilience and scalability"), Reference(system: "etsi", id: "5.9-1", title: "Resilience to network and power outages"), Reference(system: "iec62443", id: "FR7", title: "Resource availability"), Reference(system: "capec", id: "CAPEC-601", title: nil), Reference(system: "capec", id: "CAPEC-604", title: nil), Reference(system: "capec", id: "CAPEC-605", title: nil), Reference(system: "other", id: "playbook-stride", title: "DSIT Secure Connected Places Playbook: Conducting a STRIDE-based threat analysis")],
        ask: "What happens to the service if the radio channel is jammed for an hour, and would anyone be alerted?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "sensor a; gateway b; a -> b [protocol: nb-iot]\n", line: 1997)],
          quiet: [RuleExample(on: "a->b", model: "sensor a; gateway b; a -> b [protocol: ethernet]\n", line: 2000)])),
      ThreatRule(
        id: "SCP-D-002", title: "Devices stop working when the back end is unreachable",
        stride: [.denialOfService], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .truth(.path(Path(.element, "receives-commands"))), .not(.truth(.path(Path(.element, "local-fallback"))))]),
        conditionText: "category == device and element.receives-commands and not element.local-fallback", severity: .low,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "handles-safety"))), conditionText: "element.handles-safety", to: .medium),
        ],
        description: "Devices that wait for cloud commands (lamps waiting to be switched on) stop doing their job during outages, jamming or supplier failure.",
        mitigations: ["Keep a local schedule, photocell or fixed plan and the last good configuration on the device.", "Test behaviour during a simulated outage before acceptance."],
        references: [Reference(system: "ncsc", id: "CP-9", title: "Designing for resilience and scalability"), Reference(system: "etsi", id: "5.9-2", title: "Remain locally functional on loss of network; recover cleanly"), Reference(system: "iec62443", id: "FR7", title: "Resource availability")],
        ask: "What does each device do if it loses contact with the platform for a day?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "cms c; lighting-node x; c -> x [command]\n", line: 2019)],
          quiet: [RuleExample(on: "x", model: "cms c; lighting-node x [local-fallback]; c -> x [command]\n", line: 2022)])),
    ]
  }

  private static func rules7() -> [ThreatRule] {
    [
      ThreatRule(
        id: "SCP-D-003", title: "No defined safe state for safety-relevant equipment",
        stride: [.denialOfService, .tampering], target: .element,
        condition: .all([.member(.path(Path(.element, "category")), [.symbol("device"), .symbol("process")], negated: false), .truth(.path(Path(.element, "safety-critical"))), .not(.truth(.path(Path(.element, "fail-safe"))))]),
        conditionText: "category in [device, process] and element.safety-critical and not element.fail-safe", severity: .high,
        raises: [],
        description: "Without a known safe fallback on fault, bad input or loss of control (lights to full, signals to a safe fixed plan or flashing, barriers open), a cyber incident becomes a physical hazard.",
        mitigations: ["Define and test fail-safe states enforced locally (for signals, a hardware conflict monitor).", "Reject commands outside safe bounds; include fail-safe tests in acceptance."],
        references: [Reference(system: "ncsc", id: "CP-1", title: "Understanding your connected place and the potential impacts"), Reference(system: "ncsc", id: "CP-9", title: "Designing for resilience and scalability"), Reference(system: "iec62443", id: "FR3", title: "System integrity"), Reference(system: "iec62443", id: "FR7", title: "Resource availability"), Reference(system: "cwe", id: "CWE-636", title: nil)],
        ask: "What is the safe state of this equipment, and what forces it into that state if control is lost or corrupted?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "traffic-signal-controller x [safety-critical]\n", line: 2039)],
          quiet: [RuleExample(on: "x", model: "traffic-signal-controller x [safety-critical, fail-safe]\n", line: 2042)])),
      ThreatRule(
        id: "SCP-D-004", title: "Internet-facing service flooded",
        stride: [.denialOfService], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("process"))), .truth(.path(Path(.element, "reachable-from-internet"))), .not(.truth(.path(Path(.element, "ddos-protection"))))]),
        conditionText: "category == process and element.reachable-from-internet and not element.ddos-protection", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.element, "issues-commands"))), .truth(.path(Path(.element, "handles-safety")))]), conditionText: "element.issues-commands or element.handles-safety", to: .high),
        ],
        description: "Floods against citizen apps, open-data APIs or cloud consoles can make them unavailable exactly when they are needed, for example during an emergency.",
        mitigations: ["Put DDoS protection or a CDN in front; autoscale within limits.", "Keep the control plane separate from public endpoints."],
        references: [Reference(system: "ncsc", id: "CP-9", title: "Designing for resilience and scalability"), Reference(system: "cwe", id: "CWE-400", title: nil), Reference(system: "capec", id: "CAPEC-125", title: nil), Reference(system: "capec", id: "CAPEC-488", title: nil)],
        ask: "How would the service cope with a flood of traffic, and would operators still be able to control devices during one?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "boundary net [type: internet] {\n  citizen u\n}\nweb-app x\nu -> x\n", line: 2061)],
          quiet: [RuleExample(on: "x", model: "boundary net [type: internet] {\n  citizen u\n}\nweb-app x [ddos-protection]\nu -> x\n", line: 2068)])),
      ThreatRule(
        id: "SCP-D-005", title: "Unthrottled clients exhaust an API",
        stride: [.denialOfService], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("process"))), .truth(.path(Path(.element, "reachable-from-internet"))), .not(.truth(.path(Path(.element, "rate-limited"))))]),
        conditionText: "category == process and element.reachable-from-internet and not element.rate-limited", severity: .low,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "serves-citizens"))), conditionText: "element.serves-citizens", to: .medium),
        ],
        description: "Scrapers, buggy integrations or abusive clients hitting an unthrottled API degrade it for everyone and can run up cloud costs.",
        mitigations: ["Set per-client quotas and rate limits; require keys for bulk use.", "Offer cached or bulk downloads for heavy users."],
        references: [Reference(system: "ncsc", id: "CP-9", title: "Designing for resilience and scalability"), Reference(system: "cwe", id: "CWE-770", title: nil), Reference(system: "capec", id: "CAPEC-130", title: nil)],
        ask: "What limits apply to a single client of the API?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "api x [internet-facing]\n", line: 2091)],
          quiet: [RuleExample(on: "x", model: "api x [internet-facing, rate-limited]\n", line: 2094)])),
      ThreatRule(
        id: "SCP-D-006", title: "Bookings hoarded to deny others",
        stride: [.denialOfService], target: .element,
        condition: .all([.truth(.path(Path(.element, "bookings"))), .not(.truth(.path(Path(.element, "rate-limited"))))]),
        conditionText: "element.bookings and not element.rate-limited", severity: .low,
        raises: [],
        description: "One user or script making many reservations for bays, chargers or slots can shut everyone else out (an example the playbook gives).",
        mitigations: ["Cap active bookings per account and per payment method; expire unused bookings.", "Detect automated booking patterns."],
        references: [Reference(system: "ncsc", id: "CP-9", title: "Designing for resilience and scalability"), Reference(system: "cwe", id: "CWE-799", title: nil), Reference(system: "other", id: "playbook-stride", title: "DSIT Secure Connected Places Playbook: Conducting a STRIDE-based threat analysis")],
        ask: "How many bookings can one person or script hold at once?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "web-app x [bookings]\n", line: 2111)],
          quiet: [RuleExample(on: "x", model: "web-app x [bookings, rate-limited]\n", line: 2114)])),
      ThreatRule(
        id: "SCP-D-007", title: "Central platform is a single point of failure",
        stride: [.denialOfService], target: .element,
        condition: .all([.member(.path(Path(.element, "kind")), [.symbol("network-server"), .symbol("platform"), .symbol("controller")], negated: false), .not(.truth(.path(Path(.element, "redundant"))))]),
        conditionText: "kind in [network-server, platform, controller] and not element.redundant", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "handles-safety"))), conditionText: "element.handles-safety", to: .high),
        ],
        description: "When one network server, CMS or control platform serves every device, its outage (or that of its hosting region) stops the whole service.",
        mitigations: ["Run redundantly across sites or zones with tested failover and agreed recovery times.", "Make devices cope locally while the platform is down."],
        references: [Reference(system: "ncsc", id: "CP-9", title: "Designing for resilience and scalability"), Reference(system: "etsi", id: "5.9-1", title: "Resilience to network and power outages"), Reference(system: "iec62443", id: "FR7", title: "Resource availability")],
        ask: "What happens to the service if your platform or its hosting region is down, and how fast do you recover?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "scada x\n", line: 2133)],
          quiet: [RuleExample(on: "x", model: "scada x [redundant]\n", line: 2136)])),
      ThreatRule(
        id: "SCP-D-008", title: "Ransomware halts operations and destroys data",
        stride: [.denialOfService, .tampering], target: .element,
        condition: .all([.member(.path(Path(.element, "kind")), [.symbol("controller"), .symbol("platform"), .symbol("database"), .symbol("object-store")], negated: false), .not(.truth(.path(Path(.element, "backup-isolated"))))]),
        conditionText: "kind in [controller, platform, database, object-store] and not element.backup-isolated", severity: .high,
        raises: [],
        description: "Ransomware that reaches operational or data servers can stop traffic management, lighting control or data services and encrypt the data needed to recover.",
        mitigations: ["Keep offline or immutable backups and rehearse restores.", "Segregate operational systems and include suppliers in incident response plans."],
        references: [Reference(system: "ncsc", id: "CP-9", title: "Designing for resilience and scalability"), Reference(system: "ncsc", id: "CP-14", title: "Managing incidents and planning your response and recovery"), Reference(system: "iec62443", id: "FR7", title: "Resource availability")],
        ask: "If these servers were encrypted tonight, how would you restore service, and from what?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "database x [backup]\n", line: 2153)],
          quiet: [RuleExample(on: "x", model: "database x [backup-isolated]\n", line: 2156)])),
      ThreatRule(
        id: "SCP-D-009", title: "Battery devices drained deliberately",
        stride: [.denialOfService], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .truth(.path(Path(.element, "constrained"))), .any([.truth(.path(Path(.element, "receives-commands"))), .truth(.path(Path(.element, "receives-firmware")))])]),
        conditionText: "category == device and element.constrained and (element.receives-commands or element.receives-firmware)", severity: .low,
        raises: [],
        description: "Forcing a battery device to stay awake (repeated downlinks, join requests, junk traffic) empties a years-long battery in weeks and causes costly site visits.",
        mitigations: ["Bound downlink, acknowledgement and join behaviour on the device.", "Watch battery trends and alert on abnormal drain."],
        references: [Reference(system: "ncsc", id: "CP-9", title: "Designing for resilience and scalability"), Reference(system: "ncsc", id: "CP-10", title: "Designing your monitoring"), Reference(system: "cwe", id: "CWE-400", title: nil)],
        ask: "What could make a device use its battery faster than planned, and would you notice?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "data fw [type: firmware]\nupdate-service u; sensor x [constrained]\nu -> x [data: [fw]]\n", line: 2173)],
          quiet: [RuleExample(on: "x", model: "data fw [type: firmware]\nupdate-service u; sensor x [constrained: false]\nu -> x [data: [fw]]\n", line: 2178)])),
      ThreatRule(
        id: "SCP-D-010", title: "One bad push disables the whole fleet",
        stride: [.denialOfService, .tampering], target: .element,
        condition: .all([.member(.path(Path(.element, "kind")), [.symbol("platform"), .symbol("update-service"), .symbol("controller")], negated: false), .any([.truth(.path(Path(.element, "issues-commands"))), .truth(.path(Path(.element, "issues-firmware")))]), .not(.truth(.path(Path(.element, "staged-rollout"))))]),
        conditionText: "kind in [platform, update-service, controller] and (element.issues-commands or element.issues-firmware) and not element.staged-rollout", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "handles-safety"))), conditionText: "element.handles-safety", to: .high),
        ],
        description: "A single malicious or mistaken update or bulk command sent to thousands of nodes can disable a city-wide service and need a visit to every pole.",
        mitigations: ["Roll out in stages with canaries and automatic halt; let devices roll back to the last good image.", "Require approval and rate limits for bulk operations."],
        references: [Reference(system: "ncsc", id: "CP-9", title: "Designing for resilience and scalability"), Reference(system: "ncsc", id: "CP-13", title: "Managing your connected place throughout its lifecycle"), Reference(system: "etsi", id: "5.3-12", title: "Notify when an update will disrupt basic functioning"), Reference(system: "iec62443", id: "FR7", title: "Resource availability")],
        ask: "How are updates and bulk changes rolled out, and how is a bad one stopped and reversed?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "update-service x; sensor s; x -> s [firmware]\n", line: 2199)],
          quiet: [RuleExample(on: "x", model: "update-service x [staged-rollout]; sensor s; x -> s [firmware]\n", line: 2202)])),
      ThreatRule(
        id: "SCP-D-011", title: "Supplier-run service without enforceable terms",
        stride: [.denialOfService], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("process"))), .truth(.path(Path(.element, "vendor-managed"))), .not(.truth(.path(Path(.element, "sla"))))]),
        conditionText: "category == process and element.vendor-managed and not element.sla", severity: .low,
        raises: [],
        description: "Without contracted availability, support hours and incident notification, the council cannot rely on or hold the supplier to the service it depends on.",
        mitigations: ["Contract for availability, support response, patching and incident notification times."],
        references: [Reference(system: "ncsc", id: "CP-4", title: "Understanding the role of suppliers"), Reference(system: "ncsc", id: "CP-12", title: "Managing the supply chain"), Reference(system: "other", id: "playbook-procurement", title: "DSIT Secure Connected Places Playbook: Procurement and supply chain management")],
        ask: "What availability, support and incident-notification commitments are in the contract?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "platform x [vendor-managed]\n", line: 2218)],
          quiet: [RuleExample(on: "x", model: "platform x [vendor-managed, sla]\n", line: 2221)])),
      ThreatRule(
        id: "SCP-D-012", title: "Fragile field controllers exposed to general network traffic",
        stride: [.denialOfService], target: .element,
        condition: .all([.any([.kindIs(Path(.element, "kind"), "plc", negated: false), .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .truth(.path(Path(.element, "safety-critical")))])]), .truth(.path(Path(.element, "ip-connected"))), .not(.truth(.path(Path(.element, "segregated"))))]),
        conditionText: "(kind is plc or (category == device and element.safety-critical)) and element.ip-connected and not element.segregated", severity: .high,
        raises: [],
        description: "Embedded controllers can crash on scans, broadcast storms or unexpected packets, so on a shared network an attacker, or even a routine vulnerability scan, can stop them.",
        mitigations: ["Place them in a dedicated zone whose conduits allow only the required protocols.", "Prefer passive monitoring over active scanning of these devices."],
        references: [Reference(system: "ncsc", id: "CP-6", title: "Designing your connected place architecture"), Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "iec62443", id: "FR5", title: "Restricted data flow (zones and conduits)"), Reference(system: "iec62443", id: "FR7", title: "Resource availability"), Reference(system: "cwe", id: "CWE-400", title: nil)],
        ask: "What else shares a network with the controllers, and what traffic can reach them?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "plc x; scada s; s -> x [protocol: modbus]\n", line: 2238)],
          quiet: [RuleExample(on: "x", model: "plc x [segregated]; scada s; s -> x [protocol: modbus]\n", line: 2241)])),
    ]
  }

  private static func rules8() -> [ThreatRule] {
    [
      ThreatRule(
        id: "SCP-D-013", title: "Supplier exit strands deployed devices",
        stride: [.denialOfService], target: .element,
        condition: .all([.truth(.path(Path(.element, "vendor-managed"))), .not(.truth(.path(Path(.element, "exit-plan"))))]),
        conditionText: "element.vendor-managed and not element.exit-plan", severity: .medium,
        raises: [],
        description: "If a cloud-dependent supplier withdraws the service, is taken over or fails, devices bound to its back end stop working and data may be lost.",
        mitigations: ["Agree data export, transfer of device keys and ownership (for example moving LoRaWAN join server), and open interfaces (TALQ, OCPP).", "Write and test an exit plan."],
        references: [Reference(system: "ncsc", id: "CP-12", title: "Managing the supply chain"), Reference(system: "ncsc", id: "CP-13", title: "Managing your connected place throughout its lifecycle"), Reference(system: "etsi", id: "5.3-13", title: "Published defined support period"), Reference(system: "owasp-iot", id: "I8", title: "Lack of device management"), Reference(system: "other", id: "playbook-procurement", title: "DSIT Secure Connected Places Playbook: Procurement and supply chain management")],
        ask: "If we left you or you stopped trading, how would we keep the devices running and get our data and keys?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "database x [vendor-managed]\n", line: 2258)],
          quiet: [RuleExample(on: "x", model: "database x [vendor-managed, exit-plan]\n", line: 2261)])),
      ThreatRule(
        id: "SCP-E-001", title: "Field equipment offers a route into council or OT networks",
        stride: [.elevationOfPrivilege], target: .flow,
        condition: .all([.any([.compare(.path(Path(.source, "category")), .equal, .literal(.symbol("device"))), .member(.path(Path(.source, "kind")), [.symbol("gateway"), .symbol("edge")], negated: false)]), .compare(.path(Path(.target, "category")), .notEqual, .literal(.symbol("external"))), .truth(.path(Path(.flow, "crosses-boundary"))), .truth(.path(Path(.flow, "ip-link"))), .not(.truth(.path(Path(.flow, "filtered"))))]),
        conditionText: "(source.category == device or source.kind in [gateway, edge]) and target.category != external and flow.crosses-boundary and flow.ip-link and not flow.filtered", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.target, "issues-commands"))), .truth(.path(Path(.target, "handles-safety")))]), conditionText: "target.issues-commands or target.handles-safety", to: .high),
        ],
        description: "A gateway or cabinet unit that can open arbitrary connections into corporate, data or operational networks turns one compromised pole into access to what lies behind it.",
        mitigations: ["Put field-facing components in their own zone; let only specific, brokered protocols through conduits.", "Allow no direct routes from field equipment to corporate networks."],
        references: [Reference(system: "ncsc", id: "CP-6", title: "Designing your connected place architecture"), Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "iec62443", id: "FR5", title: "Restricted data flow (zones and conduits)"), Reference(system: "cwe", id: "CWE-653", title: nil), Reference(system: "capec", id: "CAPEC-700", title: nil)],
        ask: "If one gateway were compromised, what else could it connect to?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "boundary f {\n  gateway a\n}\nboundary c {\n  service b\n}\na -> b\n", line: 2281)],
          quiet: [RuleExample(on: "a->b", model: "boundary f {\n  gateway a\n}\nboundary c [filtered] {\n  service b\n}\na -> b\n", line: 2290)])),
      ThreatRule(
        id: "SCP-E-002", title: "Standing remote access for suppliers",
        stride: [.elevationOfPrivilege], target: .flow,
        condition: .all([.truth(.path(Path(.flow, "remote-admin-path"))), .member(.path(Path(.source, "kind")), [.symbol("supplier"), .symbol("contractor")], negated: false), .truth(.path(Path(.flow, "always-on"))), .not(.truth(.path(Path(.target, "jit-access"))))]),
        conditionText: "flow.remote-admin-path and source.kind in [supplier, contractor] and flow.always-on and not target.jit-access", severity: .high,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.target, "handles-safety"))), conditionText: "target.handles-safety", to: .critical),
        ],
        description: "Always-on vendor VPNs, remote-desktop tools or modems in cabinets give a permanent way in that bypasses council controls; the playbook names remotely supported supplier equipment as often overlooked.",
        mitigations: ["Open access only for an approved job and close it automatically afterwards.", "Broker all supplier access through the council's remote-access gateway; inventory every remote path, including cellular routers."],
        references: [Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "ncsc", id: "CP-11", title: "Managing privileges"), Reference(system: "ncsc", id: "CP-12", title: "Managing the supply chain"), Reference(system: "iec62443", id: "FR2", title: "Use control"), Reference(system: "iec62443", id: "FR5", title: "Restricted data flow (zones and conduits)"), Reference(system: "cwe", id: "CWE-284", title: nil), Reference(system: "capec", id: "CAPEC-555", title: nil), Reference(system: "other", id: "playbook-stride", title: "DSIT Secure Connected Places Playbook: Conducting a STRIDE-based threat analysis")],
        ask: "List every way your staff can reach our equipment remotely; which are permanently available?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "supplier a; controller b; a -> b [remote-admin]\n", line: 2315)],
          quiet: [RuleExample(on: "a->b", model: "supplier a; controller b; a -> b [remote-admin, always-on: false]\n", line: 2318)])),
      ThreatRule(
        id: "SCP-E-003", title: "Remote administration lands directly on operational systems",
        stride: [.elevationOfPrivilege], target: .flow,
        condition: .all([.truth(.path(Path(.flow, "remote-admin"))), .compare(.path(Path(.source, "category")), .equal, .literal(.symbol("external"))), .kindIs(Path(.target, "kind"), "remote-access", negated: true)]),
        conditionText: "flow.remote-admin and source.category == external and target.kind is not remote-access", severity: .high,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.target, "handles-safety"))), conditionText: "target.handles-safety", to: .critical),
        ],
        description: "Administration interfaces reached straight from outside, with no jump host or privileged-access tool, face credential attacks and let any compromised engineer laptop act directly on critical systems.",
        mitigations: ["Use one hardened remote-access gateway with MFA, session recording and an allow-list of targets.", "Make admin interfaces unreachable from anywhere else."],
        references: [Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "ncsc", id: "CP-11", title: "Managing privileges"), Reference(system: "iec62443", id: "FR1", title: "Identification and authentication control"), Reference(system: "iec62443", id: "FR5", title: "Restricted data flow (zones and conduits)"), Reference(system: "cwe", id: "CWE-284", title: nil), Reference(system: "capec", id: "CAPEC-555", title: nil)],
        ask: "From where can the administration interface be reached, and does every path go through a controlled gateway?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "supplier a; plc b; a -> b [remote-admin]\n", line: 2337)],
          quiet: [RuleExample(on: "a->b", model: "supplier a; remote-access b; a -> b [remote-admin]\n", line: 2340)])),
      ThreatRule(
        id: "SCP-E-004", title: "Users and services hold more privilege than they need",
        stride: [.elevationOfPrivilege], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("process"))), .kindIs(Path(.element, "kind"), "mobile-app", negated: true), .truth(.path(Path(.element, "serves-users"))), .not(.truth(.path(Path(.element, "least-privilege"))))]),
        conditionText: "category == process and kind is not mobile-app and element.serves-users and not element.least-privilege", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.element, "issues-commands"))), .truth(.path(Path(.element, "handles-safety")))]), conditionText: "element.issues-commands or element.handles-safety", to: .high),
        ],
        description: "When every operator, contractor and integration has full administrative rights, one compromised or careless account can do everything.",
        mitigations: ["Define roles that match duties and separate administrative roles.", "Review access regularly; give service accounts only what they need."],
        references: [Reference(system: "ncsc", id: "CP-11", title: "Managing privileges"), Reference(system: "etsi", id: "5.6-7", title: "Least necessary privileges for software"), Reference(system: "iec62443", id: "FR2", title: "Use control"), Reference(system: "cwe", id: "CWE-269", title: nil), Reference(system: "cwe", id: "CWE-250", title: nil), Reference(system: "capec", id: "CAPEC-122", title: nil)],
        ask: "What roles exist, and what can the least-privileged operator do?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "citizen u; mobile-app m; api x\nu -> m; m -> x\n", line: 2359)],
          quiet: [RuleExample(on: "x", model: "citizen u; mobile-app m; api x [least-privilege]\nu -> m; m -> x\n", line: 2363)])),
      ThreatRule(
        id: "SCP-E-005", title: "Citizen-facing interface also hosts admin functions",
        stride: [.elevationOfPrivilege], target: .element,
        condition: .all([.kindIs(Path(.element, "kind"), "service", negated: false), .truth(.path(Path(.element, "serves-citizens"))), .truth(.path(Path(.element, "serves-staff"))), .not(.truth(.path(Path(.element, "admin-separated"))))]),
        conditionText: "kind is service and element.serves-citizens and element.serves-staff and not element.admin-separated", severity: .high,
        raises: [],
        description: "When the public and administrators use the same interface, a flaw in role checks lets a citizen act as an administrator, for example removing other users (the playbook's example).",
        mitigations: ["Serve administrative functions from a separate application, host or network path.", "Check the role server-side on every administrative function and test for vertical escalation."],
        references: [Reference(system: "owasp-iot", id: "I3", title: "Insecure ecosystem interfaces"), Reference(system: "cwe", id: "CWE-285", title: nil), Reference(system: "cwe", id: "CWE-862", title: nil), Reference(system: "capec", id: "CAPEC-1", title: nil), Reference(system: "other", id: "playbook-stride", title: "DSIT Secure Connected Places Playbook: Conducting a STRIDE-based threat analysis")],
        ask: "Are administrative functions reachable through the same interface the public uses?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "citizen c; staff s; web-app x\nc -> x; s -> x\n", line: 2381)],
          quiet: [RuleExample(on: "x", model: "citizen c; staff s; web-app x [admin-separated]\nc -> x; s -> x\n", line: 2385)])),
      ThreatRule(
        id: "SCP-E-006", title: "Unsupported or unpatched components",
        stride: [.elevationOfPrivilege], target: .element,
        condition: .all([.member(.path(Path(.element, "category")), [.symbol("device"), .symbol("process")], negated: false), .kindIs(Path(.element, "kind"), "mobile-app", negated: true), .not(.truth(.path(Path(.element, "supported"))))]),
        conditionText: "category in [device, process] and kind is not mobile-app and not element.supported", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.element, "reachable-from-internet"))), .truth(.path(Path(.element, "handles-safety")))]), conditionText: "element.reachable-from-internet or element.handles-safety", to: .high),
        ],
        description: "Devices and platforms past their support period, or built on unmaintained libraries and operating systems, accumulate publicly known, exploitable flaws.",
        mitigations: ["Buy with a published support period, patch timescales and a vulnerability disclosure policy.", "Track components through an SBOM and plan replacement before support ends."],
        references: [Reference(system: "ncsc", id: "CP-13", title: "Managing your connected place throughout its lifecycle"), Reference(system: "etsi", id: "5.2-1", title: "Public vulnerability disclosure policy"), Reference(system: "etsi", id: "5.3-8", title: "Timely security updates"), Reference(system: "etsi", id: "5.3-13", title: "Published defined support period"), Reference(system: "owasp-iot", id: "I4", title: "Lack of secure update mechanism"), Reference(system: "owasp-iot", id: "I5", title: "Use of insecure or outdated components"), Reference(system: "cwe", id: "CWE-1104", title: nil), Reference(system: "capec", id: "CAPEC-310", title: nil)],
        ask: "Until what date will you supply security updates for each component, and how quickly?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "service x\n", line: 2405)],
          quiet: [RuleExample(on: "x", model: "service x [supported]\n", line: 2408)])),
      ThreatRule(
        id: "SCP-E-007", title: "Device cannot be patched in the field",
        stride: [.elevationOfPrivilege], target: .element,
        condition: .all([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .not(.truth(.path(Path(.element, "updatable"))))]),
        conditionText: "category == device and not element.updatable", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .any([.truth(.path(Path(.element, "reachable-from-internet"))), .truth(.path(Path(.element, "handles-safety")))]), conditionText: "element.reachable-from-internet or element.handles-safety", to: .high),
        ],
        description: "Constrained or legacy units with no update path keep every flaw for a service life that can exceed ten years.",
        mitigations: ["Require over-the-air update capability (FUOTA for LPWAN) when buying.", "Where impossible, isolate the units, publish the rationale and plan hardware replacement."],
        references: [Reference(system: "ncsc", id: "CP-13", title: "Managing your connected place throughout its lifecycle"), Reference(system: "etsi", id: "5.3-1", title: "Software components securely updateable"), Reference(system: "etsi", id: "5.3-14", title: "Rationale and replacement support for non-updatable constrained devices"), Reference(system: "etsi", id: "5.3-15", title: "Non-updatable constrained devices isolable and hardware replaceable"), Reference(system: "owasp-iot", id: "I4", title: "Lack of secure update mechanism"), Reference(system: "cwe", id: "CWE-1277", title: nil)],
        ask: "How is a security fix delivered to a unit already on a pole, and what if it cannot be?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "message-sign x\n", line: 2427)],
          quiet: [RuleExample(on: "x", model: "message-sign x [updatable]\n", line: 2430)])),
      ThreatRule(
        id: "SCP-E-008", title: "Management interface exposed to the internet",
        stride: [.elevationOfPrivilege], target: .element,
        condition: .all([.any([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .member(.path(Path(.element, "kind")), [.symbol("gateway"), .symbol("edge"), .symbol("controller")], negated: false)]), .truth(.path(Path(.element, "remote-admin"))), .truth(.path(Path(.element, "reachable-from-internet")))]),
        conditionText: "(category == device or kind in [gateway, edge, controller]) and element.remote-admin and element.reachable-from-internet", severity: .high,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "handles-safety"))), conditionText: "element.handles-safety", to: .critical),
        ],
        description: "Web admin pages, SSH, Telnet or SNMP on gateways, cellular routers and controllers reachable from the internet (for example via public-IP SIMs) are found by scanners within hours.",
        mitigations: ["Use a private APN or VPN for management and disable WAN-side admin.", "Allow-list management sources and monitor access attempts."],
        references: [Reference(system: "ncsc", id: "CP-7", title: "Designing to reduce exposure"), Reference(system: "etsi", id: "5.5-5", title: "Security-relevant configuration changes only after authentication"), Reference(system: "etsi", id: "5.6-1", title: "Unused network and logical interfaces disabled"), Reference(system: "owasp-iot", id: "I2", title: "Insecure network services"), Reference(system: "cwe", id: "CWE-668", title: nil)],
        ask: "Can any management interface on the equipment be reached from the public internet?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "device x [remote-admin, internet-facing]\n", line: 2449)],
          quiet: [RuleExample(on: "x", model: "device x [remote-admin, internet-facing: false]\n", line: 2452)])),
      ThreatRule(
        id: "SCP-E-009", title: "Unneeded services and interfaces left enabled",
        stride: [.elevationOfPrivilege, .informationDisclosure], target: .element,
        condition: .all([.any([.compare(.path(Path(.element, "category")), .equal, .literal(.symbol("device"))), .member(.path(Path(.element, "kind")), [.symbol("gateway"), .symbol("edge"), .symbol("controller")], negated: false)]), .not(.truth(.path(Path(.element, "hardened"))))]),
        conditionText: "(category == device or kind in [gateway, edge, controller]) and not element.hardened", severity: .medium,
        raises: [],
        description: "Services switched on by default (Telnet, UPnP, web UI, unauthenticated status pages, unused radios) widen the attack surface and reveal details useful to attackers.",
        mitigations: ["Disable everything not needed in the build; verify with a port scan and configuration review at acceptance.", "Run remaining software with least privilege."],
        references: [Reference(system: "etsi", id: "5.6-1", title: "Unused network and logical interfaces disabled"), Reference(system: "etsi", id: "5.6-2", title: "Minimal unauthenticated disclosure of security-relevant information"), Reference(system: "etsi", id: "5.6-5", title: "Only needed software services enabled"), Reference(system: "owasp-iot", id: "I2", title: "Insecure network services"), Reference(system: "owasp-iot", id: "I9", title: "Insecure default settings"), Reference(system: "cwe", id: "CWE-1125", title: nil)],
        ask: "Which network services and radios are enabled by default, and which does the deployment need?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "gateway x\n", line: 2469)],
          quiet: [RuleExample(on: "x", model: "gateway x [hardened]\n", line: 2472)])),
    ]
  }

  private static func rules9() -> [ThreatRule] {
    [
      ThreatRule(
        id: "SCP-E-010", title: "Control platform compromise gives fleet-wide control",
        stride: [.elevationOfPrivilege], target: .element,
        condition: .all([.member(.path(Path(.element, "kind")), [.symbol("platform"), .symbol("network-server"), .symbol("controller")], negated: false), .truth(.path(Path(.element, "issues-commands"))), .not(.all([.truth(.path(Path(.element, "mfa"))), .truth(.path(Path(.element, "least-privilege")))]))]),
        conditionText: "kind in [platform, network-server, controller] and element.issues-commands and not (element.mfa and element.least-privilege)", severity: .high,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.element, "handles-safety"))), conditionText: "element.handles-safety", to: .critical),
        ],
        description: "Whoever controls the CMS, IoT platform or traffic control system can command every connected lamp, sign or signal at once: a city-scale effect from one account.",
        mitigations: ["Protect administrators with MFA and dedicated admin devices; apply least privilege.", "Require approval and rate limits for bulk commands; keep safe bounds on devices."],
        references: [Reference(system: "ncsc", id: "CP-6", title: "Designing your connected place architecture"), Reference(system: "ncsc", id: "CP-9", title: "Designing for resilience and scalability"), Reference(system: "ncsc", id: "CP-11", title: "Managing privileges"), Reference(system: "iec62443", id: "FR1", title: "Identification and authentication control"), Reference(system: "iec62443", id: "FR2", title: "Use control"), Reference(system: "cwe", id: "CWE-269", title: nil), Reference(system: "capec", id: "CAPEC-122", title: nil)],
        ask: "What is the most damaging thing a single stolen administrator account could do across the fleet?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "x", model: "cms x [mfa]; lighting-node l; x -> l [command]\n", line: 2491)],
          quiet: [RuleExample(on: "x", model: "cms x [mfa, least-privilege]; lighting-node l; x -> l [command]\n", line: 2494)])),
      ThreatRule(
        id: "SCP-E-011", title: "Over-privileged integration credentials between organisations",
        stride: [.elevationOfPrivilege], target: .flow,
        condition: .all([.truth(.path(Path(.flow, "crosses-org"))), .kindIs(Path(.source, "kind"), "service", negated: false), .any([.kindIs(Path(.target, "kind"), "service", negated: false), .compare(.path(Path(.target, "category")), .equal, .literal(.symbol("store")))]), .not(.any([.truth(.path(Path(.flow, "remote-admin"))), .truth(.path(Path(.flow, "firmware")))])), .not(.truth(.path(Path(.flow, "scoped"))))]),
        conditionText: "flow.crosses-org and source.kind is service and (target.kind is service or target.category == store) and not (flow.remote-admin or flow.firmware) and not flow.scoped", severity: .medium,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.target, "issues-commands"))), conditionText: "target.issues-commands", to: .high),
        ],
        description: "Keys and service accounts that let a supplier platform push data into the council, or the reverse, often carry administrative scope, and if stolen on either side they open everything.",
        mitigations: ["Issue narrowly scoped, per-integration credentials with expiry; separate read and write.", "Monitor how each integration credential is used."],
        references: [Reference(system: "ncsc", id: "CP-11", title: "Managing privileges"), Reference(system: "ncsc", id: "CP-12", title: "Managing the supply chain"), Reference(system: "owasp-iot", id: "I3", title: "Insecure ecosystem interfaces"), Reference(system: "iec62443", id: "FR2", title: "Use control"), Reference(system: "cwe", id: "CWE-250", title: nil)],
        ask: "What exactly can the credential used by this integration do?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "boundary c [owner: \"Council\"] {\n  service a\n}\nboundary v [owner: \"Vendor\"] {\n  database b\n}\na -> b\n", line: 2513)],
          quiet: [RuleExample(on: "a->b", model: "boundary c [owner: \"Council\"] {\n  service a\n}\nboundary v [owner: \"Vendor\"] {\n  database b\n}\na -> b [scoped]\n", line: 2522)])),
      ThreatRule(
        id: "SCP-E-012", title: "Compromised supplier acts through trusted channels",
        stride: [.elevationOfPrivilege, .tampering], target: .flow,
        condition: .all([.truth(.path(Path(.flow, "crosses-boundary"))), .any([.truth(.path(Path(.flow, "remote-admin"))), .truth(.path(Path(.flow, "firmware"))), .truth(.path(Path(.flow, "command")))]), .any([.kindIs(Path(.source, "kind"), "supplier", negated: false), .all([.truth(.path(Path(.flow, "remote-admin-path"))), .kindIs(Path(.target, "kind"), "remote-access", negated: true)]), .all([.truth(.path(Path(.flow, "crosses-org"))), .truth(.path(Path(.source, "third-party-owned"))), .not(.truth(.path(Path(.flow, "remote-admin"))))])])]),
        conditionText: "flow.crosses-boundary and (flow.remote-admin or flow.firmware or flow.command) and (source.kind is supplier or (flow.remote-admin-path and target.kind is not remote-access) or (flow.crosses-org and source.third-party-owned and not flow.remote-admin))", severity: .high,
        raises: [
          ThreatRule.Raise(condition: .truth(.path(Path(.target, "handles-safety"))), conditionText: "target.handles-safety", to: .critical),
        ],
        description: "If the supplier itself is breached, its update, remote-support and configuration channels carry the attacker's actions straight into council infrastructure (the playbook's trusted third parties).",
        mitigations: ["Assess supplier security and require prompt breach notification.", "Approve supplier-initiated changes; verify update signatures independently."],
        references: [Reference(system: "ncsc", id: "CP-4", title: "Understanding the role of suppliers"), Reference(system: "ncsc", id: "CP-12", title: "Managing the supply chain"), Reference(system: "cwe", id: "CWE-1357", title: nil), Reference(system: "capec", id: "CAPEC-437", title: nil), Reference(system: "other", id: "playbook-stride", title: "DSIT Secure Connected Places Playbook: Conducting a STRIDE-based threat analysis"), Reference(system: "other", id: "playbook-procurement", title: "DSIT Secure Connected Places Playbook: Procurement and supply chain management")],
        ask: "If your own network were compromised, what could an attacker do to our systems through your access?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "a->b", model: "supplier a\nboundary c {\n  gateway b\n}\na -> b [firmware]\n", line: 2547), RuleExample(on: "b->c", model: "contractor a\nremote-access b\nboundary z {\n  vms c\n}\na -> b [remote-admin]\nb -> c [remote-admin]\n", line: 2553)],
          quiet: [RuleExample(on: "a->b", model: "contractor a\nremote-access b\nboundary z {\n  vms c\n}\na -> b [remote-admin]\nb -> c [remote-admin]\n", line: 2563), RuleExample(on: "a->b", model: "supplier a\nboundary c {\n  gateway b\n}\na -> b [firmware: false]\n", line: 2572)])),
      ThreatRule(
        id: "SCP-E-013", title: "Safety-critical and internet-reachable elements share a zone",
        stride: [.elevationOfPrivilege], target: .boundary,
        condition: .all([.truth(.path(Path(.boundary, "mixed-criticality"))), .member(.path(Path(.boundary, "type")), [.symbol("organisation"), .symbol("physical")], negated: true)]),
        conditionText: "boundary.mixed-criticality and boundary.type not in [organisation, physical]", severity: .medium,
        raises: [],
        description: "With safety-relevant equipment in the same zone as internet-reachable services, compromising the latter puts an attacker next to the former with no conduit to cross.",
        mitigations: ["Split zones by criticality and define conduits with explicit rules between them (IEC 62443-3-2)."],
        references: [Reference(system: "ncsc", id: "CP-6", title: "Designing your connected place architecture"), Reference(system: "iec62443", id: "FR5", title: "Restricted data flow (zones and conduits)")],
        ask: "What separates the safety-relevant components from the internet-facing ones?",
        linddun: nil,
        examples: RuleExamples(
          fires: [RuleExample(on: "z", model: "boundary z {\n  actuator l [safety-critical]\n  web-app w [internet-facing]\n}\n", line: 2592)],
          quiet: [RuleExample(on: "z", model: "boundary z {\n  actuator l [safety-critical]\n  web-app w [internet-facing: false]\n}\n", line: 2598)])),
    ]
  }
}
