import DFDParser
import Diagnostics
import Testing

/// The layout rules of `ModelFormatter`, one at a time.
struct ModelFormatterTests {
  func expectFormat(
    _ input: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let formatted = FormatSupport.format(input, sourceLocation: sourceLocation)
    #expect(formatted == expected, sourceLocation: sourceLocation)
    let again = FormatSupport.format(formatted, sourceLocation: sourceLocation)
    #expect(again == formatted, "not idempotent", sourceLocation: sourceLocation)
  }

  @Test func oneStatementPerLineIndentedByBoundaryDepth() {
    expectFormat(
      "boundary a\n{ service s; boundary b {database d}}\nflow s->d\n",
      "boundary a {\n  service s\n  boundary b {\n    database d\n  }\n}\ns -> d\n")
  }

  @Test func blankLinesCollapseToOneAndNoneAtTheEdges() {
    expectFormat(
      "\n\nservice a\n\n\n\nservice b\nboundary x {\n\n  service c\n\n}\n\n\n",
      "service a\n\nservice b\nboundary x {\n  service c\n}\n")
  }

  @Test func stringsAreQuotedOneWay() {
    expectFormat(
      #"service a "\u{41}\u{9}\u{202e}\"\\ é""# + "\n",
      #"service a "A\t\u{202E}\"\\ é""# + "\n")
  }

  @Test func rawControlAndBidiCharactersInLabelsBecomeEscapes() {
    expectFormat(
      "service a \"x\u{202E}y\u{1B}z\u{7F}\"\n", "service a \"x\\u{202E}y\\u{1B}z\\u{7F}\"\n")
  }

  @Test func commentsKeepTheirTextEvenWithBidiCharacters() {
    let comment = "# admin \u{202E}txt.exe\u{2066} note"
    expectFormat(
      "\(comment)\nservice a   // end \u{202E}of line\n",
      "\(comment)\nservice a  // end \u{202E}of line\n")
  }

  @Test func longAttributeListsWrapOneAttributePerLine() {
    let attributes = (1...12).map { "attribute-number-\($0)" }
    expectFormat(
      "service a [" + attributes.joined(separator: ", ") + "]\n",
      "service a [\n" + attributes.map { "  \($0)\n" }.joined() + "]\n")
  }

  @Test func shortWrappedListsJoinUnlessTheyHoldComments() {
    expectFormat("service a [\n  x,\n  y: 1\n]\n", "service a [x, y: 1]\n")
    expectFormat(
      "service a [ # why\n  x, y: 1\n]\n", "service a [  # why\n  x\n  y: 1\n]\n")
  }

  @Test func valueListsWrapWhenTheyHoldComments() {
    expectFormat(
      "a -> b [data: [x, # first\n y]]\n",
      "a -> b [\n  data: [\n    x  # first\n    y\n  ]\n]\n")
  }

  @Test func commentsBeforeClosingBracketsAndBracesStayInside() {
    expectFormat(
      "boundary b {\nservice s [x\n# last item\n]\n   # last statement\n}\n",
      "boundary b {\n  service s [\n    x\n    # last item\n  ]\n  # last statement\n}\n")
  }

  @Test func emptyAttributeListsGoAndEmptyValueListsStay() {
    expectFormat("service a []\nservice b [tags: []]\n", "service a\nservice b [tags: []]\n")
  }

  @Test func numbersSymbolsAndIncludesStayAsWritten() {
    expectFormat(
      "include   \"lib/a.dfd\"\nservice a [retention-days: 07, weight: 1.50, x: on]\n",
      "include \"lib/a.dfd\"\nservice a [retention-days: 07, weight: 1.50, x: on]\n")
  }

  @Test func multilineStringsKeepTheirContent() {
    let input = "model \"m\" [description: \"\"\"\n      one\n    two\n  \"\"\"]\n"
    expectFormat(input, "model \"m\" [\n  description: \"\"\"\n      one\n    two\n  \"\"\"\n]\n")
  }

  @Test func crlfLineEndsBecomeLF() {
    expectFormat("service a # c\r\n\r\n\r\nservice b\r\n", "service a  # c\n\nservice b\n")
  }

  @Test func flowsThreatsAndNamesAreSpacedOneWay() {
    expectFormat(
      "flow a->b;n :a<->b 'x'\nthreat  R-1 on a  ->  b : x [status:mitigated]\n"
        .replacingOccurrences(of: "'", with: "\""),
      "a -> b\nn: a <-> b \"x\"\nthreat R-1 on a->b:x [status: mitigated]\n")
  }

  @Test func filesWithSyntaxErrorsAreNotFormatted() {
    let result = ModelFormatter.format(
      SourceFile(path: "bad.dfd", text: "service a [x\nservice \"b"))
    #expect(result.text == nil)
    #expect(!result.diagnostics.isEmpty)
  }

  @Test func emptyAndCommentOnlyFiles() {
    expectFormat("", "")
    expectFormat("\n\n  # only a comment   \n\n", "# only a comment\n")
  }
}

/// Cases where a careless layout would change what the file says.
struct ModelFormatterMeaningTests {
  @Test func wrappedItemsNeverStartALineWithAStatementKeyword() {
    let attributes = (1...10).map { "attribute-number-\($0)" } + ["boundary: x", "model"]
    let formatted = FormatSupport.format("service a [" + attributes.joined(separator: ", ") + "]\n")
    let (syntax, diagnostics) = Parser.parse(SourceFile(path: "m.dfd", text: formatted))
    #expect(diagnostics.isEmpty, "\(formatted)")
    guard case .element(let element) = syntax.statements.first else {
      Issue.record("not an element:\n\(formatted)")
      return
    }
    #expect(element.attributes.map(\.name.text).suffix(2) == ["boundary", "model"])
  }

  @Test func multilineStringsInCRLFFilesKeepTheirValue() {
    let text =
      "model \"m\" [description: \"\"\"\r\n    a\r\n      b \r\n    \"\"\"]\r\nservice s\r\n"
    #expect(FormatSupport.check("m.dfd", root: "m.dfd", ["m.dfd": text]).problem == nil)
  }

  @Test func rawBidiCharactersInMultilineStringsBecomeEscapes() {
    let text = "model \"m\" [description: \"\"\"\n  a\u{202E}b\u{1B}\n    c\n  \"\"\"]\nservice s\n"
    let (formatted, problem) = FormatSupport.check("m.dfd", root: "m.dfd", ["m.dfd": text])
    #expect(problem == nil)
    #expect(formatted.contains("a\\u{202E}b\\u{1B}\n    c"))
    #expect(!formatted.unicodeScalars.contains("\u{202E}"))
  }
}
