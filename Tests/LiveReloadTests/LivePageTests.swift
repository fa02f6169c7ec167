import Testing

@testable import LiveServer

/// The page `serve` shows: the report plus a reload script and, when broken, a banner.
@Suite struct LivePageTests {
  static let report = """
    <!DOCTYPE html><html><head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-abc123'; img-src data:">
    </head><body class="x"><svg>diagram</svg><script nonce="abc123">report()</script></body></html>
    """

  @Test func theReloadScriptUsesThePageNonceAndThePolicyAllowsOnlyItsOwnEvents() throws {
    let page = LivePage.live(Self.report, version: 7, diagnostics: nil)
    #expect(page.contains("script-src 'nonce-abc123'; img-src data:; connect-src 'self'\""))
    let script = try #require(page.range(of: "<script nonce=\"abc123\">(function"))
    let end = try #require(page.range(of: "</body>"))
    #expect(script.upperBound < end.lowerBound)
    #expect(page.contains("var seen = \"7\""))
    #expect(page.contains("new EventSource(\"/events\")"))
    #expect(!page.contains("scp-dfd-live-diagnostics"))
  }

  @Test func diagnosticsAreEscapedAndShownAboveTheLastGoodDiagram() throws {
    let diagnostics = "m.dfd:3:7: error[DFD202]: unknown element '<script>alert(1)</script>'\n"
    let page = LivePage.live(Self.report, version: 2, diagnostics: diagnostics)
    #expect(!page.contains("<script>alert(1)"))
    #expect(page.contains("m.dfd:3:7: error[DFD202]: unknown element &#39;&lt;script&gt;"))
    let banner = try #require(page.range(of: "<section id=\"scp-dfd-live-diagnostics\""))
    let body = try #require(page.range(of: "<body class=\"x\">"))
    let diagram = try #require(page.range(of: "<svg>diagram</svg>"))
    #expect(body.upperBound == banner.lowerBound)
    #expect(banner.upperBound < diagram.lowerBound)
  }

  @Test func aPolicyWithoutNonceGainsOneForTheScript() throws {
    let (policy, nonce) = PagePolicy.allowingEvents("default-src 'none'; script-src 'self'")
    #expect(!nonce.isEmpty)
    #expect(policy == "default-src 'none'; script-src 'self' 'nonce-\(nonce)'; connect-src 'self'")
  }

  @Test func thePlaceholderHasItsOwnStrictPolicy() throws {
    let page = LivePage.placeholder(version: 0, diagnostics: "x.dfd:1:1: error", title: "<x>")
    let policy = try #require(PagePolicy.find(in: page)).content
    let nonce = try #require(
      PagePolicy.nonce(
        in: "script-src 'nonce-"
          + (policy.split(
            separator: "'nonce-")[1])))
    #expect(policy.hasPrefix("default-src 'none';"))
    #expect(page.contains("<script nonce=\"\(nonce)\">"))
    #expect(page.contains("<title>&lt;x&gt;</title>"))
  }

  @Test(arguments: [
    ("127.0.0.1:8080", true), ("localhost:1", true), ("[::1]:80", true), ("LOCALHOST", true),
    ("evil.example:8080", false), ("127.0.0.1.evil.example", false),
  ])
  func loopbackServersAnswerOnlyToLoopbackNames(authority: String, allowed: Bool) {
    #expect(HostCheck(boundTo: "127.0.0.1").allows(authority) == allowed)
    #expect(HostCheck(boundTo: "0.0.0.0").allows(authority))
  }

  @Test func subscribersGetTheCurrentVersionThenEachNewOne() async {
    let state = LiveState(page: "a")
    let versions = state.subscribe()
    state.publish("b", version: 1)
    state.finish()
    var seen: [Int] = []
    for await version in versions { seen.append(version) }
    #expect(seen.last == 1)  // only the newest version matters to a page
    #expect(state.current.page == "b")
    #expect(state.subscriberCount == 0)
  }
}
