/// `KIND ID "Label" [attrs]`: an element.
public struct ElementSyntax: Hashable, Sendable {
  public var kind: IdentifierSyntax
  public var name: IdentifierSyntax
  public var label: StringSyntax?
  public var attributes: [AttributeSyntax]
}
