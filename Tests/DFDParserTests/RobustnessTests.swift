import DFDParser
import Diagnostics
import Testing

/// Hostile inputs: each must end quickly with diagnostics, never a crash or a hang.
struct RobustnessTests {
  @Test func deeplyNestedBoundaries() {
    let depth = 20_000
    var text = ""
    for index in 0..<depth { text += "boundary b\(index) {\n" }
    text += "service s\n" + String(repeating: "}\n", count: depth)
    let model = load(text)
    #expect(model.diagnostics.contains { $0.code == "DFD111" })
    #expect(model.resolved?.diagram.boundaries.count == Parser.maximumBoundaryDepth - 1)
  }

  @Test func hugeLabel() throws {
    let label = String(repeating: "é", count: 2_500_000)
    let model = load("service a \"\(label)\"\nservice b\na -> b")
    #expect(model.diagnostics.isEmpty)
    #expect(model.resolved?.diagram.element("a")?.label?.count == 2_500_000)
    let broken = load("service a \"\(label)\" [mfa: maybe]\nservice b\na -> b")
    let text = DiagnosticRenderer(files: broken.sources).render(broken.diagnostics)
    #expect(text.count < 2_000)
    #expect(text.contains("mfa"))
  }

  @Test func unclosedBrackets() {
    let model = load("service a [" + String(repeating: "[", count: 100_000) + "\nservice b\na -> b")
    #expect(model.hasErrors)
    #expect(model.resolved?.diagram.element("b") != nil)
    let values = load("service a [x: " + String(repeating: "[", count: 100_000))
    #expect(values.diagnostics.contains { $0.code == "DFD111" })
  }

  @Test func manyElements() {
    var text = ""
    for index in 0..<50_000 { text += "service s\(index)\n" }
    let model = load(text)
    #expect(model.resolved?.diagram.elements.count == 50_000)
    #expect(model.diagnostics.count == 50_000)
  }

  @Test func binaryGarbage() {
    var generator = SystemRandomNumberGenerator()
    var bytes: [UInt8] = []
    for _ in 0..<200_000 { bytes.append(UInt8.random(in: 0...255, using: &generator)) }
    let model = loadBytes(bytes)
    #expect(model.hasErrors)
    let text = DiagnosticRenderer(files: model.sources).render(model.diagnostics)
    #expect(text.contains("more diagnostics"))
  }

  @Test func nulAndInvalidBytesEverywhere() {
    let bytes: [UInt8] = [0, 0x0A, 0xFF, 0x0A, 0x22, 0, 0xC0, 0x22, 0x0A, 0x5B, 0xE2, 0x82]
    let model = loadBytes(bytes)
    #expect(Set(model.diagnostics.map(\.code)).isSuperset(of: ["DFD102", "DFD103"]))
  }
}
