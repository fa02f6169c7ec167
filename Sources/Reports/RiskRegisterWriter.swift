import DFDModel
import OutputEscaping

/// Writes a risk register as CSV (RFC 4180, for a spreadsheet) or as a Markdown table.
public struct RiskRegisterWriter: Sendable {
  /// The columns, in order.
  public static let columns = [
    "id", "risk", "owner", "severity", "status", "by", "date", "review date", "likelihood",
    "impact", "score", "rating", "treatment", "supplier question",
  ]

  public init() {}

  /// The register as CSV: UTF-8, CRLF line ends, every field escaped (formulas guarded).
  public func csv(_ register: RiskRegister) -> String {
    var out = ""
    Self.appendCSV(Self.columns, to: &out)
    for row in register.rows { Self.appendCSV(Self.fields(row), to: &out) }
    return out
  }

  /// The register as a Markdown table under a heading naming the model.
  public func markdown(_ register: RiskRegister, title: String) -> String {
    var out = "# Risk register: \(Escaping.markdown(title))\n\n"
    out +=
      "Score = likelihood × impact (5×5): 1-4 low, 5-9 medium, 10-16 high, 20-25 very high.\n\n"
    guard !register.rows.isEmpty else { return out + "No triaged findings.\n" }
    out += "| " + Self.columns.map { Escaping.markdown($0) }.joined(separator: " | ") + " |\n"
    out += "|" + String(repeating: " --- |", count: Self.columns.count) + "\n"
    for row in register.rows {
      let cells =
        [Escaping.markdownCode(row.id)] + Self.fields(row).dropFirst().map(Escaping.markdown)
      out += "| " + cells.joined(separator: " | ") + " |\n"
    }
    return out
  }

  /// A row's fields in column order.
  static func fields(_ row: RiskRegister.Row) -> [String] {
    [
      row.id, row.risk, row.owner, row.severity.title, row.status.title, row.by, row.date,
      row.review, row.score.map { String($0.likelihood) } ?? "",
      row.score.map { String($0.impact) } ?? "", row.score.map { String($0.score) } ?? "",
      row.score?.band.rawValue ?? "", row.treatment, row.question,
    ]
  }

  private static func appendCSV(_ fields: [String], to out: inout String) {
    for (index, field) in fields.enumerated() {
      if index > 0 { out += "," }
      out += Escaping.csv(field)
    }
    out += "\r\n"
  }
}
