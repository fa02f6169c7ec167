import DFDModel
import Foundation
import OutputEscaping

/// Writes a portfolio's summaries: one row per model, as a terminal table, Markdown, CSV or
/// JSON.
public enum PortfolioWriter {
  /// The column headings, in order.
  static let headings = [
    "Model", "Elements", "Flows", "Critical", "High", "Medium", "Low", "Confirmed", "Presumed",
    "Triaged", "Gate",
  ]

  /// The cells of one row; `problem` stands for the counts of a model that has errors.
  static func cells(_ summary: ModelSummary) -> [String] {
    [
      summary.path, "\(summary.elements)", "\(summary.flows)", "\(summary.critical)",
      "\(summary.high)", "\(summary.medium)", "\(summary.low)", "\(summary.confirmed)",
      "\(summary.presumed)", "\(summary.triaged)", gate(summary),
    ]
  }

  static func gate(_ summary: ModelSummary) -> String {
    guard let failing = summary.failing else { return "" }
    return failing == 0 ? "pass" : "fail (\(failing))"
  }

  /// A plain text table, numbers right-aligned; every cell escaped for the terminal.
  public static func table(_ summaries: [ModelSummary], invalid: [String] = []) -> String {
    let rows =
      [headings] + summaries.map { cells($0).map(Escaping.terminal) }
      + invalid.map { [Escaping.terminal($0), "has errors"] }
    let widths = headings.indices.map { column in
      rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        return column == 0 || column == headings.count - 1 || row.count < headings.count
          ? cell + pad : pad + cell
      }
      .joined(separator: "  ").trimmingTrailingSpaces()
    }
    .joined(separator: "\n") + "\n"
  }

  /// A Markdown table for a pull request; models with errors are listed as such.
  public static func markdown(_ summaries: [ModelSummary], invalid: [String] = []) -> String {
    let header = "| " + headings.joined(separator: " | ") + " |\n"
    let rule = "|" + headings.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined() + "\n"
    let rows = summaries.map { summary in
      "| "
        + cells(summary).enumerated().map { $0 == 0 ? Escaping.markdownCode($1) : $1 }
        .joined(separator: " | ") + " |\n"
    }
    let broken = invalid.map {
      "| " + Escaping.markdownCode($0) + " | has errors |" + String(repeating: " |", count: 9)
        + "\n"
    }
    return header + rule + rows.joined() + broken.joined()
  }

  /// CSV (RFC 4180) with a header row; every field guarded against spreadsheet formulas.
  public static func csv(_ summaries: [ModelSummary], invalid: [String] = []) -> String {
    let rows =
      [headings] + summaries.map(cells)
      + invalid.map { [$0, "has errors"] + Array(repeating: "", count: headings.count - 2) }
    return rows.map { $0.map(Escaping.csv).joined(separator: ",") + "\r\n" }.joined()
  }

  /// JSON: `{"models": [...], "invalid": [...]}`, keys sorted.
  public static func json(_ summaries: [ModelSummary], invalid: [String] = []) throws -> String {
    struct Document: Encodable {
      var models: [ModelSummary]
      var invalid: [String]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(Document(models: summaries, invalid: invalid))
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
