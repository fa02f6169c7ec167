import Foundation
import Testing

// Spawns the binary: a long-running watcher process and its signals.
/// `scp-dfd watch`, spawned on a copy of the include demo and driven by editing its files.
@Suite struct WatchCommandTests {
  @Test(arguments: [false, true])
  func rewritesTheOutputOnEachChangeAndKeepsTheLastGoodOne(poll: Bool) throws {
    let demo = try IncludeDemoCopy()
    let watch = try LiveProcess(
      ["watch", "main.dfd", "-o", "out.svg"] + (poll ? ["--poll"] : []), in: demo.folder)
    #expect(LiveProcess.wait { demo.read("out.svg")?.contains("</svg>") == true })

    // An edit to an included file is seen, and the diagram re-drawn.
    try demo.append("\ncitizen watch-probe \"Watch probe\"\n", to: "shared/council-users.dfd")
    #expect(LiveProcess.wait { demo.read("out.svg")?.contains("Watch probe") == true })

    // A broken model: diagnostics printed, the last good diagram kept.
    let good = demo.read("out.svg")
    try demo.append("\nmotorist -> nowhere \"x\"\n", to: "main.dfd")
    #expect(LiveProcess.wait { watch.stderr.contains("kept the last good out.svg") })
    #expect(watch.stderr.contains("main.dfd:"))
    #expect(watch.stderr.contains("error[DFD"))
    #expect(demo.read("out.svg") == good)

    #expect(watch.stop(with: SIGTERM))
    #expect(watch.status.map { $0 & 0x7F } == SIGTERM, "ends as the signal asks")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: demo.folder.path)
      .filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
  }

  @Test func refusesAnOutputItCannotTellTheFormatOf() throws {
    let result = try Binary.run(
      ["watch", "samples/street-lighting.dfd", "-o", "out.xyz"], in: Binary.root)
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot tell what to write to 'out.xyz'"))
  }
}
