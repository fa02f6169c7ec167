import DFDModel
import Foundation
import OutputEscaping

extension PipelineFailure {
  /// An option value that names nothing, with a did-you-mean when one name is close:
  /// `error: --element: no element 'gww' in city.dfd` and `  = note: did you mean 'gw'?`,
  /// escaped for the terminal, exit status 2.
  ///
  /// `labels` gives candidates' display names: with no close name, up to three candidates whose
  /// display name holds the value (`--focus gateway`) are offered instead.
  package static func unknownName(
    option: String, what: String, name: String, in place: String, candidates: [String],
    labels: [String: String] = [:]
  ) -> PipelineFailure {
    // Every piece of user text on one line: its line breaks and controls shown, not obeyed.
    let shown: (String) -> String = Escaping.terminal
    var text = "error: \(option): no \(what) '\(shown(name))' \(shown(place))\n"
    if let suggestion = Suggestion.closest(to: name, in: candidates) {
      text += "  = note: did you mean '\(shown(suggestion))'?\n"
    } else {
      let holding = candidates.filter {
        labels[$0]?.range(of: name, options: .caseInsensitive) != nil
      }
      if !holding.isEmpty {
        let listed = holding.prefix(3).map { "'\(shown($0))' (\(shown(labels[$0] ?? $0)))" }
        let more = holding.count > 3 ? " and \(holding.count - 3) more" : ""
        text += "  = note: '\(shown(name))' is in the names of \(listed.joined(separator: ", "))"
        text += "\(more)\n"
      }
    }
    return PipelineFailure(text: text)
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
