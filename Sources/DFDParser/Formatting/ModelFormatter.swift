import Diagnostics

/// Writes a model file in the one canonical layout that `scp-dfd fmt` gives.
///
/// Statements stand one a line, indented two spaces a boundary level; an attribute list stays
/// on its statement's line unless the line would pass `width` columns or the list holds a
/// comment, and then it has one attribute a line. Strings are quoted as `Escaping.dfdString`
/// quotes them, so control and bidirectional characters are always escapes; `"""` strings and
/// `include` paths are kept as written (with such characters escaped). Comments stay where they
/// were, and a run of blank lines becomes one. The file is formatted on its own: includes are
/// not read.
public struct ModelFormatter {
  /// The column an attribute list may reach before it is wrapped.
  public static let width = 100

  let source: SourceFile
  let tokens: [Token]
  /// The offset of the `]` or `}` that closes the `[` or `{` at each offset.
  let closing: [Int: Int]
  var output: FormattedText

  init(source: SourceFile, tokens: [Token]) {
    self.source = source
    self.tokens = tokens
    self.closing = Self.matchingClosers(tokens)
    self.output = FormattedText(
      bytes: source.bytes, comments: CommentTable(bytes: source.bytes, tokens: tokens))
  }

  /// The canonical text of `source`, or nil and its syntax errors when it has any.
  public static func format(_ source: SourceFile) -> (text: String?, diagnostics: [Diagnostic]) {
    var parser = Parser(source: source)
    let syntax = parser.parseFile()
    guard !parser.diagnostics.contains(where: \.isError) else { return (nil, parser.diagnostics) }
    var formatter = ModelFormatter(source: source, tokens: parser.tokens)
    formatter.write(syntax.statements, depth: 0)
    return (formatter.output.finish(depth: 0), parser.diagnostics)
  }

  /// Pairs every `[` and `{` with its closer; the file has no syntax errors, so they nest.
  static func matchingClosers(_ tokens: [Token]) -> [Int: Int] {
    var pairs: [Int: Int] = [:]
    var open: [Int] = []
    for token in tokens {
      switch token.kind {
      case .leftBracket, .leftBrace: open.append(token.range.lowerBound)
      case .rightBracket, .rightBrace:
        if let start = open.popLast() { pairs[start] = token.range.lowerBound }
      default: break
      }
    }
    return pairs
  }

  /// The first token that starts at or after `offset`, skipping line breaks.
  func token(after offset: Int) -> Token {
    var low = 0
    var high = tokens.count - 1
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].range.lowerBound < offset { low = middle + 1 } else { high = middle }
    }
    while tokens[low].kind == .newline, low < tokens.count - 1 { low += 1 }
    return tokens[low]
  }

  /// The source text of `range`.
  func text(_ range: Range<Int>) -> String {
    String(decoding: source.bytes[range], as: UTF8.self)
  }
}
