import ArgumentParser
import DFDModel
import Pipeline
import Reports
import ThreatEngine

extension SCPDFD.Threats {
  /// Summarises several models, one row each, read and analysed in parallel; models with
  /// errors are listed as such, their diagnostics printed, and the exit status is 2.
  func runPortfolio(_ files: Portfolio.Files) async throws {
    let target = try OutputTarget(
      output: output, format: format, default: .table, product: "summary")
    if target.format == .sarif {
      throw OutputTarget<ThreatsFormat>.fail("sarif lists one model's findings: name one model")
    }
    if !element.isEmpty || !boundary.isEmpty {
      throw OutputTarget<ThreatsFormat>.fail(
        "--element and --boundary name parts of one model: name one model")
    }
    let filter = try findingFilter()
    let gate = failOn.map(SeverityGate.init)
    let catalogue = try input.catalogue()
    let lens = self.lens
    let entries = await Portfolio.read(files, with: input.reader(catalogue)) { valid in
      let findings = valid.analyze().findings
      return ModelSummary(
        path: valid.path, diagram: valid.diagram,
        findings: lens.apply(filter.apply(findings, in: valid.diagram)), gate: gate,
        scoped: filter.scope.apply(findings, in: valid.diagram))
    }
    var invalid: [String] = []
    for entry in entries where entry.summary == nil {
      Terminal.writeRenderedDiagnostics(input.renderDiagnostics(entry.model) + "\n")
      Terminal.writeError(CheckSummary.line(for: entry.model, path: entry.path) + "\n")
      invalid.append(entry.path)
    }
    let summaries = entries.compactMap(\.summary)
    let text: String
    switch target.format {
    case .table: text = PortfolioWriter.table(summaries, invalid: invalid)
    case .markdown: text = PortfolioWriter.markdown(summaries, invalid: invalid)
    case .csv: text = PortfolioWriter.csv(summaries, invalid: invalid)
    case .json, .sarif: text = try PortfolioWriter.json(summaries, invalid: invalid)
    }
    try target.write(text)
    if !invalid.isEmpty { throw ExitCode(2) }
    let failing = summaries.filter { !$0.passes }
    if let failOn, !failing.isEmpty {
      let list = failing.map { "\($0.path) (\($0.failing ?? 0))" }.joined(separator: ", ")
      Terminal.writeErrorLine(
        "error: \(failing.count) of \(summaries.count) models have open findings at or above "
          + "\(failOn.rawValue): \(list)")
      throw ExitCode(1)
    }
  }
}
