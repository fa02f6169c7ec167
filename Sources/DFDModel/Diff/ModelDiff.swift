/// What changed between two versions of a model: items added, removed and changed, matched by
/// identifier, and changes to the model's own title and attributes.
public struct ModelDiff: Hashable, Sendable {
  /// The kinds of item a model declares.
  public enum Subject: String, Hashable, Sendable, CaseIterable {
    case boundary, element, data, flow
  }

  /// How an item changed.
  public enum Change: String, Hashable, Sendable, CaseIterable {
    case added, removed, changed
  }

  /// One item that was added, removed or changed.
  public struct Entry: Hashable, Sendable {
    public var subject: Subject
    public var id: String
    public var change: Change
    /// The label in the new version (the old one, for a removed item).
    public var label: String?
    /// An element's kind (`sensor`); nil for other items.
    public var kind: String?
    /// The boundary an element or boundary sits in, nil at the top level (as `label`).
    public var boundary: String?
    /// What differs, for a changed item; empty for an added or removed one.
    public var fields: [FieldChange]

    public init(
      subject: Subject, id: String, change: Change, label: String? = nil, kind: String? = nil,
      boundary: String? = nil, fields: [FieldChange] = []
    ) {
      self.subject = subject
      self.id = id
      self.change = change
      self.label = label
      self.kind = kind
      self.boundary = boundary
      self.fields = fields
    }

    /// The change of boundary, when the item moved.
    public var move: FieldChange? { fields.first { $0.field == .boundary } }
  }

  /// Changes to the `model` statement: its title (as `.label`) and attributes.
  public var model: [FieldChange]
  /// Boundaries, elements, data assets and flows, in that order; within each, changed and added
  /// items in the new version's order, then removed ones in the old version's order.
  public var entries: [Entry]

  public init(model: [FieldChange] = [], entries: [Entry] = []) {
    self.model = model
    self.entries = entries
  }

  /// Whether the two versions declare the same things.
  public var isEmpty: Bool { model.isEmpty && entries.isEmpty }

  /// The entries with this change, in order.
  public func entries(_ change: Change) -> [Entry] { entries.filter { $0.change == change } }

  /// How many entries have this change.
  public func count(_ change: Change) -> Int { entries.count { $0.change == change } }
}
