import Foundation
import Testing

@testable import Reports

/// Report size grows linearly with the model; `SCP_DFD_PERF=1` also prints timings for
/// docs/performance.md (run in release: `swift test -c release --filter PerformanceTests`).
@Suite struct PerformanceTests {
  @Test func sizeIsLinearInTheModel() throws {
    let small = LargeModel.input(elements: 100, boundaries: 10)
    let large = LargeModel.input(elements: 400, boundaries: 40)
    let renderer = try ReportRenderer(format: .html)
    let smallSize = try renderer.render(small).text.utf8.count
    let largeSize = try renderer.render(large).text.utf8.count
    let ratio = Double(largeSize) / Double(smallSize)
    #expect(ratio > 3.5 && ratio < 4.5, "400 elements gave \(ratio)× the report of 100")
  }

  @Test(
    .enabled(
      if: ProcessInfo.processInfo.environment["SCP_DFD_PERF"] == "1",
      "timings only with SCP_DFD_PERF=1"))
  func fullSizeModelTimings() throws {
    let clock = ContinuousClock()
    var input = LargeModel.input(elements: 1_000, boundaries: 100)
    print("findings: \(input.findings.count), svg bytes: \(input.svg?.utf8.count ?? 0)")
    let context = clock.measure { _ = ReportContext(input: input).values() }
    print("context: \(context)")
    let targets = ReportContext(input: input).diagramTargets()
    let svgTime = clock.measure { _ = SVGSanitizer { targets[$0] }.sanitize(input.svg ?? "") }
    print("svg: \(svgTime)")
    for format in ReportFormat.allCases {
      let renderer = try ReportRenderer(format: format)
      var bytes = 0
      let elapsed = try clock.measure { bytes = try renderer.render(input).text.utf8.count }
      print("report \(format.rawValue): \(elapsed), \(bytes) bytes")
    }
    var bytes = 0
    var elapsed = clock.measure { bytes = SARIFWriter().write(input).utf8.count }
    print("sarif: \(elapsed), \(bytes) bytes")
    elapsed = clock.measure { bytes = CSVWriter().write(input).utf8.count }
    print("csv: \(elapsed), \(bytes) bytes")
    input.svg = nil
    elapsed = clock.measure { bytes = MarkdownTableWriter().write(input).utf8.count }
    print("markdown table: \(elapsed), \(bytes) bytes")
  }
}
