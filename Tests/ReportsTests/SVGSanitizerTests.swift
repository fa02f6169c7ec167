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

  /// A `"` inside a value is written `&quot;` even where a combining mark follows it (a
  /// character-wise replacement would see one character and miss it).
  @Test func aQuoteInAValueStaysInsideIt() {
    let svg = SVGSanitizer().sanitize("<svg><g class='a\"\u{301} onload=x'></g></svg>")
    #expect(svg == "<svg><g class=\"a&quot;\u{301} onload=x\"></g></svg>")
  }

  /// A second picture of the model on the page keeps no ids (they would repeat the first's)
  /// and links to nothing, even where its group ids name model targets.
  @Test func aPictureOnlyCopyDropsItsIDs() {
    let svg = "<svg id=\"graph0\"><g id=\"el-a\" class=\"node\"><text>A</text></g></svg>"
    let picture = SVGSanitizer(keepsIDs: false) { $0 == "el-a" ? "a" : nil }.sanitize(svg)
    #expect(picture == "<svg><g class=\"node\"><text>A</text></g></svg>")
    let linked = SVGSanitizer { $0 == "el-a" ? "a" : nil }.sanitize(svg)
    #expect(linked.contains("data-target=\"a\""))
  }

  /// Hostile values: references, case, spaces and controls inside a scheme, and characters
  /// that lowercase to ASCII or combine with what precedes them.
  @Test(arguments: [
    ("id", "tb&#45;org&#45;1", true), ("xlink:title", "a → b&#10;SCP&#45;E", true),
    ("title", "&#106;avascript:x", false), ("title", "java\u{130}script:", true),
    ("title", "&#x212A;x:", true), ("title", "&\u{301}#106;avascript:", true),
    ("title", "javascript:\u{301}", true), ("ONCLICK", "x", false), ("\u{212A}ey", "v", true),
    ("fill", "a&b;c:", true), ("title", "&#+106;avascript:", false), ("xlink:href", "#x", true),
    ("style", "x:y", true), ("class", "v b:c", true), ("title", "JAVA SCRIPT:", false),
    ("title", "&colon;&amp;", true), ("title", "é;&#58;", true),
    ("title", "jav\tas\ncript:x", false), ("title", "VbScRiPt:x", false),
    ("title", "&#x09;javascript&colon;", false), ("title", "&Amp;javascript&#58;", false),
    ("title", "&colon javascript", true), ("title", "&amp;#106;x:", true),
    ("Title", "ja&#x76;ascript:", false), ("on", "x", false), ("o", "x", true),
    ("href", "x", true), ("XLINK:HREF", "#a", true), ("title", "jjavascript:", false),
    ("title", "javascrip:", true), ("title", "&#106;&#x61;&#0118;ascript:", false),
    ("title", "\u{130}&#58;", true), ("title", "x&#304;:", true), ("title", "a&;b:", true),
  ])
  func hostileAttributes(_ name: String, _ value: String, _ safe: Bool) {
    #expect(SVGSanitizer.isSafe(name: name, value: value) == safe)
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
