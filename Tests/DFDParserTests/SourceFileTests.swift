import DFDParser
import Diagnostics
import Testing

struct SourceFileTests {
  @Test func lineStartsFollowNewlines() {
    let file = SourceFile(path: "a.dfd", text: "ab\ncd\n\nx")
    #expect(file.lineStarts == [0, 3, 6, 7])
  }
}
