/// `data ID "Label" [attrs]`: a data asset.
public struct DataSyntax: Hashable, Sendable {
  public var name: IdentifierSyntax
  public var label: StringSyntax?
  public var attributes: [AttributeSyntax]
}
