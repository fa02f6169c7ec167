import ArgumentParser
import DFDModel
import DFDParser
import Foundation
import Pipeline
import Reports
import ThreatEngine

extension SCPDFD.Diff {
  /// One side of a folder comparison: a model read, and its findings when it is valid.
  struct Side: Sendable {
    var name: String
    var result: ModelReader.Result
    var findings: [Finding]
  }

  /// Compares two folders of models, pairing the models by their path inside each folder.
  ///
  /// A model on one side only is compared with nothing. Every version is read and analysed in
  /// its own task.
  func runFolders(_ old: ModelVersion, _ new: ModelVersion, _ catalogue: Catalogue) async throws {
    let reader = input.reader(catalogue)
    async let oldSides = Self.read(try old.models(), with: reader)
    async let newSides = Self.read(try new.models(), with: reader)
    let (before, after) = try await (oldSides, newSides)
    var broken = false
    for side in (Array(before.values) + Array(after.values)).sorted(by: { $0.name < $1.name })
    where side.result.valid == nil {
      Terminal.writeRenderedDiagnostics(input.renderDiagnostics(side.result.model) + "\n")
      Terminal.writeError(CheckSummary.line(for: side.result.model, path: side.name) + "\n")
      broken = true
    }
    if broken { throw ExitCode(2) }
    let reports = Set(before.keys).union(after.keys).sorted().map { path in
      report(before[path], after[path])
    }
    try write(folderText(reports))
    if let failOn {
      for report in reports { try gate(failOn, report) }
    }
    if exitCode && reports.contains(where: { !$0.isEmpty }) { throw ExitCode(1) }
  }

  /// The diff of two sides of one path, either of which may be missing.
  private func report(_ old: Side?, _ new: Side?) -> DiffReport {
    DiffReport(
      oldName: old?.name ?? "(no model)", old: old?.result.valid?.diagram ?? Diagram(),
      oldFindings: old?.findings ?? [], newName: new?.name ?? "(no model)",
      new: new?.result.valid?.diagram ?? Diagram(), newFindings: new?.findings ?? [])
  }

  /// The changed models' diffs, one after another (JSON: an array), then a count of the rest.
  private func folderText(_ reports: [DiffReport]) -> String {
    let changed = reports.filter { !$0.isEmpty }
    let unchanged = reports.count - changed.count
    switch format {
    case .json:
      let items = changed.map { format.writer($0).trimmingCharacters(in: .newlines) }
      return "[\n" + items.joined(separator: ",\n") + "\n]\n"
    case .text, .markdown:
      let note =
        "\(reports.count) models compared: \(changed.count) changed, \(unchanged) unchanged.\n"
      return changed.map(format.writer).joined(separator: "\n") + (changed.isEmpty ? "" : "\n")
        + note
    }
  }

  /// Reads and analyses `versions` (by path), one task each; a file that another model of the
  /// same side includes is a fragment and is left out.
  private static func read(_ versions: [String: ModelVersion], with reader: ModelReader) async
    -> [String: Side]
  {
    let sides = await withTaskGroup(of: (String, Side).self) { group in
      for (path, version) in versions {
        group.addTask {
          var timer = PhaseTimer(enabled: false)
          let result = reader.read(
            version.loaderPath, timer: &timer, reader: version.reader)
          let findings = result.valid?.analyze().findings ?? []
          return (path, Side(name: version.name, result: result, findings: findings))
        }
      }
      var sides: [String: Side] = [:]
      for await (path, side) in group { sides[path] = side }
      return sides
    }
    func key(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
    let byKey = Dictionary(uniqueKeysWithValues: versions.map { (key($1.loaderPath), $0) })
    let fragments = Set(
      sides.flatMap { path, side in
        side.result.model.files.compactMap { byKey[key($0.path)] }.filter { $0 != path }
      })
    return sides.filter { !fragments.contains($0.key) }
  }
}
