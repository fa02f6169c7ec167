import ArgumentParser
import DFDModel
import Foundation
import Pipeline
import Reports
import ThreatEngine

extension SCPDFD {
  /// `scp-dfd catalogue`: the rules, kinds and attributes, and checks of user catalogues.
  struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "catalogue",
      abstract: "List, show and check threat catalogues.",
      discussion: """
        Examples:
          scp-dfd catalogue list
          scp-dfd catalogue show SCP-T-003
          scp-dfd catalogue check council-rules.yaml
        """,
      subcommands: [List.self, Show.self, Kinds.self, Attributes.self, Check.self],
      defaultSubcommand: List.self)
  }
}

/// How `catalogue list` writes the rules.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
  case text, markdown
}

extension SCPDFD.CatalogueCommand {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the rules (markdown writes docs/rules.md).")
    @OptionGroup var catalogueOptions: CatalogueOptions
    @Option(help: "text or markdown.") var format: ListFormat = .text

    func run() throws {
      let catalogue = try catalogueOptions.loadOrExit()
      switch format {
      case .markdown: Terminal.writeText(RulesMarkdown(catalogue: catalogue).render())
      case .text: Terminal.writeText(CatalogueText.rules(catalogue))
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show one rule in full.")
    @OptionGroup var catalogueOptions: CatalogueOptions
    @Argument(help: "The rule id, such as SCP-T-003.") var rule: String

    func run() throws {
      let catalogue = try catalogueOptions.loadOrExit()
      guard let found = catalogue.rule(rule) else {
        Terminal.writeErrorLine("error: no rule '\(rule)' in the catalogue")
        throw ExitCode(2)
      }
      Terminal.writeText(
        RulesMarkdown(catalogue: catalogue).section(found).joined(separator: "\n") + "\n")
    }
  }

  struct Kinds: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "kinds", abstract: "List the element kinds.")
    @OptionGroup var catalogueOptions: CatalogueOptions

    func run() throws {
      Terminal.writeText(CatalogueText.kinds(try catalogueOptions.loadOrExit().vocabulary))
    }
  }

  struct Attributes: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "attributes", abstract: "List the attributes by scope.")
    @OptionGroup var catalogueOptions: CatalogueOptions

    func run() throws {
      Terminal.writeText(CatalogueText.attributes(try catalogueOptions.loadOrExit()))
    }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract:
        "Check a catalogue file and run its rules' examples; exit 2 with file:line:col errors.")
    @OptionGroup var catalogueOptions: CatalogueOptions
    @Argument(help: "The catalogue file.") var file: String

    func run() throws {
      let base = try catalogueOptions.loadOrExit()
      let text: String
      let loaded: Catalogue
      do {
        text = try CatalogueReader.read(file)
        loaded = try CatalogueReader.load(file, text: text, on: base)
      } catch {
        Terminal.writeRenderedDiagnostics(error.rendered(colors: Terminal.usesColor(.auto)))
        throw ExitCode(2)
      }
      let ownRules = loaded.rules.filter { base.rule($0.id) != $0 }
      let examples = CatalogueExamples(catalogue: loaded, file: file, text: text)
        .failures(of: ownRules)
      for error in examples.errors { Terminal.writeErrorLine(error) }
      guard examples.errors.isEmpty else { throw ExitCode(2) }
      let summary = CatalogueText.checkSummary(file, base: base, loaded: loaded)
      Terminal.writeText(summary + "; \(examples.count) examples pass\n")
    }
  }
}
