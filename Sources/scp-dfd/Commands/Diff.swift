import ArgumentParser
import DFDModel
import Foundation
import OutputEscaping
import Pipeline
import Reports
import ThreatEngine

extension SCPDFD {
  /// `scp-dfd diff OLD NEW`: what changed in a model, and in its threats, between two versions.
  struct Diff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "diff",
      abstract: "Show what changed in a model and its threats between two versions.",
      discussion: """
        OLD and NEW are files, or REV:path, the file at a revision of the git repository that \
        holds the current directory (HEAD~1:city.dfd; a path starting with ./ or ../ is \
        relative to the current directory, others to the repository's top). Includes of a \
        REV:path model are read at the same revision. Items are matched by identifier; \
        findings by rule and target, each new one with the facts that made it fire.

        OLD and NEW may both be folders (or REV:folder): models are paired by their path \
        inside each, a model on one side only is compared with nothing, files that another \
        model includes are left out, and every version is read and analysed in parallel.

        Exit status: 0; or 1 with --fail-on when the change introduces an open finding at or \
        above that severity (new, raised to it, or reopened; listed on standard error), or \
        with --exit-code when anything changed; or 2 when a version cannot be read or has errors.

        Example:
          $ scp-dfd diff HEAD~1:lighting.dfd lighting.dfd --fail-on high
          HEAD~1:lighting.dfd → lighting.dfd
          Model: 0 added, 0 removed, 1 changed. Threats: 1 new (1 high), 0 resolved, 0 changed.
          ...
          $ scp-dfd diff main:lighting.dfd lighting.dfd --format markdown > comment.md
          $ scp-dfd diff HEAD~1:models models --fail-on high
        """)

    @OptionGroup var input: InputOptions

    @Argument(help: "The old version: a file, or REV:path (HEAD~1:city.dfd).")
    var old: String

    @Argument(help: "The new version: a file, or REV:path.")
    var new: String

    @Option(help: "Output format: text (default), markdown (for a pull-request comment) or json.")
    var format: DiffFormat = .text

    @Option(
      help: """
        Exit 1 when the change introduces an open finding at or above this severity: low, \
        medium, high, critical.
        """)
    var failOn: Severity?

    @Flag(help: "Exit 1 when anything changed.")
    var exitCode = false

    func run() async throws {
      let catalogue = try input.catalogue()
      let (oldVersion, newVersion) = (try ModelVersion(old), try ModelVersion(new))
      switch (oldVersion.isFolder, newVersion.isFolder) {
      case (true, true): return try await runFolders(oldVersion, newVersion, catalogue)
      case (false, false): break
      default:
        throw OutputTarget<DiffFormat>.fail(
          "compare a folder with a folder, or a model with a model")
      }
      let report = VersionDiff.report(try load(old, catalogue), try load(new, catalogue))
      try write(format.writer(report))
      if let failOn { try gate(failOn, report) }
      if exitCode && !report.isEmpty { throw ExitCode(1) }
    }

    /// The version `argument` names, loaded; exits 2 when it cannot be read or has errors.
    private func load(_ argument: String, _ catalogue: Catalogue) throws -> (
      name: String, model: ValidModel
    ) {
      let version = try ModelVersion(argument)
      var timer = PhaseTimer(enabled: false)
      let model = try input.loadModel(
        version.loaderPath, catalogue: catalogue, timer: &timer, index: false,
        reader: version.reader)
      return (version.name, model)
    }

    /// Exits 1, naming the findings, when the change brings open findings to the gate.
    func gate(_ threshold: Severity, _ report: DiffReport) throws {
      let gate = SeverityGate(threshold: threshold)
      let introduced = gate.introduced(by: report.findings)
      guard !introduced.isEmpty else { return }
      let text = gate.explanation(of: introduced, in: report.new)
      Terminal.writeError("error: " + Escaping.terminal(text, keepingLineBreaks: true))
      throw ExitCode(1)
    }

    func write(_ text: String) throws {
      let target = try OutputTarget(output: nil, format: format, default: .text, product: "diff")
      try target.write(text)
    }
  }
}

extension DiffFormat: ExpressibleByArgument {}
