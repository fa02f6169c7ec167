import Foundation
import Testing

/// `scp-dfd render --paths`: the paths listed on standard error, and a clear refusal when the
/// model has none.
struct RenderPathsCommandTests {
  @Test func pathsAreListedAndDrawn() throws {
    let result = try Binary.run(
      ["render", "samples/car-park-cctv.dfd", "--paths", "--format", "dot"], in: Binary.root)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "P2 from the supplier: tech → vendor-rap → site-nvr → router-4g → barrier"))
    #expect(result.stdout.contains("attack-path"))
  }

  @Test func aModelWithoutPathsExitsTwoSayingWhy() throws {
    let result = try Binary.run(
      ["render", "samples/include-demo/main.dfd", "--paths", "--format", "dot"], in: Binary.root)
    #expect(result.status == 2)
    #expect(result.stderr.contains("--paths: no path leads from the internet or a supplier"))
  }

  @Test func theOverviewDrawsTheWholeModelOnly() throws {
    let drawn = try Binary.run(
      ["render", "samples/car-park-cctv.dfd", "--overview", "--format", "dot"], in: Binary.root)
    #expect(drawn.status == 0, "\(drawn.stderr)")
    #expect(drawn.stdout.contains("Quayside multi-storey car park (6 elements)"))
    let refused = try Binary.run(
      ["render", "samples/car-park-cctv.dfd", "--overview", "--focus", "barrier"], in: Binary.root)
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("--overview draws the whole model"))
  }
}
