import Diagnostics

/// Turns tokens into syntax: one `parseX()` per rule of the grammar in docs/language.md.
///
/// It reports every syntax error it meets (at most one per line) and recovers at the next line or
/// `}`.
public struct Parser {
  /// The deepest nesting of boundaries accepted.
  public static let maximumBoundaryDepth = 100
  /// The deepest nesting of `[` lists accepted in a value.
  public static let maximumListDepth = 32

  let source: SourceFile
  let tokens: [Token]
  var position = 0
  /// Syntax errors found so far.
  public private(set) var diagnostics: [Diagnostic] = []
  private var linesWithErrors = Set<Int>()

  public init(source: SourceFile) {
    self.source = source
    self.tokens = Lexer.tokenize(source.bytes)
  }

  /// Parses a whole file.
  public static func parse(_ source: SourceFile) -> (syntax: FileSyntax, diagnostics: [Diagnostic])
  {
    var parser = Parser(source: source)
    let syntax = parser.parseFile()
    return (syntax, parser.diagnostics)
  }

  /// Parses `file := statement*`.
  public mutating func parseFile() -> FileSyntax {
    FileSyntax(statements: parseStatements(depth: 0, opening: nil))
  }

  // MARK: Cursor

  var current: Token { tokens[position] }

  func peek(_ distance: Int) -> Token {
    tokens[min(position + distance, tokens.count - 1)]
  }

  var previousEnd: Int { position > 0 ? tokens[position - 1].range.upperBound : 0 }

  mutating func advance() {
    if position < tokens.count - 1 { position += 1 }
  }

  func text(_ token: Token) -> String {
    String(decoding: source.bytes[token.range], as: UTF8.self)
  }

  func isKeyword(_ keyword: Token.Keyword, _ token: Token? = nil) -> Bool {
    (token ?? current).kind == .keyword(keyword)
  }

  func range(_ range: Range<Int>) -> SourceRange { SourceRange(file: source.path, range) }

  /// Whether the current token ends a statement (it is not consumed).
  var atStatementEnd: Bool {
    switch current.kind {
    case .newline, .semicolon, .endOfFile, .rightBrace: return true
    default: return position > 0 && tokens[position - 1].kind == .newline
    }
  }

  /// The end of the last token before the current one that is not a line break.
  var contentEnd: Int {
    var index = position - 1
    while index > 0, tokens[index].kind == .newline { index -= 1 }
    return index >= 0 ? tokens[index].range.upperBound : 0
  }

  // MARK: Errors and recovery

  /// Records a syntax error unless its line already has one.
  mutating func report(_ diagnostic: Diagnostic) {
    let line = source.lineIndex(of: diagnostic.range.start)
    guard linesWithErrors.insert(line).inserted else { return }
    diagnostics.append(diagnostic)
  }

  /// The range to point at for the current token: after the previous token when it is a line end.
  var currentRange: SourceRange {
    switch current.kind {
    case .newline, .endOfFile: return range(previousEnd..<previousEnd)
    default: return range(current.range)
    }
  }

  /// Reports "expected `what`, found …" for the current token (or what is wrong with it).
  mutating func expected(_ what: String) {
    let token = current
    switch token.kind {
    case .invalid: report(invalidTokenDiagnostic(token))
    case .unterminatedString: report(.unterminatedString(at: range(token.range)))
    default:
      let found: String
      switch token.kind {
      case .identifier, .number: found = "\(token.kind.summary) '\(text(token))'"
      default: found = token.kind.summary
      }
      report(.expected(what, found: found, at: currentRange))
    }
  }

  /// Consumes a token of `kind`, or reports "expected `what`" and returns nil.
  mutating func expect(_ kind: Token.Kind, _ what: String) -> Token? {
    guard current.kind == kind else {
      expected(what)
      return nil
    }
    defer { advance() }
    return current
  }

  func invalidTokenDiagnostic(_ token: Token) -> Diagnostic {
    let bytes = source.bytes[token.range]
    if bytes.first == 0 { return .nulByte(at: range(token.range)) }
    if let first = bytes.first, first >= 0x80,
      UTF8Scanner.sequenceLength(source.bytes, at: token.range.lowerBound) == nil
    {
      return .invalidUTF8(at: range(token.range))
    }
    return .unexpectedCharacter(text(token), at: range(token.range))
  }

  /// Skips to the end of the statement: the next line break, `;`, `}` or `{` (not consumed).
  mutating func recover() {
    while true {
      switch current.kind {
      case .newline, .semicolon, .endOfFile, .rightBrace, .leftBrace: return
      default: advance()
      }
    }
  }

  /// Skips a `{ ... }` block without building syntax, however deep it nests.
  mutating func skipBlock() {
    var depth = 0
    while current.kind != .endOfFile {
      if current.kind == .leftBrace { depth += 1 }
      if current.kind == .rightBrace {
        depth -= 1
        if depth <= 0 {
          advance()
          return
        }
      }
      advance()
    }
  }
}
