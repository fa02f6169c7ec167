/// `model "Title" [attrs]`.
public struct ModelSyntax: Hashable, Sendable {
  public var keyword: Range<Int>
  public var title: StringSyntax?
  public var attributes: [AttributeSyntax]
}
