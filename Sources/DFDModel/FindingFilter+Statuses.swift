extension FindingFilter {
  /// The word that keeps every status.
  public static let allStatuses = "all"

  /// The statuses that `values` name; nil when every status is wanted.
  ///
  /// Each value is one status (`open`, `mitigated`, ...) or `all`, or several separated by
  /// commas; no value, or `all` among them, wants every status. Throws the first word that
  /// names no status.
  public static func statuses(from values: [String]) throws(UnknownName) -> Set<TriageStatus>? {
    var statuses = Set<TriageStatus>()
    var everything = values.isEmpty
    for value in values {
      for word in value.split(separator: ",", omittingEmptySubsequences: false) {
        let name = word.trimmingSpaces()
        if name == allStatuses {
          everything = true
        } else if let status = TriageStatus(rawValue: name) {
          statuses.insert(status)
        } else {
          throw UnknownName(name: name, kind: .status, candidates: statusNames)
        }
      }
    }
    return everything ? nil : statuses
  }

  /// Every word `statuses(from:)` accepts, in order.
  public static var statusNames: [String] { TriageStatus.allCases.map(\.rawValue) + [allStatuses] }
}

extension Substring {
  /// The text without leading and trailing spaces.
  fileprivate func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
