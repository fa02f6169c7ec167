import DFDModel
import Diagnostics

// The resolver's name and reference diagnostics (DFD2xx), alphabetised. Codes are never reused.

extension Diagnostic {
  /// DFD207: two unnamed flows that would get the same identifier.
  static func ambiguousFlow(_ id: String, at range: SourceRange, first: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD207", "two flows would both be identified as '\(id)'", at: range,
      label: "same ends and label as an earlier flow",
      notes: [
        Diagnostic.Note("the other flow", range: first),
        Diagnostic.Note("give one of them a name, as in 'name: a -> b'"),
      ])
  }

  /// DFD203: an identifier declared twice.
  static func duplicateIdentifier(
    _ name: String, at range: SourceRange, first: SourceRange, firstWhat: String
  ) -> Diagnostic {
    Diagnostic(
      .error, "DFD203", "duplicate identifier '\(name)'", at: range, label: "already declared",
      notes: [Diagnostic.Note("first declared as \(firstWhat) '\(name)'", range: first)])
  }

  /// DFD204: a flow end that is a boundary, a data asset or a flow.
  static func flowEndNotElement(_ name: String, what: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD204", "a flow must connect elements, but '\(name)' is a \(what)", at: range,
      notes: [Diagnostic.Note("connect the flow to an element inside the \(what) instead")])
  }

  /// DFD208: a second `model` statement.
  static func modelDeclaredTwice(at range: SourceRange, first: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD208", "'model' is declared more than once", at: range,
      notes: [Diagnostic.Note("the first 'model' statement", range: first)])
  }

  /// DFD205: `data:` naming something that is not a data asset.
  static func notDataAsset(
    _ name: String, what: String?, at range: SourceRange, suggestion: (String, SourceRange)?
  ) -> Diagnostic {
    let message =
      what.map { "'\(name)' is a \($0), not a data asset" } ?? "unknown data asset '\(name)'"
    var notes: [Diagnostic.Note] = []
    if let (candidate, declared) = suggestion {
      notes.append(Diagnostic.Note("did you mean '\(candidate)'?", range: declared))
    } else {
      notes.append(Diagnostic.Note("declare it with: data \(name) \"Label\""))
    }
    return Diagnostic(
      .error, "DFD205", message, at: range, notes: notes, suggestion: suggestion?.0)
  }

  /// DFD206: a `threat` statement about something that does not exist.
  static func threatTargetNotFound(
    _ target: String, at range: SourceRange, reason: String?, suggestion: String?
  ) -> Diagnostic {
    var notes: [Diagnostic.Note] = []
    if let reason { notes.append(Diagnostic.Note(reason)) }
    if let suggestion, reason == nil {
      notes.append(Diagnostic.Note("did you mean '\(suggestion)'?"))
    }
    return Diagnostic(
      .error, "DFD206",
      "threat target '\(target)' is not an element, boundary or flow of this model",
      at: range, notes: notes, suggestion: suggestion)
  }

  /// DFD206: a bulk `threat` statement whose boundary or kind does not exist.
  static func bulkTargetNotFound(
    _ target: String, at range: SourceRange, reason: String?, suggestion: String?
  ) -> Diagnostic {
    var notes: [Diagnostic.Note] = []
    if let reason { notes.append(Diagnostic.Note(reason)) }
    if let suggestion { notes.append(Diagnostic.Note("did you mean '\(suggestion)'?")) }
    return Diagnostic(
      .error, "DFD206", "threat target \(target) is not in this model", at: range, notes: notes,
      suggestion: suggestion)
  }

  /// DFD202: a flow end that names nothing.
  static func unknownElement(
    _ name: String, at range: SourceRange, suggestion: (String, SourceRange)?
  ) -> Diagnostic {
    Diagnostic(
      .error, "DFD202", "unknown element '\(name)'", at: range,
      label: "not declared in this diagram",
      notes: suggestion.map { [Diagnostic.Note("did you mean '\($0.0)'?", range: $0.1)] } ?? [],
      suggestion: suggestion?.0)
  }

  /// DFD201: an element kind the vocabulary does not know.
  static func unknownKind(_ kind: String, at range: SourceRange, suggestion: String?) -> Diagnostic
  {
    Diagnostic(
      .error, "DFD201", "unknown element kind '\(kind)'", at: range,
      notes: [
        Diagnostic.Note(
          suggestion.map { "did you mean '\($0)'?" }
            ?? "run 'scp-dfd catalogue kinds' to list the kinds")
      ], suggestion: suggestion)
  }

  /// DFD209: unnamed flows between the same ends where this one has no label to tell it apart.
  static func unnamedFlowNeedsName(_ pair: String, count: Int, at range: SourceRange) -> Diagnostic
  {
    Diagnostic(
      .error, "DFD209", "\(count) unnamed flows go '\(pair)'; this one needs a name or a label",
      at: range,
      notes: [Diagnostic.Note("write 'name: \(pair.replacingArrow())' to name it")])
  }
}

extension String {
  fileprivate func replacingArrow() -> String {
    guard let arrow = firstRange(of: "->") else { return self }
    return self[..<arrow.lowerBound] + " -> " + self[arrow.upperBound...]
  }
}
