import Testing

@testable import DFDLayout

#if canImport(Glibc)
  import Glibc
#endif

/// The child process that bounds a layout: its bytes, its deadline, its crash.
struct LayoutChildTests {
  @Test func bytesComeBackWhole() {
    let bytes = (0..<300_000).map { UInt8($0 % 251) }
    #expect(LayoutChild.run(deadline: 10) { bytes } == .finished(bytes))
  }

  @Test func aChildPastItsDeadlineIsKilled() {
    let clock = ContinuousClock()
    let start = clock.now
    #expect(
      LayoutChild.run(deadline: 0.2) {
        sleep(30); return []
      } == .timedOut)
    #expect(start.duration(to: clock.now) < .seconds(5))
  }

  @Test func aCrashIsReportedNotShared() {
    #expect(LayoutChild.run(deadline: 10) { abort() } == .crashed(signal: SIGABRT))
    #expect(LayoutChild.run(deadline: 10) { nil } == .failed)
  }

  @Test func renderingsSurviveThePipe() {
    var rendering = Rendering(data: Array("<svg/>".utf8), messages: ["a", "b c"], isDegraded: true)
    rendering.flowsThroughTitles = 70_000
    rendering.labelsCrossed = 3
    #expect(RenderingWire.decode(RenderingWire.encode(rendering)) == rendering)
    let plain = Rendering(data: [])
    #expect(RenderingWire.decode(RenderingWire.encode(plain)) == plain)
    #expect(RenderingWire.decode([1, 2, 3]) == nil)
  }
}
