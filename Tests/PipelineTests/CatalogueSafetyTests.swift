import Foundation
import Pipeline
import Reports
import Testing
import ThreatEngine

/// A hostile catalogue or template cannot put escape sequences, C1 controls or bidirectional
/// overrides into any error message, whichever stage made it; and a catalogue is data: YAML
/// tags construct nothing and include nothing, conditions are parsed by our own bounded parser,
/// and nothing a catalogue says reads a file or runs a command.
struct CatalogueSafetyTests {
  let scratch = Scratch()

  /// A threat with `fields` (YAML lines, double-quoted escapes allowed) after its id.
  static func threat(id: String = "U-1", _ fields: String) -> String {
    "threats:\n  - id: \(id)\n" + fields
  }

  static let complete = """
        title: "t"
        stride: [tampering]
        target: element

    """

  /// One catalogue per kind of message: a value quoted back, a rule id, a field name, a
  /// condition error, Yams' own errors (duplicate keys, control characters in the text).
  static let catalogues: [(name: String, yaml: String)] = [
    (
      "severity",
      threat(complete + "    severity: \"\\e[2J\\e[H\\nAll checks passed \\x9B \\u202E \\a\"\n")
    ),
    ("rule id", threat(id: "\"U\\e]0;pwned\\a\\u202E\"", complete + "    severity: low\n")),
    ("field name", threat("    \"\\e[2Jx\\x9B\\u2066\": 1\n")),
    ("condition", threat(complete + "    when: \"element is \\e[2J\\u202E\"\n    severity: low\n")),
    ("duplicate keys", "\"\\e[2J\\u202E\": 1\n\"\\e[2J\\u202E\": 2\n"),
    ("control bytes", "kinds: {a: \u{1B}[2J\u{7}}\n"),
    ("kind category", "kinds:\n  k: {category: \"\\e[2J\\u202E\"}\n"),
  ]

  static func expectNoControls(_ text: String, _ what: String) {
    #expect(!text.contains("\u{1B}"), "\(what) carries ESC: \(text)")
    for scalar: Unicode.Scalar in ["\u{7}", "\u{9B}", "\u{202E}", "\u{2066}"] {
      #expect(!text.unicodeScalars.contains(scalar), "\(what) carries U+\(scalar.value)")
    }
  }

  /// The rendered diagnostic of loading the catalogue file `name`, as `catalogue check` and
  /// `--catalogue` show it; nil when it loads.
  func loadError(_ name: String) -> String? {
    do {
      _ = try CatalogueExamples.check(scratch.path(name), on: .builtIn)
      return nil
    } catch {
      return error.rendered(colors: false)
    }
  }

  @Test(arguments: catalogues.map(\.name))
  func loadErrorsAreEscaped(_ name: String) throws {
    let yaml = try #require(Self.catalogues.first { $0.name == name }).yaml
    try scratch.write("c.yaml", yaml)
    let text = try #require(loadError("c.yaml"), "\(name) loaded")
    #expect(text.hasPrefix(scratch.path("c.yaml") + ":"), "\(name): \(text)")
    // One diagnostic: `file:line:col: error[DFD7xx]: …`, the gutter, the line, the caret.
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 5 && lines[4].isEmpty, "one diagnostic: \(text)")
    #expect(lines[0].contains(": error[DFD70"), "\(name): \(text)")
    #expect(lines.dropFirst().dropLast().allSatisfy { $0.contains("|") }, "\(text)")
    Self.expectNoControls(text, name)
    // `--catalogue c.yaml` loads it the same way.
    do {
      _ = try CatalogueReader.load([scratch.path("c.yaml")])
      Issue.record("\(name) loaded through --catalogue")
    } catch {
      #expect(error.rendered(colors: false) == text)
    }
  }

  @Test func templateErrorsAreEscaped() throws {
    try scratch.write("t.mustache", "{{#a}}\u{1B}[2J\u{202E}{{/b\u{1B}]0;x\u{7}}}")
    let failure = try #require(
      pipelineFailure {
        _ = try ReportBuilder.renderer(for: .markdown, template: scratch.path("t.mustache"))
      })
    #expect(failure.status == 2)
    Self.expectNoControls(failure.text, "template error")
  }

  func rule(title: String = "\"Kiosk rule\"", when: String) -> String {
    """
    threats:
      - id: U-1
        title: \(title)
        stride: [tampering]
        target: element
        when: \(when)
        severity: low
        mitigations: ["Lock it"]
    """
  }

  @Test func tagsAreTextAndIncludeNothing() throws {
    try scratch.write("secret.txt", "SECRET-7731\n")
    try scratch.write(
      "m.dfd", "sensor kiosk \"Kiosk\"\nservice api\nkiosk -> api [protocol: https]\n")
    try scratch.write(
      "tags.yaml", rule(title: "!include secret.txt", when: "\"element.kind == 'sensor'\""))
    let checked = try CatalogueExamples.check(scratch.path("tags.yaml"), on: .builtIn)
    #expect(checked.errors.isEmpty)
    let catalogue = try CatalogueReader.load([scratch.path("tags.yaml")])
    let shown = RulesMarkdown(catalogue: catalogue).section(try #require(catalogue.rule("U-1")))
      .joined(separator: "\n")
    let findings = findingsText(
      try valid(scratch.path("m.dfd"), catalogue: catalogue), .json, catalogue: catalogue)
    #expect(shown.contains("secret.txt"), "the tag's text is kept as text")
    #expect(findings.contains("U-1"))
    for output in [checked.summary, shown, findings] {
      #expect(!output.contains("SECRET-7731"), "a file was read")
    }
  }

  @Test func objectConstructingTagsAreRefused() throws {
    try scratch.write(
      "python.yaml",
      rule(title: "!!python/object/apply:os.system [\"touch pwned\"]", when: "\"true\""))
    let text = try #require(loadError("python.yaml"))
    #expect(text.contains("python.yaml:3:"))
    #expect(!FileManager.default.fileExists(atPath: scratch.path("pwned")))
  }

  @Test(arguments: [
    ("\"$(touch pwned) == 'x'\"", "python.yaml"),
    ("\"element.kind == `touch pwned`\"", "python.yaml"),
    ("\"" + String(repeating: "not ", count: 2_000) + "true\"", "longer than 4096 characters"),
    (
      "\"" + String(repeating: "(", count: 100) + "true" + String(repeating: ")", count: 100)
        + "\"", "nested more than 64 levels"
    ),
  ])
  func conditionsAreBoundedDataNotCode(_ when: String, _ expected: String) throws {
    try scratch.write("c.yaml", rule(when: when))
    let text = try #require(loadError("c.yaml"))
    #expect(text.hasPrefix(scratch.path("c.yaml") + ":"), "\(text)")
    if expected != "python.yaml" { #expect(text.contains(expected), "\(text)") }
    #expect(!FileManager.default.fileExists(atPath: scratch.path("pwned")))
  }
}
