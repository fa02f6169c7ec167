import DFDModel

/// Compiles conditions into one analyser's `ConditionProgram`, against a catalogue's names,
/// adding slots for names it has not seen.
///
/// Paths become probes, and kind and category tests compare ids and category bits, not names.
struct ConditionCompiler {
  var implication: Implication
  private(set) var program = ConditionProgram()
  /// The text of each probe's path, by probe id.
  private(set) var pathTexts: [String] = []
  /// Every probe, by id.
  private(set) var probes: [Probe] = []
  private var probeIDs: [Path: Int] = [:]

  init(_ implication: Implication) {
    self.implication = implication
  }

  /// Appends `condition` to the program and returns the index of its root node.
  mutating func compile(_ condition: Condition) -> Int {
    let root = program.nodes.count
    program.nodes.append(ConditionNode(.truth))
    var node = ConditionNode(.truth)
    switch condition {
    case .truth(let value):
      node.first = operand(value)
    case .compare(.path(let path), let op, .literal(let literal))
    where (op == .equal || op == .notEqual) && isCategory(path):
      node = categoryTest(path, [literal], negated: op == .notEqual)
    case .compare(let lhs, let op, let rhs):
      node = ConditionNode(.compare)
      node.first = operand(lhs)
      node.comparison = op
      node.second = operand(rhs)
    case .member(.path(let path), let list, let negated) where isCategory(path):
      node = categoryTest(path, list, negated: negated)
    case .member(.path(let path), let list, let negated) where isKind(path):
      node = kindTest(path, list, negated: negated)
    case .member(let value, let list, let negated):
      node = ConditionNode(.member)
      node.first = operand(value)
      node.list = literals(list)
      node.negated = negated
    case .contains(let lhs, let rhs):
      node = ConditionNode(.contains)
      node.first = operand(lhs)
      node.second = operand(rhs)
    case .intersects(let value, let list):
      node = ConditionNode(.intersects)
      node.first = operand(value)
      node.list = literals(list)
    case .known(let path, let negated):
      node = ConditionNode(.known)
      node.first = .probe(probe(path))
      node.negated = negated
    case .kindIs(let path, let kind, let negated):
      node = kindTest(path, [.symbol(kind)], negated: negated)
    case .not(let inner):
      node = ConditionNode(.not)
      _ = compile(inner)
    case .all(let items):
      node = ConditionNode(.all)
      for item in items { _ = compile(item) }
    case .any(let items):
      node = ConditionNode(.any)
      for item in items { _ = compile(item) }
    }
    node.end = program.nodes.count
    program.nodes[root] = node
    return root
  }

  private func isKind(_ path: Path) -> Bool { path.root.isElement && path.name == "kind" }
  private func isCategory(_ path: Path) -> Bool { path.root.isElement && path.name == "category" }

  private mutating func categoryTest(_ path: Path, _ list: [AttributeValue], negated: Bool)
    -> ConditionNode
  {
    var node = ConditionNode(.categoryIn)
    node.first = .probe(probe(path))
    node.negated = negated
    for value in list {
      if let category = value.textValue.flatMap(ElementCategory.init(rawValue:)) {
        node.categories |= category.bit
      }
    }
    return node
  }

  private mutating func kindTest(_ path: Path, _ list: [AttributeValue], negated: Bool)
    -> ConditionNode
  {
    var node = ConditionNode(.kindIn)
    node.first = .probe(probe(path))
    node.negated = negated
    let names = list.compactMap(\.textValue)
    let ids = names.compactMap { implication.kindIDs[$0] }
    node.list = program.kindIDs.count..<(program.kindIDs.count + ids.count)
    program.kindIDs += ids
    node.names = program.kindNames.count..<(program.kindNames.count + names.count)
    program.kindNames += names
    return node
  }

  private mutating func literals(_ list: [AttributeValue]) -> Range<Int> {
    let start = program.literals.count
    program.literals += list
    return start..<program.literals.count
  }

  private mutating func operand(_ value: Value) -> Operand {
    switch value {
    case .path(let path): return .probe(probe(path))
    case .literal(let literal):
      program.literals.append(literal)
      return .literal(program.literals.count - 1)
    }
  }

  /// The probe for `path`, with the same id as every earlier probe of an equal path.
  mutating func probe(_ path: Path) -> Probe {
    if let id = probeIDs[path] { return probes[id] }
    let id = probes.count
    probeIDs[path] = id
    pathTexts.append(path.description)
    let slot = path.name.map { name in
      implication.slot(
        path.root.isElement ? .element : path.root == .flow ? .flow : .boundary, name)
    }
    probes.append(Probe(root: path.root, slot: slot, id: id))
    return probes[id]
  }
}
