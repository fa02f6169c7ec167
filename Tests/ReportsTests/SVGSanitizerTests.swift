import Testing

@testable import Reports

@Suite struct SVGSanitizerTests {
  @Test func keepsDrawingAndMarksTargets() throws {
    let svg = SVGSanitizer { $0 == "el-lamp" ? "lamp" : nil }.sanitize(try Fixture.svg)
    #expect(svg.hasPrefix("<svg"))
    #expect(
      svg.contains(
        "<g id=\"el&#45;lamp\" class=\"node element device\" data-target=\"lamp\" tabindex=\"0\">"))
    #expect(svg.contains("<title>lamp</title>"))
    #expect(svg.hasSuffix("</svg>\n"))
  }

  @Test func dropsScriptAndHandlers() {
    let svg = SVGSanitizer().sanitize(HostileFixture.input.svg ?? "")
    #expect(!svg.contains("<script"))
    #expect(!svg.contains("onload"))
    #expect(!svg.contains("onclick"))
    #expect(!svg.contains("foreignObject"))
    #expect(!svg.contains("javascript"))
    #expect(!svg.contains("<set"))
    #expect(!svg.contains("ENTITY"))
    #expect(svg.contains("&lt;script&gt;"))
    #expect(svg.contains("<a><text x=\"50\" y=\"50\">evil</text></a>"))
  }

  @Test(arguments: [
    ("href", "JaVaScRiPt:alert(1)", false), ("xlink:href", "&#106;avascript:x", false),
    ("href", "#node1", true), ("href", "data:text/html,x", false), ("onmouseover", "x", false),
    ("fill", "red", true), ("style", "background:url(http://x)", false),
    ("href", "https://ok", true),
  ])
  func attributePolicy(_ name: String, _ value: String, _ safe: Bool) {
    #expect(SVGSanitizer.isSafe(name: name, value: value) == safe)
  }

  /// The byte-level check decides exactly as the `String` one, including where bytes and
  /// characters differ.
  @Test(arguments: [
    ("id", "tb&#45;org&#45;1"), ("xlink:title", "a → b&#10;SCP&#45;E"),
    ("title", "&#106;avascript:x"),
    ("title", "java\u{130}script:"), ("title", "&#x212A;x:"), ("title", "&\u{301}#106;avascript:"),
    ("title", "javascript:\u{301}"), ("ONCLICK", "x"), ("\u{212A}ey", "v"), ("fill", "a&b;c:"),
    ("title", "&#+106;avascript:"), ("xlink:href", "#x"), ("style", "x:y"), ("class", "v b:c"),
    ("title", "JAVA SCRIPT:"), ("title", "&colon;&amp;"), ("title", "é;&#58;"),
    ("title", "jav\tas\ncript:x"), ("title", "VbScRiPt:x"), ("title", "&#x09;javascript&colon;"),
    ("title", "&Amp;javascript&#58;"), ("title", "&colon javascript"), ("title", "&amp;#106;x:"),
    ("Title", "ja&#x76;ascript:"), ("on", "x"), ("o", "x"), ("href", "x"), ("XLINK:HREF", "#a"),
    ("title", "jjavascript:"), ("title", "javascrip:"), ("title", "&#106;&#x61;&#0118;ascript:"),
    ("title", "\u{130}&#58;"), ("title", "x&#304;:"), ("title", "a&;b:"),
  ])
  func byteCheckMatchesStringCheck(_ name: String, _ value: String) {
    let bytes = SVGSanitizer.isSafe(name: Array(name.utf8)[...], value: Array(value.utf8)[...])
    #expect(bytes == SVGSanitizer.isSafe(name: name, value: value))
  }
}

extension SVGSanitizerTests {
  /// The byte decoder agrees with `decodeReferences` wherever it answers.
  @Test(arguments: [
    "el&#45;lamp&#45;node&#45;1", "a&amp;b&lt;c&gt;&quot;&apos;", "&#x2D;&#45;&#1234567;&#xZZ;",
    "&colon;&tab;&newline;", "no references", "&unknown;&", "é&#45;é", "&#+45;", "&#45",
  ])
  func byteDecoderMatchesStringDecoder(_ value: String) throws {
    let answer = SVGSanitizer.decoded(Array(value.utf8)[...])
    // It declines only next to non-ASCII bytes.
    guard value.utf8.contains(where: { $0 >= 0x80 }) || answer != nil else {
      Issue.record("declined \(value)")
      return
    }
    guard let decoded = answer else { return }
    #expect(String(decoding: decoded, as: UTF8.self) == SVGSanitizer.decodeReferences(value))
  }

  /// Spaces and control bytes between the letters of a scheme do not hide it.
  @Test func schemeSearchSkipsSpaces() {
    #expect(SVGSanitizer.containsIgnoringSpace(Array("x j a\tv\na script :".utf8), "javascript:"))
    #expect(SVGSanitizer.containsIgnoringSpace(Array("JJAVASCRIPT:".utf8), "javascript:"))
    #expect(!SVGSanitizer.containsIgnoringSpace(Array("javascript".utf8), "javascript:"))
    #expect(!SVGSanitizer.containsIgnoringSpace(Array("java-script:".utf8), "javascript:"))
  }
}

@Suite struct DiagramSlugTests {
  @Test func registersTheRenderersSlugAndThePlainID() {
    var targets: [String: String] = [:]
    DiagramSlug.register("flow-", "cms->lamp", in: &targets)
    DiagramSlug.register("el-", "café", in: &targets)
    #expect(targets["flow-cms_to_lamp"] == "cms->lamp")
    #expect(targets["flow-cms->lamp"] == "cms->lamp")
    #expect(targets["el-caf_c3_a9"] == "café")
  }

  @Test func slugGroupsResolveToModelIDs() {
    var targets: [String: String] = [:]
    DiagramSlug.register("el-", "street_light", in: &targets)
    let resolved = targets
    let svg = SVGSanitizer { resolved[$0] }.sanitize(
      "<svg><g id=\"el&#45;street__light\" class=\"node element\"></g></svg>")
    #expect(svg.contains("data-target=\"street_light\""))
  }
}
