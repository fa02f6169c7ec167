/// One statement of a model file.
public enum StatementSyntax: Hashable, Sendable {
  case model(ModelSyntax)
  case include(IncludeSyntax)
  case data(DataSyntax)
  case element(ElementSyntax)
  case boundary(BoundarySyntax)
  case flow(FlowSyntax)
  case threat(ThreatSyntax)
}
