import DFDModel
import Diagnostics
import Testing
import ThreatEngine

/// Catalogue problems are `Diagnostic`s with stable codes, rendered like a model's: the line of
/// the YAML file and a caret under the node.
struct CatalogueDiagnosticTests {
  func rendered(_ yaml: String) throws -> String {
    let problem = try #require(CatalogueProblem.load(yaml, file: "c.yaml"))
    let files = ["c.yaml": SourceFile(path: "c.yaml", text: yaml)]
    return DiagnosticRenderer(files: files).render([problem.diagnostic])
  }

  @Test func unknownCategoryIsUnderlined() throws {
    let text = try rendered("kinds:\n  lamp: {category: furniture}\n")
    #expect(
      text == """
        c.yaml:2:20: error[DFD704]: unknown category 'furniture' for kind 'lamp'; expected external, process, device or store
          |
        2 |   lamp: {category: furniture}
          |                    ^^^^^^^^^

        """)
  }

  @Test func unknownFieldPointsAtItsKey() throws {
    let text = try rendered("protocols:\n  zigbee: {medium: radio, colour: red}\n")
    #expect(text.hasPrefix("c.yaml:2:27: error[DFD704]: unknown field 'colour' in protocol"))
    #expect(text.contains("\n  | " + String(repeating: " ", count: 26) + "^^^^^^\n"))
  }

  @Test(arguments: [
    ("kinds: {a: 1", "DFD702"),
    ("a: 1\na: 2\n", "DFD702"),
    ("stride:\n  a: &a [x, x]\n  b: [*a, *a, *c]\n", "DFD702"),
    ("kinds:\n" + String(repeating: "- ", count: 150) + "x\n", "DFD703"),
    (
      "threats:\n  - id: U-1\n    title: t\n    stride: [tampering]\n    target: element\n"
        + "    when: \"kind is sensr\"\n    severity: low\n", "DFD705"
    ),
    ("[1, 2]", "DFD704"),
  ])
  func problemsHaveStableCodes(_ yaml: String, _ code: String) throws {
    let problem = try #require(CatalogueProblem.load(yaml, file: "c.yaml"))
    #expect(problem.code == code, "\(problem.message)")
    #expect(problem.diagnostic.severity == .error)
  }

  /// The bounds compose a skeleton with every `*` replaced; the catalogue itself keeps them.
  @Test func starsInTextSurviveTheBoundsCheck() throws {
    let yaml = """
      protocols:
        zigbee: &radio {medium: radio, note: "**bold** and a * b"}
        thread: *radio
        plain: {medium: wire, note: a * b \u{E000}x}
      """
    let catalogue = try CatalogueLoader(file: "ok.yaml").load(yaml, base: .builtIn)
    #expect(catalogue.vocabulary.protocols["thread"]?.note == "**bold** and a * b")
    #expect(catalogue.vocabulary.protocols["plain"]?.note == "a * b \u{E000}x")
  }
}
