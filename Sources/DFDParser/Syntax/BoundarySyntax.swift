/// `boundary ID "Label" [attrs] { statements }`.
public struct BoundarySyntax: Hashable, Sendable {
  public var keyword: Range<Int>
  public var name: IdentifierSyntax
  public var label: StringSyntax?
  public var attributes: [AttributeSyntax]
  public var statements: [StatementSyntax]
}
