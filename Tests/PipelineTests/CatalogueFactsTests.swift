import Foundation
import Pipeline
import Reports
import Testing
import ThreatEngine

/// User catalogues in process: `catalogue check`'s examples and summary, load errors with
/// their place (escaped), and a catalogue that is data, never code. (EndToEndTests keeps the
/// terminal: TerminalInjectionTests.)
struct CatalogueFactsTests {
  let scratch = Scratch()

  /// The failure loading the catalogue file `name` on the built-in one gives; nil when it loads.
  func loadFailure(_ name: String) -> CatalogueLoadFailure? {
    do {
      _ = try CatalogueReader.load([scratch.path(name)])
      return nil
    } catch {
      return error
    }
  }

  /// `catalogue check`'s result for the file `name` (written from `yaml`), with the
  /// working folder's name for it, as a user in the folder gives it.
  func checkCatalogue(_ yaml: String, name: String = "u.yaml") throws -> (
    errors: [String], summary: String
  ) {
    try scratch.write(name, yaml)
    return try CatalogueExamples.check(scratch.path(name), on: .builtIn)
  }

  static func catalogue(fires: String, quiet: String) -> String {
    """
    threats:
      - id: U-1
        title: "Sensor without tamper switch"
        stride: [tampering]
        target: element
        when: "element.kind == 'sensor'"
        severity: low
        examples:
          fires: [\(fires)]
          quiet:
            - \(quiet)

    """
  }

  @Test func failingExamplesAreErrors() throws {
    let result = try checkCatalogue(Self.catalogue(fires: "\"service x\"", quiet: "\"sensor x\""))
    let file = scratch.path("u.yaml")
    #expect(
      result.errors == [
        "\(file):9:7: error: fires example 1 of rule 'U-1' does not fire on 'x'",
        "\(file):11:11: error: quiet example 1 of rule 'U-1' fires on 'x'",
      ])
  }

  @Test func examplesThatDoNotLoadAreErrors() throws {
    let result = try checkCatalogue(
      Self.catalogue(
        fires: "\"sensor x\"", quiet: "{on: x, model: \"include \\\"/etc/passwd\\\"\"}"))
    #expect(result.errors.count == 1)
    #expect(
      result.errors.first?.hasPrefix(
        "\(scratch.path("u.yaml")):11:11: error: quiet example 1 of rule 'U-1' does not load")
        == true)
    #expect(!result.errors.joined().contains("root:"), "an example read a file")
  }

  @Test func passingExamplesAreCounted() throws {
    let result = try checkCatalogue(Self.catalogue(fires: "\"sensor x\"", quiet: "\"service x\""))
    #expect(result.errors.isEmpty)
    #expect(result.summary.hasSuffix("(1 added, 0 replaced, 0 disabled); 2 examples pass\n"))
  }

  @Test func userCatalogueErrorsHaveAPlace() throws {
    try scratch.write(
      "bad.yaml",
      "threats:\n  - id: U-1\n    title: x\n    stride: [spoofing]\n    target: flow\n    when: \"flow.encrypt\"\n    severity: low\n"
    )
    let failure = try #require(loadFailure("bad.yaml"))
    let text = failure.rendered(colors: false)
    #expect(text.contains(":6:12: error[DFD705]: in condition: unknown flow attribute 'encrypt'"))
    #expect(text.contains("6 |     when: \"flow.encrypt\"\n  |            ^"))
    var document = DiagnosticJSON()
    document.add(failure)
    let json = try document.encoded()
    #expect(json.contains("\"code\" : \"DFD705\""), "\(json)")
    #expect(json.contains("\"line\" : 6"), "\(json)")
  }

  @Test func noBuiltinLeavesOnlyUserRules() throws {
    let catalogue = try CatalogueReader.load([], builtIn: false)
    #expect(catalogue.rules.isEmpty)
    #expect(CatalogueText.rules(catalogue).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
  }

  @Test func hostileCatalogueAndTemplatePathsAreRefused() throws {
    #expect(mkfifo(scratch.path("fifo.yaml"), 0o600) == 0)
    try Data([0x6B, 0x3A, 0xFF, 0xFE, 0x0A]).write(
      to: scratch.folder.appendingPathComponent("bad.yaml"))
    for (path, reason) in [
      ("/dev/zero", "it is a device"), (scratch.path("fifo.yaml"), "it is a FIFO"),
      (scratch.path("bad.yaml"), "it is not valid UTF-8 text"),
    ] {
      let start = Date()
      do {
        _ = try CatalogueReader.load([path])
        Issue.record("\(path) loaded")
      } catch {
        #expect(error.rendered(colors: false).contains(reason), "\(path)")
      }
      #expect(Date().timeIntervalSince(start) < 10)
    }
    do {
      _ = try CatalogueExamples.check("/dev/zero", on: .builtIn)
      Issue.record("catalogue check read /dev/zero")
    } catch {
      #expect(error.rendered(colors: false).contains("it is a device"))
    }
    let template = pipelineFailure {
      _ = try ReportBuilder.renderer(for: .html, template: "/dev/zero")
    }
    #expect(template?.status == 2)
    #expect(template?.text.contains("it is a device") == true)
  }
}
