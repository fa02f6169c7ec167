import DFDModel

/// A rule's condition compiled for one analyser, evaluated by `ModelIndex.evaluate`.
///
/// Paths become probes, and kind and category tests compare ids and enum cases, not names.
indirect enum CompiledCondition: Sendable {
  case truth(Operand)
  case compare(Operand, Condition.Comparison, Operand)
  case member(Operand, [AttributeValue], negated: Bool)
  /// `kind in [..]` or `kind is K` on an element: whether its kind descends from one of `kinds`.
  case kindIn(Probe, KindSet, negated: Bool)
  /// `category == X`, `category != X` or `category in [..]` on an element.
  case categoryIn(Probe, [ElementCategory], negated: Bool)
  case contains(Operand, Operand)
  case intersects(Operand, [AttributeValue])
  case known(Probe, negated: Bool)
  case not(CompiledCondition)
  case all([CompiledCondition])
  case any([CompiledCondition])
}

/// The kinds a kind test accepts: as ids, and as names for element kinds outside the vocabulary.
struct KindSet: Sendable {
  var ids: [Int]
  var names: [String]
}

/// Compiles conditions against a catalogue's names, adding slots for names it has not seen.
struct ConditionCompiler {
  var implication: Implication
  /// The text of each probe's path, by probe id.
  private(set) var pathTexts: [String] = []
  private var probeIDs: [Path: Int] = [:]

  init(_ implication: Implication) {
    self.implication = implication
  }

  mutating func compile(_ condition: Condition) -> CompiledCondition {
    switch condition {
    case .truth(let value): return .truth(operand(value))
    case .compare(.path(let path), let op, .literal(let literal))
    where (op == .equal || op == .notEqual) && isCategory(path):
      return .categoryIn(probe(path), categories([literal]), negated: op == .notEqual)
    case .compare(let lhs, let op, let rhs): return .compare(operand(lhs), op, operand(rhs))
    case .member(.path(let path), let list, let negated) where isCategory(path):
      return .categoryIn(probe(path), categories(list), negated: negated)
    case .member(.path(let path), let list, let negated) where isKind(path):
      return .kindIn(probe(path), kinds(list), negated: negated)
    case .member(let value, let list, let negated):
      return .member(operand(value), list, negated: negated)
    case .contains(let lhs, let rhs): return .contains(operand(lhs), operand(rhs))
    case .intersects(let value, let list): return .intersects(operand(value), list)
    case .known(let path, let negated): return .known(probe(path), negated: negated)
    case .kindIs(let path, let kind, let negated):
      return .kindIn(probe(path), kinds([.symbol(kind)]), negated: negated)
    case .not(let inner): return .not(compile(inner))
    case .all(let items): return .all(items.map { compile($0) })
    case .any(let items): return .any(items.map { compile($0) })
    }
  }

  private func isKind(_ path: Path) -> Bool { path.root.isElement && path.name == "kind" }
  private func isCategory(_ path: Path) -> Bool { path.root.isElement && path.name == "category" }

  private func categories(_ list: [AttributeValue]) -> [ElementCategory] {
    list.compactMap { $0.textValue.flatMap(ElementCategory.init(rawValue:)) }
  }

  private func kinds(_ list: [AttributeValue]) -> KindSet {
    let names = list.compactMap(\.textValue)
    return KindSet(ids: names.compactMap { implication.kindIDs[$0] }, names: names)
  }

  private mutating func operand(_ value: Value) -> Operand {
    switch value {
    case .path(let path): return .probe(probe(path))
    case .literal(let literal): return .literal(literal)
    }
  }

  /// The probe for `path`, with the same id as every earlier probe of an equal path.
  mutating func probe(_ path: Path) -> Probe {
    let id = probeIDs[path] ?? pathTexts.count
    if id == pathTexts.count {
      probeIDs[path] = id
      pathTexts.append(path.description)
    }
    let slot = path.name.map { name in
      implication.slot(
        path.root.isElement ? .element : path.root == .flow ? .flow : .boundary, name)
    }
    return Probe(root: path.root, slot: slot, id: id)
  }
}
