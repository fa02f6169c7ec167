/// A node of the data-flow diagram: an external entity, process, device or data store.
public struct Element: Hashable, Sendable, Identifiable {
  public var id: String
  /// The kind's name, as the catalogue declares it (`sensor`, `cms`).
  public var kind: String
  public var category: ElementCategory
  /// The label written in the model, if any.
  public var label: String?
  public var attributes: Attributes
  /// The innermost boundary that contains the element, or nil at the top level.
  public var boundary: String?

  public init(
    id: String, kind: String, category: ElementCategory, label: String? = nil,
    attributes: Attributes = [:], boundary: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.category = category
    self.label = label
    self.attributes = attributes
    self.boundary = boundary
  }

  /// What a diagram or report shows: the label, or the identifier when there is none.
  public var displayName: String { label ?? id }
}
