import DFDModel
import OutputEscaping

extension PipelineFailure {
  /// An option value that names nothing, with a did-you-mean when one name is close:
  /// `error: --element: no element 'gww' in city.dfd` and `  = note: did you mean 'gw'?`,
  /// escaped for the terminal, exit status 2.
  package static func unknownName(
    option: String, what: String, name: String, in place: String, candidates: [String]
  ) -> PipelineFailure {
    var text = "error: \(option): no \(what) '\(name)' \(place)\n"
    if let suggestion = Suggestion.closest(to: name, in: candidates) {
      text += "  = note: did you mean '\(suggestion)'?\n"
    }
    return PipelineFailure(text: Escaping.terminal(text, keepingLineBreaks: true))
  }

  /// The failure for `unknown`, a value of one of `FindingFilter`'s options, in `model`.
  package static func unknownName(_ unknown: FindingFilter.UnknownName, model: String)
    -> PipelineFailure
  {
    let place: String
    switch unknown.kind {
    case .element, .boundary: place = "in \(model)"
    case .rule: place = "in the catalogue or \(model)"
    case .status: place = "(one of \(unknown.candidates.joined(separator: ", ")))"
    }
    let option = unknown.kind == .status ? "status" : unknown.kind.rawValue
    return unknownName(
      option: "--\(option)", what: unknown.kind.rawValue, name: unknown.name, in: place,
      candidates: unknown.candidates)
  }
}
