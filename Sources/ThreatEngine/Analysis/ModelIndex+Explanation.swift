import DFDModel

extension ModelIndex {
  /// Evaluates the condition at `node` like `evaluate`, appending to `decisive` only the reads
  /// that decided its value: every part of a conjunction that held, the first part that failed;
  /// the first part of a disjunction that held, every part when none did; what `not` negates.
  ///
  /// Called only for rules that fired, so a finding's evidence lists the facts that made it
  /// fire and nothing that did not hold.
  func explain(
    _ node: Int, in program: ConditionProgram, on subject: Subject,
    _ evaluation: inout Evaluation, into decisive: inout [Int]
  ) -> Bool {
    let test = program.nodes[node]
    switch test.operation {
    case .not:
      return !explain(node + 1, in: program, on: subject, &evaluation, into: &decisive)
    case .all, .any:
      let wanted = test.operation == .any
      let start = decisive.count
      var item = node + 1
      while item < test.end {
        let mark = decisive.count
        if explain(item, in: program, on: subject, &evaluation, into: &decisive) == wanted {
          // One part decides: it alone explains the value.
          decisive.removeSubrange(start..<mark)
          return wanted
        }
        item = program.nodes[item].end
      }
      return !wanted
    default:
      let mark = evaluation.reads.count
      let value = evaluate(node, in: program, on: subject, &evaluation)
      decisive += evaluation.reads[mark...]
      evaluation.reads.removeSubrange(mark...)
      return value
    }
  }

  /// For each reverse half of a two-way flow, the index of its forward half.
  func forwardHalves() -> [Int: Int] {
    var ids: [String: Int] = [:]
    for (offset, flow) in diagram.flows.enumerated() where flow.direction == .forward {
      ids[flow.id] = offset
    }
    var pairs: [Int: Int] = [:]
    guard !ids.isEmpty else { return pairs }
    for (offset, flow) in diagram.flows.enumerated() where flow.direction == .reverse {
      if let pair = flow.pair, let forward = ids[pair] { pairs[offset] = forward }
    }
    return pairs
  }
}
