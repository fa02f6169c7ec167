import DFDModel

extension DiffReport {
  /// `element aq "Air-quality sensor"`: the kind of item, its identifier and its label.
  static func name(of entry: ModelDiff.Entry) -> String {
    "\(entry.subject.rawValue) \(entry.id)" + (entry.label.map { " \"\($0)\"" } ?? "")
  }

  /// ` (sensor) in highway` for an added or removed item: its kind and where it sits.
  static func placement(of entry: ModelDiff.Entry) -> String {
    var text = entry.kind.map { " (\($0))" } ?? ""
    if let boundary = entry.boundary { text += " in \(boundary)" }
    return text
  }

  /// `flow aq->gw "Readings"`: what a finding is about.
  func targetName(of entry: FindingsDiff.Entry) -> String {
    let finding = entry.finding
    let name = "\(finding.targetKind.rawValue) \(finding.target)"
    return targetLabel(of: entry).map { "\(name) \"\($0)\"" } ?? name
  }

  /// The sign a list shows for each change: `+` added or new, `-` removed or resolved, `~`
  /// changed.
  static func sign(_ change: ModelDiff.Change) -> String {
    switch change {
    case .added: return "+"
    case .removed: return "-"
    case .changed: return "~"
    }
  }

  /// The sign for a finding's change, as `sign(_:)` gives it for model items.
  static func sign(_ change: FindingsDiff.Change) -> String {
    switch change {
    case .new: return "+"
    case .resolved: return "-"
    case .changed: return "~"
    }
  }
}
