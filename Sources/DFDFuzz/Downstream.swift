import DFDModel
import DFDParser

/// The stages after a model resolves without errors.
enum Downstream {
  /// Checks the resolved model's invariants.
  static func run(_ resolved: ResolvedModel) {
    let diagram = resolved.diagram
    for flow in diagram.flows {
      precondition(diagram.element(flow.source) != nil, "flow \(flow.id) from an unknown element")
      precondition(diagram.element(flow.target) != nil, "flow \(flow.id) to an unknown element")
    }
  }
}
