import DFDModel
import Foundation

/// Writes findings as the versioned JSON document described in docs/json-format.md.
public struct FindingsJSON: Sendable {
  /// The format's version; bumped only on incompatible changes.
  public static let version = 1

  public var modelPath: String
  public var catalogue: Catalogue
  public var sourceMap: SourceMap?

  public init(modelPath: String, catalogue: Catalogue, sourceMap: SourceMap? = nil) {
    self.modelPath = modelPath
    self.catalogue = catalogue
    self.sourceMap = sourceMap
  }

  /// The document for `findings` of `diagram`, pretty-printed with sorted keys.
  public func render(_ findings: [Finding], of diagram: Diagram) throws -> String {
    let document = Document(
      version: Self.version,
      model: .init(
        file: modelPath, title: diagram.info.title, version: diagram.info.version,
        owner: diagram.info.owner, elements: diagram.elements.count,
        boundaries: diagram.boundaries.count, flows: diagram.flows.count),
      catalogue: .init(id: catalogue.id, version: catalogue.version, rules: catalogue.rules.count),
      findings: findings.map(entry), summary: FindingsSummary(findings))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }

  private func entry(_ finding: Finding) -> Entry {
    let triage = finding.triage
    return Entry(
      id: finding.id, rule: finding.rule, target: finding.target,
      targetKind: finding.targetKind.rawValue, stride: finding.stride.map(\.rawValue),
      severity: finding.severity.rawValue, status: finding.status.rawValue, title: finding.title,
      description: finding.description, mitigations: finding.mitigations,
      references: finding.references, ask: finding.ask, why: finding.why, note: triage?.note,
      by: triage?.by, date: triage?.date, ticket: triage?.ticket,
      location: sourceMap?[finding.target].map {
        .init(file: $0.file, line: $0.line, column: $0.column)
      })
  }

  struct Document: Encodable {
    var version: Int
    var model: Model
    var catalogue: CatalogueInfo
    var findings: [Entry]
    var summary: FindingsSummary
  }

  struct Model: Encodable {
    var file: String
    var title: String?
    var version: String?
    var owner: String?
    var elements: Int
    var boundaries: Int
    var flows: Int
  }

  struct CatalogueInfo: Encodable {
    var id: String
    var version: String
    var rules: Int
  }

  struct Location: Encodable {
    var file: String
    var line: Int
    var column: Int
  }

  struct Entry: Encodable {
    var id, rule, target, targetKind: String
    var stride: [String]
    var severity, status, title, description: String
    var mitigations: [String]
    var references: [Reference]
    var ask: String?
    var why: [Evidence]
    var note, by, date, ticket: String?
    var location: Location?
  }
}
