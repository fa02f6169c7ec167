import DFDModel
import Reports
import ThreatEngine

/// The output formats of `register`.
package enum RegisterFormat: String, CaseIterable, Sendable {
  case csv, markdown
}

/// Writes a valid model's risk register: its triaged findings, scored and owned.
package enum RegisterOutput {
  /// The register of `loaded` as `format`; with `includeUntriaged`, open findings without a
  /// `threat` statement are listed too.
  package static func render(
    _ loaded: ValidModel, catalogue: Catalogue, as format: RegisterFormat,
    includeUntriaged: Bool = false
  ) -> String {
    let input = ReportBuilder.input(loaded, loaded.analyze().findings, catalogue)
    let register = RiskRegister(input, includeUntriaged: includeUntriaged)
    switch format {
    case .csv: return RiskRegisterWriter().csv(register)
    case .markdown: return RiskRegisterWriter().markdown(register, title: input.title)
    }
  }
}
