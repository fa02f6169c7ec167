import DFDModel
import Foundation

/// Everything a reporter reads: the model, where it was declared, the findings and their
/// catalogue, an optional rendered diagram and the time the report is generated.
public struct ReportInput: Sendable {
  public var diagram: Diagram
  public var sourceMap: SourceMap
  public var findings: [Finding]
  /// The model file as the user named it (`city/lighting.dfd`).
  public var modelPath: String
  public var catalogue: CatalogueInfo
  /// The diagram as SVG from the renderer, if one was drawn.
  public var svg: String?
  /// Whether the renderer already drew threat badges on the SVG (the report's script adds
  /// its own when it did not).
  public var svgHasBadges: Bool
  /// When the report is generated; tests inject a fixed date.
  public var generated: Date
  /// The version of the tool that writes the report.
  public var toolVersion: String
  /// The questions whose answers settle the presumed findings, when the pipeline made them.
  public var questions: QuestionPack?
  /// The shortest attack paths to safety-critical equipment, shortest first, as the engine
  /// found them.
  public var attackPaths: [AttackPath] = []
  /// Further views of the diagram that the HTML report offers under the full one (the
  /// overview, each top-level boundary), as SVG from the renderer.
  public var views: [DiagramView] = []
  /// Every bulk `threat` statement (`on *`, `on boundary B`, `on kind K`) and the findings
  /// it settled, as the engine recorded them, for the report's triage audit.
  public var triageAudit: [TriageAudit] = []

  /// One bulk `threat` statement and what it settled.
  public struct TriageAudit: Sendable {
    /// The statement as written: `threat SCP-S-001 on boundary depot: accepted`.
    public var statement: String
    /// Where it is: `city.dfd:12`.
    public var location: String
    /// The findings it settled (`RULE@TARGET`), in report order; none for a stale statement.
    public var findings: [String]

    public init(statement: String, location: String, findings: [String]) {
      self.statement = statement
      self.location = location
      self.findings = findings
    }
  }

  /// One further view of the diagram: what it shows, and its SVG.
  public struct DiagramView: Sendable {
    public var title: String
    public var svg: String

    public init(title: String, svg: String) {
      self.title = title
      self.svg = svg
    }
  }

  public init(
    diagram: Diagram, sourceMap: SourceMap = SourceMap(), findings: [Finding], modelPath: String,
    catalogue: CatalogueInfo, svg: String? = nil, svgHasBadges: Bool = false,
    generated: Date = Date(),
    toolVersion: String = "0.1.0"
  ) {
    self.diagram = diagram
    self.sourceMap = sourceMap
    self.findings = findings
    self.modelPath = modelPath
    self.catalogue = catalogue
    self.svg = svg
    self.svgHasBadges = svgHasBadges
    self.generated = generated
    self.toolVersion = toolVersion
  }
}

extension ReportInput {
  /// The generation time as ISO 8601 in UTC (`2026-11-28T18:29:24Z`).
  public var generatedISO: String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: generated)
  }

  /// The model's title, or the file name when it has none.
  public var title: String {
    diagram.info.title ?? URL(fileURLWithPath: modelPath).deletingPathExtension().lastPathComponent
  }

  /// What a report calls a finding's target: an element's or boundary's name, or a flow as
  /// `source → target: label`.
  public func targetName(of finding: Finding) -> String {
    switch finding.targetKind {
    case .element: return diagram.element(finding.target)?.countedName ?? finding.target
    case .boundary: return diagram.boundary(finding.target)?.displayName ?? finding.target
    case .flow:
      guard let flow = diagram.flow(finding.target) else { return finding.target }
      return flowName(flow)
    }
  }

  /// A flow as `source → target`, with its label when it has one.
  public func flowName(_ flow: Flow) -> String {
    let source = diagram.element(flow.source)?.displayName ?? flow.source
    let target = diagram.element(flow.target)?.displayName ?? flow.target
    let ends = "\(source) → \(target)"
    return flow.label.map { "\(ends): \($0)" } ?? ends
  }

  /// Where the finding's target was declared; the reverse half of a two-way flow points at
  /// the statement that declared both halves.
  public func location(of finding: Finding) -> SourceLocation? {
    if let location = sourceMap[finding.target] { return location }
    if finding.targetKind == .flow, let pair = diagram.flow(finding.target)?.pair {
      return sourceMap[pair]
    }
    return nil
  }
}
