import Foundation
import Testing

// Spawns the binary: the resident memory of a long-running process.
/// `serve` re-rendering the same model many times keeps its resident memory flat (Graphviz
/// allocates per layout, clusters included; nothing may pile up across re-renders).
@Suite struct ServeMemoryTests {
  /// Re-renders to run: a quick 30 by default; SCP_DFD_LIVE_RENDERS=200 for the docs figure.
  static let renders =
    ProcessInfo.processInfo.environment["SCP_DFD_LIVE_RENDERS"].flatMap(Int.init) ?? 30

  @Test func residentMemoryStaysFlatOverManyReRenders() throws {
    let demo = try IncludeDemoCopy()
    let serve = try LiveProcess(["serve", "main.dfd", "--port", "0"], in: demo.folder)
    #expect(LiveProcess.wait { serve.stderr.contains("serving main.dfd at http://127.0.0.1:") })
    let port = try #require(ServeCommandTests.port(in: serve.stderr))
    let events = try LoopbackHTTP(port: port, path: "/events")
    #expect(events.read(until: "data: 0\n\n"))
    var samples: [Int: Int] = [:]
    let warmUp = 10
    for render in 1...Self.renders {
      try demo.append("\n", to: "main.dfd")
      try #require(events.read(until: "data: \(render)\n\n", within: 20))
      if render == warmUp || render == Self.renders || render % 25 == 0 {
        samples[render] = Self.residentKiB(serve.pid)
      }
    }
    let before = try #require(samples[warmUp])
    let after = try #require(samples[Self.renders])
    print("serve RSS by re-render:", samples.sorted { $0.key < $1.key })
    print(
      "serve RSS after \(warmUp) re-renders: \(before) KiB; after \(Self.renders): \(after) KiB")
    // Before layouts ran in a child, 190 re-renders of this model grew it by 7 MB.
    #expect(after - before < 2 * 1024, "grew from \(before) KiB to \(after) KiB")
    #expect(serve.stop(with: SIGTERM))
  }

  /// The process's resident set (VmRSS) in KiB, 0 when it cannot be read.
  static func residentKiB(_ pid: pid_t) -> Int {
    let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
  }
}
