/// One direction of data moving from a source element to a target element.
///
/// A two-way statement `a <-> b` becomes two flows that share their attributes: the forward one
/// (`a->b`) and the reverse one (`b->a`), linked through `pair`.
public struct Flow: Hashable, Sendable, Identifiable {
  /// How a flow relates to the statement that declared it.
  public enum Direction: String, Hashable, Sendable {
    case oneWay
    /// The `a->b` half of `a <-> b`: the one a diagram draws, with two arrowheads.
    case forward
    /// The `b->a` half of `a <-> b`: analysed, not drawn.
    case reverse
  }

  public var id: String
  public var source: String
  public var target: String
  public var label: String?
  public var attributes: Attributes
  public var direction: Direction
  /// The other half of a two-way flow.
  public var pair: String?

  public init(
    id: String, source: String, target: String, label: String? = nil,
    attributes: Attributes = [:], direction: Direction = .oneWay, pair: String? = nil
  ) {
    self.id = id
    self.source = source
    self.target = target
    self.label = label
    self.attributes = attributes
    self.direction = direction
    self.pair = pair
  }

  /// The data assets the flow carries (`data: [...]`).
  public var data: [String] {
    attributes["data"]?.listValue.compactMap(\.textValue) ?? []
  }

  /// The protocol the flow uses, if stated.
  public var `protocol`: String? { attributes.text("protocol") }
  public var isTwoWay: Bool { direction != .oneWay }
  public var displayName: String { label ?? id }
}
