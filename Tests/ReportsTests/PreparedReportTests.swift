import Foundation
import Testing

@testable import Reports

/// `ReportRenderer.prepare` takes the report before the diagram exists and writes the page once
/// it does; the result must be the page `render` gives with the diagram in hand.
@Suite struct PreparedReportTests {
  static let customTemplate =
    "{{title}}|{{#hasDiagram}}{{{diagram.svg}}}|{{diagram.file}}{{/hasDiagram}}|"
    + "{{#findings}}{{number}};{{/findings}}|"

  /// The page a prepared report writes, piece by piece, and how many pieces it took.
  static func written(_ prepared: PreparedReport, svg: String?) throws -> (
    text: String, pieces: Int
  ) {
    var bytes: [UInt8] = []
    var pieces = 0
    try prepared.writePage(svg: svg) { piece in
      bytes.append(contentsOf: piece)
      pieces += 1
    }
    return (String(decoding: bytes, as: UTF8.self), pieces)
  }

  /// The page with the Content-Security-Policy nonce, random per render, made fixed.
  static func fixedNonce(_ text: String) -> String {
    text.replacingOccurrences(
      of: #"nonce(-|=")[a-z0-9]+"#, with: "nonce$1N", options: .regularExpression)
  }

  @Test(arguments: ReportFormat.allCases, [false, true])
  func preparedPageIsTheRenderedPage(_ format: ReportFormat, custom: Bool) throws {
    let svg = try Fixture.svg
    let renderer = try ReportRenderer(format: format, template: custom ? Self.customTemplate : nil)
    let expected = try renderer.render(Fixture.input(svg: svg), diagramFile: "lighting.svg")
    let prepared = renderer.prepare(
      Fixture.input(), withDiagram: true, diagramFile: "lighting.svg")
    let page = try Self.written(prepared, svg: svg).text
    #expect(Self.fixedNonce(page) == Self.fixedNonce(expected.text))
    #expect(prepared.diagramFile == (format == .markdown ? "lighting.svg" : nil))
    var diagram: [UInt8] = []
    prepared.writeDiagram(svg: svg) { diagram.append(contentsOf: $0) }
    if format == .markdown {
      #expect(String(decoding: diagram, as: UTF8.self) == expected.attachments.first?.contents)
    }
  }

  @Test func withoutDiagramThePageSaysSo() throws {
    let renderer = try ReportRenderer(format: .html)
    let prepared = renderer.prepare(Fixture.input(), withDiagram: false)
    let page = try Self.written(prepared, svg: nil).text
    #expect(page.contains("No diagram was rendered for this report."))
    #expect(!page.contains("<svg"))
    #expect(Self.fixedNonce(page) == Self.fixedNonce(try renderer.render(Fixture.input()).text))
  }

  @Test(arguments: ReportFormat.allCases)
  func preparedLargePageIsTheRenderedPage(_ format: ReportFormat) throws {
    let input = LargeModel.input(elements: 400, boundaries: 40)
    let svg = try #require(input.svg)
    let renderer = try ReportRenderer(format: format)
    var withoutSVG = input
    withoutSVG.svg = nil
    let prepared = renderer.prepare(withoutSVG, withDiagram: true)
    let page = try Self.written(prepared, svg: svg).text
    #expect(Self.fixedNonce(page) == Self.fixedNonce(try renderer.render(input).text))
  }

  @Test func sanitisingInPiecesGivesTheWholeResult() throws {
    let svg = try #require(LargeModel.input(elements: 800, boundaries: 80).svg)
    let sanitizer = SVGSanitizer { $0.hasPrefix("el-") ? String($0.dropFirst(3)) : nil }
    var pieces: [Int] = []
    var bytes: [UInt8] = []
    sanitizer.sanitize(svg) { piece in
      pieces.append(piece.count)
      bytes.append(contentsOf: piece)
    }
    #expect(String(decoding: bytes, as: UTF8.self) == sanitizer.sanitize(svg))
    #expect(pieces.count > 1)
    #expect(pieces.dropLast().allSatisfy { $0 >= SVGSanitizer.pieceSize })
  }
}
