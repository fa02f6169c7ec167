/// A kind of data that flows carry (`data: [readings]`).
public struct DataAsset: Hashable, Sendable, Identifiable {
  public var id: String
  public var label: String?
  public var attributes: Attributes

  public init(id: String, label: String? = nil, attributes: Attributes = [:]) {
    self.id = id
    self.label = label
    self.attributes = attributes
  }

  public var displayName: String { label ?? id }
}
