import DFDModel

/// One test of a compiled condition, made of plain values so that evaluating it copies no
/// references.
///
/// Nodes sit in `ConditionProgram.nodes` in pre-order: the operands of `all`, `any` and `not`
/// follow their node, and `end` is the index just past a node's subtree.
struct ConditionNode: Sendable {
  /// What the node tests.
  enum Operation: UInt8, Sendable {
    case truth, compare, member, kindIn, categoryIn, contains, intersects, known, not, all, any
  }

  var operation: Operation
  /// For `member`, `kindIn`, `categoryIn` and `known`: whether the test is negated.
  var negated = false
  /// For `compare`: the operator.
  var comparison = Condition.Comparison.equal
  /// For `categoryIn`: the accepted categories, one bit each (`ElementCategory.bit`).
  var categories: UInt8 = 0
  /// The index just past this node's subtree.
  var end = 0
  /// The value tested by `truth`, `member`, `intersects`; the left side of `compare` and
  /// `contains`; the probe of `kindIn`, `categoryIn` and `known`.
  var first = Operand.literal(0)
  /// The right side of `compare` and `contains`.
  var second = Operand.literal(0)
  /// For `member` and `intersects`: the list in `ConditionProgram.literals`; for `kindIn`: the
  /// kind ids in `ConditionProgram.kindIDs`.
  var list: Range<Int> = 0..<0
  /// For `kindIn`: the kind names in `ConditionProgram.kindNames`.
  var names: Range<Int> = 0..<0

  init(_ operation: Operation) {
    self.operation = operation
  }
}

/// A value in a compiled condition: a probe to resolve, or a literal by its index in
/// `ConditionProgram.literals`.
enum Operand: Sendable {
  case probe(Probe)
  case literal(Int)

  /// The probe, for nodes whose operand is always one (`kindIn`, `categoryIn`, `known`).
  var probe: Probe? {
    if case .probe(let probe) = self { return probe }
    return nil
  }
}

/// Every condition an analyser evaluates, as one flat array of nodes and the lists they use.
struct ConditionProgram: Sendable {
  var nodes: [ConditionNode] = []
  var literals: [AttributeValue] = []
  var kindIDs: [Int] = []
  var kindNames: [String] = []
}

extension ElementCategory {
  /// The category's bit in `ConditionNode.categories`.
  var bit: UInt8 {
    switch self {
    case .external: return 1
    case .process: return 2
    case .device: return 4
    case .store: return 8
    }
  }
}
