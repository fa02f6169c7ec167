import DFDModel
import DFDParser
import Diagnostics
import ThreatEngine

/// A model without errors, ready for analysis and drawing.
package struct ValidModel {
  package var path: String
  package var diagram: Diagram
  package var sourceMap: SourceMap
  package var files: [SourceFile]
  /// The analyser for the catalogue in force.
  package var analyzer: Analyzer
  /// The diagram as indexed for the stale-triage check, if loading made one.
  package var prepared: PreparedDiagram?

  package init(
    path: String, diagram: Diagram, sourceMap: SourceMap, files: [SourceFile], analyzer: Analyzer,
    prepared: PreparedDiagram? = nil
  ) {
    self.path = path
    self.diagram = diagram
    self.sourceMap = sourceMap
    self.files = files
    self.analyzer = analyzer
    self.prepared = prepared
  }

  /// The findings on the diagram, reusing the index loading built when there is one.
  package func analyze() -> Analysis {
    prepared.map(analyzer.analyze) ?? analyzer.analyze(diagram)
  }

  /// The shortest paths from entry points to safety-critical equipment.
  package func attackPaths() -> [AttackPath] {
    prepared.map(analyzer.attackPaths) ?? analyzer.attackPaths(diagram)
  }

  /// The engine's facts about every flow, for drawing them, reusing the index when there is one.
  package func flowFacts() -> [String: FlowFacts] {
    prepared.map(analyzer.flowFacts) ?? analyzer.flowFacts(diagram)
  }
}
