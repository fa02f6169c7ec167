/// A trust boundary: a zone whose inside and outside trust each other differently.
public struct TrustBoundary: Hashable, Sendable, Identifiable {
  public var id: String
  public var label: String?
  public var attributes: Attributes
  /// The enclosing boundary, or nil at the top level.
  public var parent: String?

  public init(id: String, label: String? = nil, attributes: Attributes = [:], parent: String? = nil)
  {
    self.id = id
    self.label = label
    self.attributes = attributes
    self.parent = parent
  }

  public var displayName: String { label ?? id }
  /// The boundary's `type` attribute (physical, network, cloud, organisation, internet).
  public var type: String? { attributes.text("type") }
}
