import DFDModel

/// How stating an attribute read by a probe would change a finding: a control that is false, or
/// a hazard that is true, names what the model's author can state to clear it.
struct ClearingHint: Sendable {
  var attribute: String
  var root: Path.Root
  var isHazard: Bool
  /// "state `mfa` on `" (or "state `default-credentials: false` on `"), made once.
  var statePrefix: String

  /// The hint for the path `text` (`source.mfa`), nil unless it reads a control or a hazard.
  init?(path text: String, vocabulary: Vocabulary) {
    let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2, let root = Path.Root(rawValue: parts[0]) else { return nil }
    let scope: AttributeScope = root.isElement ? .element : root == .flow ? .flow : .boundary
    guard let definition = vocabulary.attribute(parts[1], in: scope),
      definition.role == .control || definition.role == .hazard
    else { return nil }
    attribute = parts[1]
    self.root = root
    isHazard = definition.role == .hazard
    statePrefix = "state `\(attribute)\(isHazard ? ": false" : "")` on `"
  }
}

extension Analyzer {
  /// Presumed when a read that decided the rule's condition was assumed or unknown.
  func basis(
    of reads: [Int], _ evaluation: Evaluation, _ subject: Subject, _ index: ModelIndex
  ) -> FindingBasis {
    for probe in reads {
      let origin = (evaluation.resolution(probe) ?? index.resolve(probes[probe], subject)).origin
      if origin == .assumed || origin == .unknown { return .presumed }
    }
    return .confirmed
  }

  /// The attributes among `reads` whose values were assumed, with what each is about.
  ///
  /// These are a control's or hazard's `assume:` values: the questions whose answers settle a
  /// presumed finding. An unknown context value (`flow.firmware` unstated) is left out: asking whether
  /// an audit feed carries firmware settles nothing an expert would ask about.
  func assumptions(
    _ reads: [Int], _ evaluation: Evaluation, _ subject: Subject, _ index: ModelIndex
  ) -> [Assumption] {
    var found: [Assumption] = []
    for probe in reads {
      let resolution = evaluation.resolution(probe) ?? index.resolve(probes[probe], subject)
      guard resolution.origin == .assumed else { continue }
      let parts = pathTexts[probe].split(separator: ".", maxSplits: 1).map(String.init)
      guard parts.count == 2, let root = Path.Root(rawValue: parts[0]),
        let on = index.subjectName(root, subject)
      else { continue }
      let kind: Finding.TargetKind =
        root == .flow ? .flow : root == .boundary ? .boundary : .element
      let item = Assumption(attribute: parts[1], subject: on, subjectKind: kind)
      if !found.contains(item) { found.append(item) }
    }
    return found
  }

  /// What the author could state to clear a finding, one entry per control that is false or
  /// hazard that is true among the reads that decided it: "state `mfa` on `tech`".
  func clearedBy(
    _ reads: [Int], _ evaluation: Evaluation, _ subject: Subject, _ index: ModelIndex
  ) -> [String] {
    var texts: [String] = []
    for probe in reads {
      guard let hint = clearingHints[probe] else { continue }
      let resolution = evaluation.resolution(probe) ?? index.resolve(probes[probe], subject)
      guard resolution.isTrue == hint.isHazard, let on = index.subjectName(hint.root, subject)
      else { continue }
      let text: String
      switch resolution.origin {
      case .stated: text = "change `\(hint.attribute)` on `\(on)` (stated \(resolution.text))"
      case .inherited:
        text = hint.statePrefix + on + "` (inherited \(resolution.text) from \(resolution.detail))"
      default: text = hint.statePrefix + on + "`"
      }
      if !texts.contains(text) { texts.append(text) }
    }
    return texts
  }
}

extension ModelIndex {
  /// The id of what a probe rooted at `root` reads on `subject`: the element, either end of a
  /// flow, the flow or the boundary.
  func subjectName(_ root: Path.Root, _ subject: Subject) -> String? {
    switch root {
    case .flow: return diagram.flows[subject.index].id
    case .boundary: return diagram.boundaries[subject.index].id
    default: return end(root, subject).map { diagram.elements[$0].id }
    }
  }
}
