import DFDModel
import OutputEscaping

/// Writes findings as CSV (RFC 4180, UTF-8, CRLF line ends), one row per finding.
public struct CSVWriter: Sendable {
  /// The header row's columns (new ones are added at the end, so column positions stay).
  public static let columns = [
    "id", "target", "target label", "stride", "severity", "status", "title", "description",
    "mitigations", "references", "note", "ticket", "triaged by", "triage date",
    "supplier question", "why it fired",
  ]

  public init() {}

  /// The CSV text for the input's findings, header first.
  public func write(_ input: ReportInput) -> String {
    var out = ""
    out.reserveCapacity(200 + input.findings.count * 700)
    Self.append(Self.columns, to: &out)
    for finding in input.findings {
      Self.append(
        [
          finding.id, finding.target, input.targetName(of: finding), finding.strideNames,
          finding.severity.rawValue, finding.status.rawValue, finding.title, finding.description,
          finding.mitigations.joined(separator: "\n"),
          finding.referenceTexts.joined(separator: "; "), finding.note ?? "", finding.ticket ?? "",
          finding.triage?.by ?? "", finding.triage?.date ?? "", finding.ask ?? "",
          finding.why.map(\.text).joined(separator: "\n"),
        ], to: &out)
    }
    return out
  }

  /// Appends one row: the fields escaped, comma-separated, CRLF-terminated.
  private static func append(_ fields: [String], to out: inout String) {
    for (index, field) in fields.enumerated() {
      if index > 0 { out += "," }
      out += Escaping.csv(field)
    }
    out += "\r\n"
  }
}
