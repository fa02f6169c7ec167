import DFDModel

/// Everything resolution needs to know about one name in one scope, looked up once per catalogue.
///
/// Plain values only, so copying one retains nothing; the name, the assumed value and the lists
/// sit beside it in `ScopeNames`.
struct NameInfo: Sendable {
  /// The name's key in `Implication.keys`, for finding stated values without comparing text.
  var key: Int
  var inherit: AttributeInheritance?
  /// The derived property with this name in the scope, if any.
  var derived: DerivedSlot?
}

/// A derived property as the index computes it: an enum case instead of a name.
enum DerivedSlot: Hashable, Sendable {
  case element(ElementProperty)
  case flow(FlowProperty)
  case mixedCriticality
}

/// The names of one scope (element, flow or boundary) as dense slots.
struct ScopeNames: Sendable {
  var infos: [NameInfo] = []
  /// Per slot: the name.
  var names: [String] = []
  /// Per slot: the value assumed when nothing else gives one, if `assumed` (two arrays rather
  /// than optional values, which are costly to copy).
  var assumes: [AttributeValue] = []
  var assumed: [Bool] = []
  /// Per slot: the slots (same scope) of the attributes whose `implies` lists this one.
  var impliers: [[Int]] = []
  /// Per slot: the keys of the protocols whose `implies` lists this one (flows only).
  var protocols: [[Int]] = []
  var slots: [String: Int] = [:]

  /// Records that the name at `slot` assumes `value`.
  mutating func assume(_ value: AttributeValue, at slot: Int) {
    assumes[slot] = value
    assumed[slot] = true
  }

  /// The slot of `name`, adding one (with `key`) when the name is new.
  mutating func slot(_ name: String, key: Int) -> Int {
    if let slot = slots[name] { return slot }
    slots[name] = infos.count
    infos.append(NameInfo(key: key))
    names.append(name)
    assumes.append(.bool(false))
    assumed.append(false)
    impliers.append([])
    protocols.append([])
    return infos.count - 1
  }
}

/// Per-scope name tables and kind lineages, built once per catalogue so that analysis reads
/// arrays by index instead of hashing names.
struct Implication: Sendable {
  /// Every attribute, derived-property and protocol name the catalogue knows, as a dense key.
  var keys: [String: Int] = [:]
  var element = ScopeNames()
  var flow = ScopeNames()
  var boundary = ScopeNames()
  /// Kinds (and their ancestors) as dense ids.
  var kindIDs: [String: Int] = [:]
  /// Per kind id: the kind and its ancestors, nearest first, as kind ids.
  var lineage: [[Int]] = []

  /// Slots every index reads whatever the catalogue says.
  var safetyCritical = 0, remoteAdmin = 0, command = 0, firmware = 0

  /// Element slots 0, 1 and 2 are `kind`, `id` and `category`, which no attribute overrides.
  static let kindSlot = 0, idSlot = 1, categorySlot = 2, intrinsicSlots = 3

  init(_ vocabulary: Vocabulary) {
    for name in ["kind", "id", "category"] { _ = slot(.element, name) }
    for kind in vocabulary.kinds.keys.sorted() {
      var ids: [Int] = []
      for name in vocabulary.lineage(of: kind) { ids.append(kindID(name)) }
      lineage[ids[0]] = ids
    }
    for (scope, definitions) in vocabulary.attributes
    where scope == .element || scope == .flow || scope == .boundary {
      for definition in definitions.values.sorted(by: { $0.name < $1.name }) {
        let inherit = Self.inheritance(definition, scope: scope, vocabulary)
        update(scope, definition.name) { $0.inherit = inherit }
        let slot = slot(scope, definition.name)
        if let value = definition.assume {
          switch scope {
          case .element: element.assume(value, at: slot)
          case .flow: flow.assume(value, at: slot)
          default: boundary.assume(value, at: slot)
          }
        }
      }
      for definition in definitions.values.sorted(by: { $0.name < $1.name }) {
        let implier = slot(scope, definition.name)
        for implied in definition.implies {
          let implied = slot(scope, implied)
          if scope == .element { element.impliers[implied].append(implier) }
          if scope == .flow { flow.impliers[implied].append(implier) }
          if scope == .boundary { boundary.impliers[implied].append(implier) }
        }
      }
    }
    for definition in vocabulary.protocols.values.sorted(by: { $0.name < $1.name }) {
      let protocolKey = key(definition.name)
      for implied in definition.implies { flow.protocols[slot(.flow, implied)].append(protocolKey) }
    }
    for property in ElementProperty.allCases {
      update(.element, property.rawValue) { $0.derived = .element(property) }
    }
    for property in FlowProperty.allCases {
      update(.flow, property.rawValue) { $0.derived = .flow(property) }
    }
    update(.boundary, "mixed-criticality") { $0.derived = .mixedCriticality }
    safetyCritical = slot(.element, "safety-critical")
    remoteAdmin = slot(.flow, "remote-admin")
    command = slot(.flow, "command")
    firmware = slot(.flow, "firmware")
  }

  /// The dense key of `name`, adding one when it is new.
  mutating func key(_ name: String) -> Int {
    if let key = keys[name] { return key }
    keys[name] = keys.count
    return keys.count - 1
  }

  /// The slot of `name` in `scope` (element, flow or boundary), adding one when it is new.
  mutating func slot(_ scope: AttributeScope, _ name: String) -> Int {
    let key = key(name)
    switch scope {
    case .flow: return flow.slot(name, key: key)
    case .boundary: return boundary.slot(name, key: key)
    default: return element.slot(name, key: key)
    }
  }

  private mutating func kindID(_ name: String) -> Int {
    if let id = kindIDs[name] { return id }
    kindIDs[name] = lineage.count
    lineage.append([lineage.count])
    return lineage.count - 1
  }

  private mutating func update(
    _ scope: AttributeScope, _ name: String, _ body: (inout NameInfo) -> Void
  ) {
    guard scope == .element || scope == .flow || scope == .boundary else { return }
    let slot = slot(scope, name)
    switch scope {
    case .element: body(&element.infos[slot])
    case .flow: body(&flow.infos[slot])
    default: body(&boundary.infos[slot])
    }
  }
}

extension Implication {
  /// Where an attribute takes a value the model does not state: as its definition says, and
  /// for an element attribute, from the nearest enclosing boundary that states it (a boundary
  /// default), unless a boundary attribute of that name is the boundary's own.
  static func inheritance(
    _ definition: AttributeDefinition, scope: AttributeScope, _ vocabulary: Vocabulary
  ) -> AttributeInheritance? {
    if let inherit = definition.inherit { return inherit }
    guard scope == .element, Vocabulary.inheritsFromBoundary(definition.name),
      vocabulary.attribute(definition.name, in: .boundary) == nil
    else { return nil }
    return .boundary
  }
}
