import DFDModel
import Testing

@testable import Reports

@Suite struct CSVWriterTests {
  @Test func matchesGolden() throws {
    let csv = CSVWriter().write(Fixture.input())
    try expectGolden(csv, "findings.csv", replacing: volatileValues)
  }

  @Test func oneRowPerFindingWithCRLF() throws {
    let csv = CSVWriter().write(Fixture.input())
    let records = CSVReader.records(csv)
    #expect(records.count == Fixture.findings.count + 1)
    #expect(records[0] == CSVWriter.columns)
    #expect(records.allSatisfy { $0.count == CSVWriter.columns.count })
    #expect(csv.hasSuffix("\r\n"))
    let lamp = try #require(records.first { $0[0] == "SCP-S-002@lamp" })
    #expect(lamp[2] == "Street lamp controller")
    #expect(lamp[5] == "accepted")
    #expect(lamp[10] == "Supplier replaces ABP with OTAA in the 2027 firmware.")
    #expect(lamp[11] == "RISK-214")
  }

  @Test func hostileCellsAreQuotedAndNeutralised() {
    var findings = Fixture.findings
    findings[0].title = "=HYPERLINK(\"http://x\",\"click\")"
    findings[0].description = "line one\nline, two"
    findings[1].title = "@cmd|' /C calc'!A0"
    let input = ReportInput(
      diagram: Fixture.diagram, findings: findings, modelPath: "m.dfd", catalogue: Fixture.catalogue
    )
    let records = CSVReader.records(CSVWriter().write(input))
    let titles = records.dropFirst().map { $0[6] }
    #expect(titles.contains("'=HYPERLINK(\"http://x\",\"click\")"))
    #expect(titles.contains("'@cmd|' /C calc'!A0"))
    #expect(records.dropFirst().contains { $0[7] == "line one\nline, two" })
  }
}

/// A strict RFC 4180 reader for checking what the writer wrote.
enum CSVReader {
  static func records(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text.unicodeScalars)[...]
    while let scalar = characters.popFirst() {
      if quoted {
        if scalar == "\"" {
          if characters.first == "\"" {
            field.unicodeScalars.append("\""); characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" && field.isEmpty {
        quoted = true
      } else if scalar == "," {
        record.append(field); field = ""
      } else if scalar == "\r" && characters.first == "\n" {
        characters.removeFirst()
        record.append(field); records.append(record); record = []; field = ""
      } else {
        field.unicodeScalars.append(scalar)
      }
    }
    if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
    return records
  }
}
