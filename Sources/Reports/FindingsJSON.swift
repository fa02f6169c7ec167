import DFDModel
import OutputEscaping
import ThreatEngine

/// Writes findings as the versioned JSON document described in docs/json-format.md: keys in
/// alphabetical order, laid out as JSONEncoder's pretty printing lays them out.
public struct FindingsJSON: Sendable {
  /// The format's version; bumped only on incompatible changes.
  public static let version = 1

  public var modelPath: String
  public var catalogue: Catalogue
  public var sourceMap: SourceMap?
  /// The engine's attack paths to safety-critical equipment, shortest first (`P1`, `P2`, ...).
  public var attackPaths: [AttackPath]

  public init(
    modelPath: String, catalogue: Catalogue, sourceMap: SourceMap? = nil,
    attackPaths: [AttackPath] = []
  ) {
    self.modelPath = modelPath
    self.catalogue = catalogue
    self.sourceMap = sourceMap
    self.attackPaths = attackPaths
  }

  /// The document for `findings` of `diagram`.
  public func render(_ findings: [Finding], of diagram: Diagram) -> String {
    JSONWriter.text(.foundation) { write(findings, of: diagram, to: &$0) }
  }

  /// The document for `findings` of `diagram`, handed to `output` in pieces as it is written.
  public func write(_ findings: [Finding], of diagram: Diagram, to output: (String) -> Void) {
    JSONWriter.write(.foundation, to: output) { write(findings, of: diagram, to: &$0) }
  }

  private func write(_ findings: [Finding], of diagram: Diagram, to json: inout JSONWriter) {
    let info = diagram.info
    json.object {
      $0.member("attackPaths") {
        $0.array {
          for (offset, path) in attackPaths.enumerated() {
            $0.object {
              $0.member("elements", strings: path.elements)
              $0.member("entry", path.entry.rawValue)
              $0.member("flows", strings: path.flows)
              $0.member("id", "P\(offset + 1)")
            }
          }
        }
      }
      $0.member("catalogue") {
        $0.object {
          $0.member("id", catalogue.id)
          $0.member("rules", catalogue.rules.count)
          $0.member("version", catalogue.version)
        }
      }
      $0.member("findings") {
        $0.array { for finding in findings { write(finding, to: &$0) } }
      }
      $0.member("model") {
        $0.object {
          $0.member("boundaries", diagram.boundaries.count)
          $0.member("elements", diagram.elements.count)
          $0.member("file", modelPath)
          $0.member("flows", diagram.flows.count)
          $0.member("owner", info.owner)
          $0.member("title", info.title)
          $0.member("version", info.version)
        }
      }
      $0.member("summary") { write(FindingsSummary(findings), to: &$0) }
      $0.member("version", Self.version)
    }
  }

  private func write(_ summary: FindingsSummary, to json: inout JSONWriter) {
    json.object {
      $0.member("byStatus") { $0.counts(summary.byStatus) }
      $0.member("open", summary.open)
      $0.member("openByBasis") { $0.counts(summary.openByBasis) }
      $0.member("openBySeverity") { $0.counts(summary.openBySeverity) }
      $0.member("total", summary.total)
    }
  }
}

extension JSONWriter {
  /// An object of counts, its keys in alphabetical order.
  fileprivate mutating func counts(_ counts: [String: Int]) {
    object {
      for (key, count) in counts.sorted(by: { $0.key < $1.key }) { $0.member(key, count) }
    }
  }
}
