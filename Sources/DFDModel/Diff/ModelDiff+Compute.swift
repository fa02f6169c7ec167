extension ModelDiff {
  /// The changes from `old` to `new`.
  ///
  /// Two-way flows count once, by their forward half.
  public init(from old: Diagram, to new: Diagram) {
    var model = [FieldChange]()
    if old.info.title != new.info.title {
      model.append(FieldChange(.label, old: old.info.title, new: new.info.title))
    }
    model += FieldChange.attributes(old.info.attributes, new.info.attributes)
    var entries = Self.compare(old.boundaries, new.boundaries, Self.boundary)
    entries += Self.compare(old.elements, new.elements, Self.element)
    entries += Self.compare(old.data, new.data, Self.dataAsset)
    entries += Self.compare(old.drawnFlows, new.drawnFlows, Self.flow)
    self.init(model: model, entries: entries)
  }

  /// The facts about one item that a diff compares and shows.
  struct Facts {
    var subject: Subject
    var label: String?
    var kind: String?
    var boundary: String?
    var endpoints: String?
    var direction: String?
    var attributes: Attributes
  }

  static func boundary(_ item: TrustBoundary) -> Facts {
    Facts(subject: .boundary, label: item.label, boundary: item.parent, attributes: item.attributes)
  }

  static func element(_ item: Element) -> Facts {
    Facts(
      subject: .element, label: item.label, kind: item.kind, boundary: item.boundary,
      attributes: item.attributes)
  }

  static func dataAsset(_ item: DataAsset) -> Facts {
    Facts(subject: .data, label: item.label, attributes: item.attributes)
  }

  static func flow(_ item: Flow) -> Facts {
    Facts(
      subject: .flow, label: item.label, endpoints: "\(item.source) -> \(item.target)",
      direction: item.isTwoWay ? "two-way" : "one-way", attributes: item.attributes)
  }

  /// Entries for the items of `old` and `new`, matched by identifier.
  static func compare<Item: Identifiable>(
    _ old: [Item], _ new: [Item], _ facts: (Item) -> Facts
  ) -> [Entry] where Item.ID == String {
    let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let newIDs = Set(new.map(\.id))
    var entries: [Entry] = []
    for item in new {
      let after = facts(item)
      guard let previous = oldByID[item.id] else {
        entries.append(entry(item.id, .added, after))
        continue
      }
      let fields = changes(facts(previous), after)
      if !fields.isEmpty { entries.append(entry(item.id, .changed, after, fields: fields)) }
    }
    for item in old where !newIDs.contains(item.id) {
      entries.append(entry(item.id, .removed, facts(item)))
    }
    return entries
  }

  static func entry(
    _ id: String, _ change: Change, _ facts: Facts, fields: [FieldChange] = []
  ) -> Entry {
    Entry(
      subject: facts.subject, id: id, change: change, label: facts.label, kind: facts.kind,
      boundary: facts.boundary, fields: fields)
  }

  /// What differs between two versions of one item: boundary first (a move), then label, kind,
  /// endpoints, direction and attributes.
  static func changes(_ old: Facts, _ new: Facts) -> [FieldChange] {
    var fields: [FieldChange] = []
    let pairs: [(FieldChange.Field, String?, String?)] = [
      (.boundary, old.boundary, new.boundary), (.label, old.label, new.label),
      (.kind, old.kind, new.kind), (.endpoints, old.endpoints, new.endpoints),
      (.direction, old.direction, new.direction),
    ]
    for (field, before, after) in pairs where before != after {
      fields.append(FieldChange(field, old: before, new: after))
    }
    return fields + FieldChange.attributes(old.attributes, new.attributes)
  }
}
