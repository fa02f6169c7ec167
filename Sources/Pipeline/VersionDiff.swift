import DFDModel
import Foundation
import Reports

/// The output formats `diff` accepts.
package enum DiffFormat: String, CaseIterable, Sendable {
  case text, markdown, json

  /// The report written in this format.
  package func writer(_ report: DiffReport) -> String {
    switch self {
    case .text: return DiffTextWriter().write(report)
    case .markdown: return DiffMarkdownWriter().write(report)
    case .json: return DiffJSONWriter().write(report)
    }
  }
}

/// `diff` of two folders of model versions, paired by their path inside each folder; never
/// prints.
package enum VersionDiff {
  /// One side of a folder comparison: a model read, and its findings when it is valid.
  package struct Side: Sendable {
    package var name: String
    package var result: ModelReader.Result
    package var findings: [Finding]
  }

  /// Reads and analyses `versions` (by path), one task each; a file that another model of the
  /// same side includes is a fragment and is left out.
  package static func read(_ versions: [String: ModelVersion], with reader: ModelReader) async
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

  /// The diff of two valid models, each named as the report names its version.
  package static func report(
    _ old: (name: String, model: ValidModel), _ new: (name: String, model: ValidModel)
  ) -> DiffReport {
    DiffReport(
      oldName: old.name, old: old.model.diagram, oldFindings: old.model.analyze().findings,
      newName: new.name, new: new.model.diagram, newFindings: new.model.analyze().findings)
  }

  /// One diff per path on either side, in path order; a model on one side only is compared
  /// with nothing.
  package static func reports(_ before: [String: Side], _ after: [String: Side]) -> [DiffReport] {
    Set(before.keys).union(after.keys).sorted().map { path in
      report(before[path], after[path])
    }
  }

  /// The diff of two sides of one path, either of which may be missing.
  private static func report(_ old: Side?, _ new: Side?) -> DiffReport {
    DiffReport(
      oldName: old?.name ?? "(no model)", old: old?.result.valid?.diagram ?? Diagram(),
      oldFindings: old?.findings ?? [], newName: new?.name ?? "(no model)",
      new: new?.result.valid?.diagram ?? Diagram(), newFindings: new?.findings ?? [])
  }

  /// The changed models' diffs, one after another (JSON: an array), then a count of the rest.
  package static func text(_ reports: [DiffReport], as format: DiffFormat) -> String {
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
}
