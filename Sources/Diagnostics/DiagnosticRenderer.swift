import OutputEscaping

/// Renders diagnostics as compiler-style text.
///
/// Each has a clickable `file:line:column:` header, the source line, carets under the range,
/// and notes. Pure: the same input gives the same text.
public struct DiagnosticRenderer: Sendable {
  /// The source files by path.
  public var files: [String: SourceFile]
  /// Whether to add ANSI colour.
  public var colors: Bool
  /// How many diagnostics to show per file before "and N more".
  public var limitPerFile: Int

  public init(files: [String: SourceFile], colors: Bool = false, limitPerFile: Int = 100) {
    self.files = files
    self.colors = colors
    self.limitPerFile = limitPerFile
  }

  /// All diagnostics, in the order given, at most `limitPerFile` per file, separated by blank lines.
  public func render(_ diagnostics: [Diagnostic]) -> String {
    var blocks: [String] = []
    var shown: [String: Int] = [:]
    var hidden: [(file: String, count: Int)] = []
    var hiddenIndex: [String: Int] = [:]
    for diagnostic in diagnostics {
      let file = diagnostic.range.file
      if shown[file, default: 0] >= limitPerFile {
        if let index = hiddenIndex[file] {
          hidden[index].count += 1
        } else {
          hiddenIndex[file] = hidden.count
          hidden.append((file, 1))
        }
        continue
      }
      shown[file, default: 0] += 1
      blocks.append(render(diagnostic))
    }
    for (file, count) in hidden {
      let noun = count == 1 ? "diagnostic" : "diagnostics"
      blocks.append("\(file): and \(count) more \(noun)\n")
    }
    return blocks.joined(separator: "\n")
  }

  /// One diagnostic, ending with a line break.
  public func render(_ diagnostic: Diagnostic) -> String {
    let severity = paint(
      diagnostic.severity.rawValue + "[\(diagnostic.code)]", style(diagnostic.severity))
    guard let file = files[diagnostic.range.file] else {
      var text =
        "\(clean(diagnostic.range.file)): \(severity): \(bold(clean(diagnostic.message)))\n"
      for note in diagnostic.notes { text += "  = note: \(clean(note.message))\n" }
      return text
    }
    let (line, column) = file.position(of: diagnostic.range.start)
    var text =
      "\(clean(file.path)):\(line):\(column): \(severity): \(bold(clean(diagnostic.message)))\n"
    let gutter = String(repeating: " ", count: String(line).count)
    let excerpt = Excerpt(file: file, range: diagnostic.range)
    text += paint("\(gutter) |", .blue) + "\n"
    text += paint("\(line) |", .blue) + " " + excerpt.text + "\n"
    var carets = paint(
      String(repeating: "^", count: excerpt.caretCount), style(diagnostic.severity))
    if let label = diagnostic.label {
      carets += " " + paint(clean(label), style(diagnostic.severity))
    }
    text += paint("\(gutter) |", .blue) + " " + excerpt.padding + carets + "\n"
    for note in diagnostic.notes {
      text += "\(gutter) " + paint("= note:", .bold) + " " + noteText(note, from: file.path) + "\n"
    }
    return text
  }

  func noteText(_ note: Diagnostic.Note, from path: String) -> String {
    guard let range = note.range, let file = files[range.file] else { return clean(note.message) }
    let (line, column) = file.position(of: range.start)
    let place = range.file == path ? "\(line):\(column)" : "\(range.file):\(line):\(column)"
    return clean("\(note.message) (\(note.rangePrefix) \(place))")
  }

  /// Model text made safe for a terminal: no escape sequences, no bidirectional overrides.
  func clean(_ text: String) -> String { Escaping.terminal(text) }

  enum Style: String {
    case red = "\u{1B}[1;31m"
    case yellow = "\u{1B}[1;33m"
    case cyan = "\u{1B}[1;36m"
    case blue = "\u{1B}[1;34m"
    case bold = "\u{1B}[1m"
  }

  func style(_ severity: Diagnostic.Severity) -> Style {
    switch severity {
    case .error: return .red
    case .warning: return .yellow
    case .note: return .cyan
    }
  }

  func paint(_ text: String, _ style: Style) -> String {
    colors ? style.rawValue + text + "\u{1B}[0m" : text
  }

  func bold(_ text: String) -> String { paint(text, .bold) }
}
