import Testing

@testable import DFDLayout

/// Pages drawn by Graphviz through cairo, joined into one PDF on A4 paper.
struct PDFJoinerTests {
  static func pdf(_ dot: String) throws -> [UInt8] {
    try GraphvizRenderer().render(dot: dot, as: .pdf).data
  }

  @Test func joinsPagesOnThePaper() throws {
    let first = try Self.pdf("digraph a { x -> y }")
    let second = try Self.pdf("digraph b { \"(1 0 R)\" -> q -> r }")
    // The second page is turned (a wide page on portrait paper is printed landscape).
    let papers = [PageLayout(paper: .a4).size, PageLayout(paper: .a4, landscape: true).size]
    let joined = try #require(PDFJoiner.join([first, second], papers: papers))
    let read = try #require(PDFJoiner.read(joined))
    // The root's kids are the inputs' page trees, each holding one page.
    #expect(read.pages.count == 2)
    var boxes: [[Double]?] = []
    for tree in read.pages {
      let kids = PDFObject.references(after: "/Kids", in: Array(try #require(read.objects[tree])))
      let page = try #require(kids?.count == 1 ? kids?.first : nil)
      boxes.append(
        PDFObject.numbers(after: "/MediaBox", in: Array(try #require(read.objects[page]))))
    }
    #expect(boxes == [[0, 0, 595.28, 841.89], [0, 0, 841.89, 595.28]])
    #expect(String(decoding: joined.prefix(8), as: UTF8.self) == "%PDF-1.5")
  }

  @Test func refusesWhatIsNotAPDF() throws {
    #expect(PDFJoiner.join([Array("%PDF-1.5\nnonsense".utf8)], papers: [(595, 842)]) == nil)
    #expect(PDFJoiner.join([[]], papers: [(595, 842)]) == nil)
    #expect(PDFJoiner.join([try Self.pdf("digraph { a }")], papers: []) == nil)
  }

  @Test func shiftsReferencesOutsideStringsOnly() {
    let head = Array("<< /Kids [ 2 0 R 10 0 R ] /T (3 0 R) /Length 5 0 R >>".utf8)
    let shifted = String(decoding: PDFObject.shiftingReferences(head, by: 7), as: UTF8.self)
    #expect(shifted == "<< /Kids [ 9 0 R 17 0 R ] /T (3 0 R) /Length 12 0 R >>")
  }

  @Test func writesNumbersWithoutExponents() {
    #expect(PDFObject.real(0.0001) == "0")
    #expect(PDFObject.real(-12.5) == "-12.5")
    #expect(PDFObject.real(595.28) == "595.28")
  }
}
