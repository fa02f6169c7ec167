import DFDModel
import Foundation
import TestSupport
import Testing

@testable import Reports

@Suite struct HTMLReportTests {
  private func html(_ input: ReportInput) throws -> String {
    try ReportRenderer(format: .html).render(input).text
  }

  @Test func isSelfContained() throws {
    let html = try ReportRenderer(format: .html).render(Fixture.input(svg: try Fixture.svg)).text
    #expect(!html.contains("src=\"http"))
    #expect(!html.contains("href=\"http"))
    #expect(!html.contains("@import"))
    #expect(html.components(separatedBy: "<script").count == 2)
    #expect(html.contains("<svg"))
    #expect(html.contains("data-target=\"lamp\""))
    #expect(html.contains("data-target=\"f4\""))
    #expect(!html.contains("<?xml"))
    let rows = html.components(separatedBy: "<tr id=\"finding-").count - 1
    #expect(rows == Fixture.findings.count)
    // The reverse half of a two-way flow is drawn as its forward half.
    #expect(html.contains("data-target=\"f4\" data-stride=\"information-disclosure\""))
  }

  @Test func clickingFilteringAndSortingWorkInChromium() throws {
    var input = Fixture.input(svg: try Fixture.svg)
    input.findings[1].basis = .presumed  // one presumed finding for the Basis filter
    let (result, _) = try Chromium.probe(try html(input))
    let all = Fixture.findings.count
    #expect(result["initialShown"] as? Int == all)
    #expect(result["initialCount"] as? String == "Showing \(all) of \(all) findings")
    #expect(result["initialSelected"] as? String == "")
    #expect(result["controlsShown"] as? Bool == true)
    let shown = try #require(result["filterShown"] as? Int)
    #expect(shown > 0)
    #expect(shown == result["filterExpected"] as? Int)
    #expect(result["filterOnlyTarget"] as? Bool == true)
    #expect(result["selected"] as? Bool == true)
    #expect(result["clearedShown"] as? Int == Fixture.findings.count)
    #expect(result["rowFocusesDiagram"] as? Bool == true)
    #expect(result["criticalShown"] as? Int == 1)
    #expect(result["criticalOnly"] as? Bool == true)
    #expect(result["presumedShown"] as? Int == 1)
    #expect(result["presumedOnly"] as? Bool == true)
    let spoofing = Fixture.findings.filter { $0.stride.contains(.spoofing) }.count
    #expect(spoofing > 0 && spoofing < all)
    #expect(result["spoofingShown"] as? Int == spoofing)
    #expect(result["spoofingOnly"] as? Bool == true)
    #expect((result["searchShown"] as? Int ?? 0) > 0)
    #expect(result["searchMatches"] as? Bool == true)
    #expect(result["resetShown"] as? Int == all)
    #expect(result["sortedBySeverity"] as? Bool == true)
    #expect(result["sortedByNumber"] as? Bool == true)
    #expect((result["badges"] as? Int ?? 0) >= 3)
    #expect(result["zoomToolsShown"] as? Bool == true)
    #expect(result["zoomedGrows"] as? Bool == true)
    #expect(result["zoomScrolls"] as? Bool == true)
    #expect((result["zoomLabel"] as? String)?.hasSuffix("%") == true)
    #expect(result["actualLabel"] as? String == "100%")
    #expect(result["fitRestores"] as? Bool == true)
    #expect(result["fitLabel"] as? String == "Fit")
  }

  @Test func triageAuditFieldsAreShown() throws {
    let html = try ReportRenderer(format: .html).render(Fixture.input(svg: try Fixture.svg)).text
    #expect(html.contains("<p class=\"ticket\">Ticket RISK-214</p>"))
    #expect(html.contains("<p class=\"triaged-by\">Triaged by J. Patel</p>"))
    #expect(html.contains("<p class=\"triage-date\">Triage date 2026-10-02</p>"))
  }

  @Test func readableWithoutScript() throws {
    let html = try ReportRenderer(format: .html).render(Fixture.input(svg: try Fixture.svg)).text
    // Filters are hidden until the script shows them; no row starts hidden.
    #expect(html.contains("<div class=\"controls\" id=\"controls\" hidden>"))
    #expect(
      html.contains("id=\"diagram-tools\" role=\"toolbar\" aria-label=\"Diagram zoom\" hidden>"))
    #expect(!html.contains("<tr hidden"))
    #expect(html.contains("@media print"))
  }

  @Test func hostileModelIsEscaped() throws {
    let html = try ReportRenderer(format: .html).render(HostileFixture.input).text
    #expect(!html.contains(HostileFixture.script))
    #expect(!html.contains("<img"))
    #expect(!html.contains("onerror=\""))
    #expect(!html.contains("onload=\""))
    #expect(!html.contains("onclick=\""))
    #expect(!html.contains("onmouseover=\""))
    #expect(!html.lowercased().contains("=\"javascript:"))
    #expect(!html.lowercased().contains("=\"jav&#x61;script:"))
    #expect(!html.contains("<foreignObject"))
    #expect(!html.contains("<set "))
    #expect(html.components(separatedBy: "<script").count == 2)
  }

  @Test func targetLinkSelectsThatTargetInChromium() throws {
    let (result, _) = try Chromium.probe(
      try html(Fixture.input(svg: try Fixture.svg)), fragment: "#target=lamp")
    let lamp = Fixture.findings.filter { $0.target == "lamp" }.count
    #expect(lamp > 0)
    #expect(result["initialSelected"] as? String == "lamp")
    #expect(result["initialShown"] as? Int == lamp)
    #expect(
      result["initialCount"] as? String == "Showing \(lamp) of \(Fixture.findings.count) findings")
  }

  @Test func theShippedScriptHasNoTestCode() {
    #expect(!ReportAssets.script.contains("selftest"))
    #expect(!ReportAssets.script.contains("performance.now"))
  }

  @Test func hostileModelRunsNothingInChromium() throws {
    let (result, dom) = try Chromium.probe(try html(HostileFixture.input))
    #expect(!dom.contains("<title>PWNED"))
    #expect(!dom.contains("id=\"pwned\""))
    #expect(dom.components(separatedBy: "<tr id=\"finding-").count - 1 == 3)
    #expect(result["filterOnlyTarget"] as? Bool == true)
    #expect(result["filterShown"] as? Int == 1)
    #expect(result["criticalOnly"] as? Bool == true)
  }
}

@Suite struct HTMLScaleTests {
  @Test func fiveThousandFindingsStayResponsive() throws {
    let input = LargeModel.input(elements: 1_700, boundaries: 100)
    #expect(input.findings.count >= 5_000)
    let (result, _) = try Chromium.probe(try ReportRenderer(format: .html).render(input).text)
    #expect(result["filterOnlyTarget"] as? Bool == true)
    #expect(result["sortedBySeverity"] as? Bool == true)
    let filterMs = try #require(result["filterMs"] as? Int)
    let sortMs = try #require(result["sortMs"] as? Int)
    // Generous bounds for a loaded 2-core CI machine; an O(n²) pass over 5,000 rows takes far longer.
    #expect(filterMs < 1_500, "filtering took \(filterMs) ms")
    #expect(sortMs < 3_000, "sorting took \(sortMs) ms")
    print("5,000 findings in chromium: filter \(filterMs) ms, sort \(sortMs) ms")
  }
}
