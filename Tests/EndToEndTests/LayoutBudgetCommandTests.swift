import Foundation
import TestSupport
import Testing

/// Spawns the binary to time whole `render` and `report` runs of a small, dense model.
///
/// Issue 12: 100 elements and 1,000 labelled flows ran past 120 s. A wall-clock limit needs a
/// process of its own: in process, the test's other work shares the two cores. The fallback's
/// warning: PipelineTests.DenseModelTests.
struct LayoutBudgetCommandTests {
  @Test(arguments: ["render", "report"])
  func theDenseModelFinishesWithinFifteenSeconds(_ command: String) throws {
    let folder = try RenderTests.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = folder.appendingPathComponent("dense.dfd")
    try DenseModel.text(elements: 100, flows: 1_000).write(
      to: model, atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent(command == "render" ? "dense.svg" : "dense.html")
    let clock = ContinuousClock()
    let start = clock.now
    let result = try Binary.run([command, model.path, "-o", output.path])
    #expect(start.duration(to: clock.now) < .seconds(15))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stderr.contains("warning: layout"), "\(result.stderr)")
  }
}
