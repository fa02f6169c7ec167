/// What the `model "Title" [...]` statement says about the whole model.
public struct ModelInfo: Hashable, Sendable {
  public var title: String?
  public var attributes: Attributes

  public init(title: String? = nil, attributes: Attributes = [:]) {
    self.title = title
    self.attributes = attributes
  }

  public var version: String? { attributes.text("version") }
  public var owner: String? { attributes.text("owner") }
}
