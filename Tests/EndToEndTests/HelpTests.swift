import Testing

// Spawns the binary: `--help` is the argument parser's.
struct HelpTests {
  @Test func helpNamesTheTool() throws {
    let result = try Binary.run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("connected places"))
  }
}
