import Testing

struct ParserDiagnosticTests {
  @Test func unexpectedCharacter() {
    expectDiagnostics(
      "sensor a ↓% \"x\"\na -> a", [("DFD101", "unexpected character '%'")], ignoring: ["DFD401"])
  }

  @Test func invalidUTF8AndNul() {
    let bytes: [UInt8] =
      Array("sensor a \"x".utf8) + [0xFF, 0xFE] + Array("\"\n# c".utf8) + [0] + Array("\n".utf8)
      + [0xC3, 0x28] + Array("\n".utf8)
    let found = loadBytes(bytes).diagnostics.filter { $0.isError }.map {
      "\($0.range.start) \($0.code)"
    }
    #expect(found == ["11 DFD102", "18 DFD103", "20 DFD102"])
  }

  @Test func unterminatedString() {
    expectDiagnostics(
      "sensor a ↓\"open\nsensor b \"ok\"\na -> b",
      [("DFD104", "unterminated string")])
  }

  @Test func invalidEscape() {
    expectDiagnostics(
      "sensor a \"bad ↓\\q\"\nsensor b\na -> b",
      [("DFD105", "invalid escape sequence '\\q' in string")])
  }

  @Test func expectedToken() {
    expectDiagnostics(
      "sensor a\nsensor b\na -> ↓\"x\"\na -> b",
      [("DFD106", "expected the flow's target, found string")])
  }

  @Test func unclosedAttributeList() {
    expectDiagnostics(
      "sensor a [exposure: public↓\nsensor b\na -> b",
      [("DFD107", "expected ']' to close the attribute list")])
  }

  @Test func unclosedBoundary() {
    expectDiagnostics(
      "boundary z {\n  sensor a\n  sensor b\n  a -> b↓",
      [("DFD107", "expected '}' to close the block")])
  }

  @Test func reservedWordAndNumber() {
    expectDiagnostics(
      "sensor ↓data\nsensor ↓42\n",
      [
        ("DFD108", "expected an element name after kind 'sensor', found reserved word 'data'"),
        ("DFD109", "expected an element name after kind 'sensor', found number '42'"),
      ])
  }

  @Test func invalidNumber() {
    expectDiagnostics(
      "boundary z [security-level: ↓3x] {\n sensor a\n sensor b\n a -> b\n}",
      [("DFD110", "invalid number '3x'")])
  }

  @Test func unexpectedClosingBrace() {
    expectDiagnostics(
      "sensor a\nsensor b\na -> b\n↓}", [("DFD112", "unexpected '}' with no open boundary")])
  }

  @Test func modelInsideBoundaryAndInclude() {
    expectDiagnostics(
      "boundary z {\n  ↓model \"x\"\n  ↓include \"y.dfd\"\n  sensor a\n  sensor b\n  a -> b\n}",
      [
        ("DFD113", "'model' is only allowed at the top level"),
        ("DFD502", "'include' is only allowed at the top level of a file"),
      ])
  }

  @Test func oneErrorPerLine() {
    expectDiagnostics(
      "sensor a ↓% % % ]]] ::\nsensor b\na -> b", [("DFD101", "unexpected character '%'")])
  }

  @Test func recoversAndReportsEveryLine() {
    expectDiagnostics(
      "↓-> x\nsensor a\n↓: y\nsensor b\na -> b\n↓[",
      [
        ("DFD106", "expected a statement, found '->'"),
        ("DFD106", "expected a statement, found ':'"),
        ("DFD106", "expected a statement, found '['"),
      ])
  }
}
