import DFDModel

extension Finding {
  /// The STRIDE categories as names, primary first (`Tampering; Information disclosure`).
  var strideNames: String { stride.map(\.title).joined(separator: "; ") }

  /// The STRIDE letters, primary first (`TI`).
  var strideLetters: String { String(stride.map(\.letter)) }

  /// The references as `system id` pairs (`cwe CWE-306`).
  var referenceTexts: [String] { references.map(\.text) }

  /// The triage note, if any.
  var note: String? { triage?.note }

  /// The triage ticket, if any.
  var ticket: String? { triage?.ticket }
}

extension Reference {
  /// `system id`, as a report lists it.
  var text: String { "\(system) \(id)" }
}

extension Evidence {
  /// `flow.encrypted is false (assumed)`, with where the value came from.
  var text: String {
    let detail = self.detail.map { ", \($0)" } ?? ""
    return "\(path) is \(value) (\(origin.rawValue)\(detail))"
  }
}

extension TriageStatus {
  /// How a report shows the status.
  var title: String {
    switch self {
    case .open: return "Open"
    case .mitigated: return "Mitigated"
    case .accepted: return "Accepted"
    case .transferred: return "Transferred"
    case .notApplicable: return "Not applicable"
    }
  }
}

extension Severity {
  /// How a report shows the severity.
  var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
