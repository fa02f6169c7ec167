/// One lexical unit of a model file, with its UTF-8 byte range.
public struct Token: Hashable, Sendable {
  /// What a token is.
  public enum Kind: Hashable, Sendable {
    case identifier
    case keyword(Keyword)
    /// A `"..."` string, quotes included in the range.
    case string
    /// A `"""..."""` string, quotes included in the range.
    case multilineString
    /// A run starting with a digit (`42`, `3.5`; `3abc` is lexed whole and rejected later).
    case number
    case arrow
    case twoWayArrow
    case colon
    case comma
    case semicolon
    /// `*`: every target, in `threat RULE on *`.
    case star
    case leftBracket
    case rightBracket
    case leftBrace
    case rightBrace
    case newline
    case endOfFile
    /// A byte or character the language does not use, or bytes that are not UTF-8.
    case invalid
    /// A string that reaches the end of its line (or, for `"""`, the end of the file).
    case unterminatedString
  }

  /// The reserved words of the language.
  public enum Keyword: String, Hashable, Sendable, CaseIterable {
    case model, include, data, boundary, threat, on, `true`, `false`
  }

  public var kind: Kind
  public var range: Range<Int>

  public init(_ kind: Kind, _ range: Range<Int>) {
    self.kind = kind
    self.range = range
  }
}

extension Token.Kind {
  /// How messages name a token of this kind.
  var summary: String {
    switch self {
    case .identifier: return "identifier"
    case .keyword(let keyword): return "keyword '\(keyword.rawValue)'"
    case .string, .multilineString, .unterminatedString: return "string"
    case .number: return "number"
    case .arrow: return "'->'"
    case .twoWayArrow: return "'<->'"
    case .colon: return "':'"
    case .comma: return "','"
    case .semicolon: return "';'"
    case .star: return "'*'"
    case .leftBracket: return "'['"
    case .rightBracket: return "']'"
    case .leftBrace: return "'{'"
    case .rightBrace: return "'}'"
    case .newline: return "end of line"
    case .endOfFile: return "end of file"
    case .invalid: return "invalid character"
    }
  }
}
