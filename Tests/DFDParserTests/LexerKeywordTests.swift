import DFDParser
import Testing

/// The lexer recognises keywords by length and first letter, then byte by byte.
struct LexerKeywordTests {
  @Test(arguments: Token.Keyword.allCases)
  func everyKeywordIsLexedAsOne(_ keyword: Token.Keyword) {
    let tokens = Lexer.tokenize(Array(keyword.rawValue.utf8))
    #expect(tokens.map(\.kind) == [.keyword(keyword), .endOfFile])
  }

  @Test(arguments: [
    "models", "mode", "Model", "dat", "datum", "bound", "threats", "om", "tru", "falsy", "in",
  ])
  func nearMissesAreIdentifiers(_ word: String) {
    let tokens = Lexer.tokenize(Array(word.utf8))
    #expect(tokens.map(\.kind) == [.identifier, .endOfFile])
  }
}
