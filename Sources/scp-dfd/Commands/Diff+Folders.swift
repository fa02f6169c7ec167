import ArgumentParser
import DFDModel
import DFDParser
import Foundation
import Pipeline
import Reports
import ThreatEngine

extension SCPDFD.Diff {
  /// Compares two folders of models, pairing the models by their path inside each folder.
  ///
  /// A model on one side only is compared with nothing. Every version is read and analysed in
  /// its own task.
  func runFolders(_ old: ModelVersion, _ new: ModelVersion, _ catalogue: Catalogue) async throws {
    let reader = input.reader(catalogue)
    async let oldSides = VersionDiff.read(try old.models(), with: reader)
    async let newSides = VersionDiff.read(try new.models(), with: reader)
    let (before, after) = try await (oldSides, newSides)
    var broken = false
    for side in (Array(before.values) + Array(after.values)).sorted(by: { $0.name < $1.name })
    where side.result.valid == nil {
      Terminal.writeRenderedDiagnostics(input.renderDiagnostics(side.result.model) + "\n")
      Terminal.writeError(CheckSummary.line(for: side.result.model, path: side.name) + "\n")
      broken = true
    }
    if broken { throw ExitCode(2) }
    let reports = VersionDiff.reports(before, after)
    try write(VersionDiff.text(reports, as: format))
    if let failOn {
      for report in reports { try gate(failOn, report) }
    }
    if exitCode && reports.contains(where: { !$0.isEmpty }) { throw ExitCode(1) }
  }
}
