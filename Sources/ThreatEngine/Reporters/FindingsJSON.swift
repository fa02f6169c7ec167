import DFDModel
import Foundation
import OutputEscaping

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
        file: modelPath, title: diagram.info.title.map(Escaping.showingBidiControls),
        version: diagram.info.version.map(Escaping.showingBidiControls),
        owner: diagram.info.owner.map(Escaping.showingBidiControls),
        elements: diagram.elements.count,
        boundaries: diagram.boundaries.count, flows: diagram.flows.count),
      catalogue: .init(id: catalogue.id, version: catalogue.version, rules: catalogue.rules.count),
      findings: [], summary: FindingsSummary(findings))
    let shell = Array(try Self.encoder().encode(document))
    // The document around the findings comes from JSONEncoder; the findings array, which is
    // nearly all of it, is written in its place by FindingsJSONWriter, in the same format.
    let opening = Array("\n  \"findings\" : ".utf8)
    guard let start = shell.firstRange(of: opening)?.upperBound,
      let end = shell[start...].firstIndex(of: UInt8(ascii: "]"))
    else {
      throw EncodingError.invalidValue(
        findings, .init(codingPath: [], debugDescription: "no findings array"))
    }
    var writer = FindingsJSONWriter(sourceMap: sourceMap)
    writer.writeArray(findings, indent: 2)
    var bytes = Array(shell[..<start])
    bytes.reserveCapacity(shell.count + writer.bytes.count + 1)
    bytes += writer.bytes
    bytes += shell[(end + 1)...]
    bytes.append(UInt8(ascii: "\n"))
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The encoder of the document's format: pretty-printed, sorted keys, slashes as they are.
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  struct Document: Encodable {
    var version: Int
    var model: Model
    var catalogue: CatalogueInfo
    /// Always empty: FindingsJSONWriter writes the findings in its place.
    var findings: [Never]
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
}
