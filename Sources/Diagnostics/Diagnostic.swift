/// A problem found in a model, a catalogue or a command's input: an error or a warning, where it
/// is, and what may fix it.
///
/// Producers append diagnostics to a list; one that stops at its first problem (the catalogue
/// loader) throws it, hence `Error`.
public struct Diagnostic: Hashable, Sendable, Error {
  /// How serious a diagnostic is.
  public enum Severity: String, Hashable, Sendable {
    case error, warning, note
  }

  /// An extra remark, optionally pointing at another place.
  public struct Note: Hashable, Sendable {
    public var message: String
    public var range: SourceRange?
    /// The words before the position when `range` is set ("declared at" gives "(declared at 3:9)").
    public var rangePrefix: String

    public init(_ message: String, range: SourceRange? = nil, rangePrefix: String = "declared at") {
      self.message = message
      self.range = range
      self.rangePrefix = rangePrefix
    }
  }

  public var severity: Severity
  /// The stable code, such as `DFD202`.
  public var code: String
  public var message: String
  public var range: SourceRange
  /// Text shown after the carets.
  public var label: String?
  public var notes: [Note]
  /// The likely intended word, for editors that offer a fix.
  public var suggestion: String?

  public init(
    _ severity: Severity, _ code: String, _ message: String, at range: SourceRange,
    label: String? = nil, notes: [Note] = [], suggestion: String? = nil
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.range = range
    self.label = label
    self.notes = notes
    self.suggestion = suggestion
  }

  /// Whether the diagnostic is an error.
  public var isError: Bool { severity == .error }
}

extension Diagnostic {
  /// Sorts diagnostics by file (in `fileOrder`, then by name), then by position, keeping the
  /// order of diagnostics at the same place.
  public static func sorted(_ diagnostics: [Diagnostic], fileOrder: [String] = []) -> [Diagnostic] {
    var rank: [String: Int] = [:]
    for (index, file) in fileOrder.enumerated() where rank[file] == nil { rank[file] = index }
    return diagnostics.enumerated().sorted { lhs, rhs in
      let (a, b) = (lhs.element.range, rhs.element.range)
      if a.file != b.file {
        let (x, y) = (rank[a.file] ?? Int.max, rank[b.file] ?? Int.max)
        return x != y ? x < y : a.file < b.file
      }
      if a.start != b.start { return a.start < b.start }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }
}
