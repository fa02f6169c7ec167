import DFDModel
import ThreatEngine

/// The built-in engine's facts about a diagram's flows, as the CLI hands them to the writer.
enum EngineFacts {
  static let analyzer = Analyzer(catalogue: .builtIn)

  static func of(_ diagram: Diagram) -> [String: FlowFacts] { analyzer.flowFacts(diagram) }
}
