import DFDLayout
import Testing

struct DOTTextTests {
  @Test func quotedTextCannotEscapeOrBeInterpreted() {
    #expect(DOTText.quoted(#"C:\Network "x" & y"#) == #""C:\\Network \"x\" &amp; y""#)
    #expect(DOTText.quoted("two\nlines") == #""two\nlines""#)
  }
}
