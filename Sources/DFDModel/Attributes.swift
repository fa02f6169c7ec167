/// One `name: value` pair.
public struct Attribute: Hashable, Sendable {
  public var name: String
  public var value: AttributeValue

  public init(_ name: String, _ value: AttributeValue) {
    self.name = name
    self.value = value
  }
}

/// The attributes stated on a model, element, flow, data asset, boundary or threat statement,
/// in the order they were written.
public struct Attributes: Hashable, Sendable, ExpressibleByDictionaryLiteral {
  public private(set) var items: [Attribute]

  public init(_ items: [Attribute] = []) {
    self.items = items
  }

  public init(dictionaryLiteral elements: (String, AttributeValue)...) {
    self.items = elements.map { Attribute($0.0, $0.1) }
  }

  /// The value stated for `name`, or nil when it is not stated.
  public subscript(name: String) -> AttributeValue? {
    get { items.last(where: { $0.name == name })?.value }
    set {
      items.removeAll { $0.name == name }
      if let newValue { items.append(Attribute(name, newValue)) }
    }
  }

  /// The stated text of `name` (a string or a symbol).
  public func text(_ name: String) -> String? { self[name]?.textValue }

  /// The stated boolean of `name`.
  public func bool(_ name: String) -> Bool? { self[name]?.boolValue }

  public var isEmpty: Bool { items.isEmpty }
  public var names: [String] { items.map(\.name) }
}
