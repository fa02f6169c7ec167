import DFDModel
import Diagnostics

// The resolver's structure warnings (DFD4xx), alphabetised. Codes are never reused.

extension Diagnostic {
  /// DFD402: an element with no flows.
  static func elementWithoutFlows(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .warning, "DFD402", "'\(name)' has no flows", at: range,
      label: "not connected to anything",
      notes: [Diagnostic.Note("add the flows it takes part in, or remove it")])
  }

  /// DFD403: a boundary with nothing in it.
  static func emptyBoundary(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .warning, "DFD403", "boundary '\(name)' is empty", at: range,
      label: "no elements or boundaries inside")
  }

  /// DFD401: a flow from an element to itself.
  static func selfFlow(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .warning, "DFD401", "flow from '\(name)' to itself", at: range,
      notes: [Diagnostic.Note("model the internal step as its own process, or remove the flow")])
  }

  /// DFD404: a data store wired straight to another store or to an external entity.
  static func storeLink(
    from source: (String, String, ElementCategory), to target: (String, String, ElementCategory),
    at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .warning, "DFD404",
      "\(source.2.title) '\(source.0)' is connected directly to \(target.2.title) '\(target.0)'",
      at: range,
      notes: [
        Diagnostic.Note(
          "data reaches or leaves a store through a process; add the process that moves it")
      ])
  }
}
