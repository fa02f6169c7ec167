/// A value before and after a change.
public struct ValueChange<Value: Hashable & Sendable>: Hashable, Sendable {
  public var old: Value
  public var new: Value

  public init(old: Value, new: Value) {
    self.old = old
    self.new = new
  }

  /// The change from `old` to `new`, or nil when they are equal.
  public static func between(_ old: Value, _ new: Value) -> ValueChange? {
    old == new ? nil : ValueChange(old: old, new: new)
  }
}

/// One property of a model item that differs between two versions, with both values as text.
public struct FieldChange: Hashable, Sendable {
  /// Which property changed.
  public enum Field: Hashable, Sendable {
    /// The label (or, for the model, its title).
    case label
    /// An element's kind.
    case kind
    /// The boundary an element or boundary sits in: a move.
    case boundary
    /// A flow's source and target (`a -> b`), for a flow named by an identifier of its own.
    case endpoints
    /// `one-way` or `two-way`.
    case direction
    /// A stated attribute, by name.
    case attribute(String)

    /// The name a report shows: `label`, `boundary`, or the attribute's name.
    public var name: String {
      switch self {
      case .label: return "label"
      case .kind: return "kind"
      case .boundary: return "boundary"
      case .endpoints: return "endpoints"
      case .direction: return "direction"
      case .attribute(let name): return name
      }
    }
  }

  public var field: Field
  /// The value before, nil when it was not set (no label, top level, attribute not stated).
  public var old: String?
  /// The value after, nil when it is no longer set.
  public var new: String?

  public init(_ field: Field, old: String?, new: String?) {
    self.field = field
    self.old = old
    self.new = new
  }

  /// The changes of every attribute that differs between `old` and `new`, in the order the old
  /// version states them, then the attributes only the new one states; values in .dfd syntax.
  public static func attributes(_ old: Attributes, _ new: Attributes) -> [FieldChange] {
    var names: [String] = []
    for name in old.names + new.names where !names.contains(name) { names.append(name) }
    return names.compactMap { name in
      let before = old[name]
      let after = new[name]
      guard before != after else { return nil }
      return FieldChange(.attribute(name), old: before?.description, new: after?.description)
    }
  }
}
