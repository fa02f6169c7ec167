import ArgumentParser
import DFDModel
import DFDParser
import OutputEscaping

/// The message for an option value that names nothing, with a did-you-mean when one name is
/// close: `error: --element: no element 'gww' in city.dfd` and `  = note: did you mean 'gw'?`.
enum UnknownNameMessage {
  /// Prints the message (escaped for the terminal) and returns the exit (2) to throw.
  static func fail(
    option: String, what: String, name: String, in place: String, candidates: [String]
  ) -> ExitCode {
    Terminal.writeError(
      text(option: option, what: what, name: name, in: place, candidates: candidates))
    return ExitCode(2)
  }

  /// The message for the first of `unknown`, the values of `FindingFilter`'s options.
  static func fail(_ unknown: FindingFilter.UnknownName, model: String) -> ExitCode {
    let place: String
    switch unknown.kind {
    case .element, .boundary: place = "in \(model)"
    case .rule: place = "in the catalogue or \(model)"
    case .status: place = "(one of \(unknown.candidates.joined(separator: ", ")))"
    }
    let option = unknown.kind == .status ? "status" : unknown.kind.rawValue
    return fail(
      option: "--\(option)", what: unknown.kind.rawValue, name: unknown.name, in: place,
      candidates: unknown.candidates)
  }

  /// The message's text, two lines when a suggestion is close.
  static func text(
    option: String, what: String, name: String, in place: String, candidates: [String]
  ) -> String {
    var text = "error: \(option): no \(what) '\(name)' \(place)\n"
    if let suggestion = Suggestion.closest(to: name, in: candidates) {
      text += "  = note: did you mean '\(suggestion)'?\n"
    }
    return Escaping.terminal(text, keepingLineBreaks: true)
  }
}
