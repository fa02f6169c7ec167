import DFDModel
import Testing
import ThreatEngine

/// Findings say why they fired (only the facts that decided it), whether they rest on
/// assumptions, and what would clear them; two-way flows report once.
struct ExplanationTests {
  @Test func whyListsOnlyTheDecidingFacts() throws {
    let catalogue = try TestCatalogue.rules([
      (
        "T-WHY", "element",
        "not (element.internet-facing or element.segregated) and element.default-credentials"
      )
    ])
    let (diagram, _) = try ModelText.diagram("gateway x [internet-facing: false]")
    let finding = try #require(Analyzer(catalogue: catalogue).analyze(diagram).findings.first)
    // Both parts of the `or` were false, so both decided it; nothing else was read.
    #expect(
      finding.why.map(\.path) == [
        "element.internet-facing", "element.segregated", "element.default-credentials",
      ])
    let any = try TestCatalogue.rules([
      ("T-ANY", "element", "element.internet-facing or element.default-credentials")
    ])
    let fired = try #require(Analyzer(catalogue: any).analyze(diagram).findings.first)
    #expect(fired.why.map(\.path) == ["element.default-credentials"])
  }

  @Test func basisIsPresumedWhenAnAssumedValueDecides() throws {
    let catalogue = try TestCatalogue.rules([("T-B", "element", "not element.mfa")])
    let (presumed, _) = try ModelText.diagram("service x")
    #expect(Analyzer(catalogue: catalogue).analyze(presumed).findings.first?.basis == .presumed)
    let (confirmed, _) = try ModelText.diagram("service x [mfa: false]")
    #expect(Analyzer(catalogue: catalogue).analyze(confirmed).findings.first?.basis == .confirmed)
  }

  @Test func findingsSayWhatWouldClearThem() throws {
    let (diagram, _) = try ModelText.diagram("camera anpr-cam")
    let findings = Analyzer(catalogue: .builtIn).analyze(diagram).findings
    let credentials = try #require(findings.first { $0.rule == "SCP-S-005" })
    #expect(credentials.clearedBy == ["state `default-credentials: false` on `anpr-cam`"])
    let firmware = try #require(findings.first { $0.rule == "SCP-T-004" })
    #expect(firmware.clearedBy == ["state `firmware-signed` on `anpr-cam`"])
  }

  @Test func aTwoWayFlowReportsWhatFiresBothWaysOnce() throws {
    let catalogue = try TestCatalogue.rules([
      ("T-BOTH", "flow", "not flow.encrypted"),
      ("T-ONE", "flow", "target.kind is database"),
    ])
    let (diagram, _) = try ModelText.diagram("service a; database b; a <-> b")
    let findings = Analyzer(catalogue: catalogue).analyze(diagram).findings
    #expect(findings.filter { $0.rule == "T-BOTH" }.map(\.target) == ["a->b"])
    #expect(findings.filter { $0.rule == "T-ONE" }.map(\.target) == ["a->b"])
    let reverse = try TestCatalogue.rules([("T-REV", "flow", "source.kind is database")])
    #expect(Analyzer(catalogue: reverse).analyze(diagram).findings.map(\.target) == ["b->a"])
  }
}
