import DFDModel

/// Writes findings as CSV (RFC 4180, UTF-8, CRLF line ends), one row per finding.
public struct CSVWriter: Sendable {
  /// The header row's columns.
  public static let columns = [
    "id", "target", "target label", "stride", "severity", "status", "title", "description",
    "mitigations", "references", "note", "ticket",
  ]

  public init() {}

  /// The CSV text for the input's findings, header first.
  public func write(_ input: ReportInput) -> String {
    var out = Self.row(Self.columns)
    for finding in input.findings {
      out += Self.row([
        finding.id, finding.target, input.targetName(of: finding), finding.strideNames,
        finding.severity.rawValue, finding.status.rawValue, finding.title, finding.description,
        finding.mitigations.joined(separator: "\n"),
        finding.referenceTexts.joined(separator: "; "), finding.note ?? "", finding.ticket ?? "",
      ])
    }
    return out
  }

  private static func row(_ fields: [String]) -> String {
    fields.map(Escaping.csv).joined(separator: ",") + "\r\n"
  }
}
