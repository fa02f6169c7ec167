import Foundation
import Testing

/// Spawns the binary to time whole `render` and `report` runs of a small, dense model.
///
/// Issue 12: 100 elements and 1,000 labelled flows ran past 120 s. A wall-clock limit needs a
/// process of its own: in process, the test's other work shares the two cores. The fallback's
/// warning: PipelineTests.DenseModelTests.
struct LayoutBudgetCommandTests {
  /// `elements` services without boundaries and `flows` named, labelled flows between them.
  static func denseModel(elements: Int, flows: Int) -> String {
    var text = "model \"Dense\"\n"
    for index in 0..<elements { text += "service e\(index) \"Element \(index)\"\n" }
    var state: UInt64 = 7
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for number in 1...flows {
      let source = next(elements)
      var target = next(elements - 1)
      if target >= source { target += 1 }
      text += "f\(number): e\(source) -> e\(target) \"Batch \(number)\"\n"
    }
    return text
  }

  @Test(arguments: ["render", "report"])
  func theDenseModelFinishesWithinFifteenSeconds(_ command: String) throws {
    let folder = try RenderTests.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = folder.appendingPathComponent("dense.dfd")
    try Self.denseModel(elements: 100, flows: 1_000).write(
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
