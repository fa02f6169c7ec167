import DFDModel

/// Attaches `threat` statements to findings, adds model-specific threats and reports stale triage.
struct TriageApplier {
  let catalogue: Catalogue
  let index: ModelIndex

  func apply(_ statements: [Triage], to buckets: consuming Buckets) -> Analysis {
    var problems: [TriageProblem] = []
    var byFinding: [String: Int] = [:]
    for (offset, statement) in statements.enumerated() {
      if statement.definesThreat && catalogue.rule(statement.rule) == nil {
        if let problem = addModelThreat(statement, offset, &buckets) { problems.append(problem) }
        continue
      }
      if byFinding[statement.findingID] != nil {
        problems.append(
          TriageProblem(
            code: .duplicateTriage,
            message: "'\(statement.findingID)' is already triaged by an earlier threat statement",
            triageIndex: offset))
      } else {
        byFinding[statement.findingID] = offset
      }
    }
    var matched = Set<String>()
    buckets.update(Set(statements.map(\.target))) { finding in
      guard finding.triage == nil, let offset = byFinding[finding.id] else { return }
      let statement = statements[offset]
      finding.status = statement.status
      finding.triage = statement
      matched.insert(finding.id)
    }
    for (id, offset) in byFinding where !matched.contains(id) {
      problems.append(stale(statements[offset], offset))
    }
    problems.sort { $0.triageIndex < $1.triageIndex }
    return Analysis(findings: buckets.ordered, problems: problems)
  }

  private func stale(_ statement: Triage, _ offset: Int) -> TriageProblem {
    let message: String
    if catalogue.rule(statement.rule) == nil {
      message =
        "stale triage: no rule '\(statement.rule)' in the catalogue; a model-specific threat needs title and stride"
    } else if locate(statement.target) == nil {
      message =
        "stale triage: '\(statement.target)' is not an element, flow or boundary of the model"
    } else {
      message =
        "stale triage: \(statement.rule) does not fire on '\(statement.target)'; remove the statement or review the model"
    }
    return TriageProblem(code: .staleTriage, message: message, triageIndex: offset)
  }

  private func addModelThreat(_ statement: Triage, _ offset: Int, _ buckets: inout Buckets)
    -> TriageProblem?
  {
    guard let subject = locate(statement.target) else {
      return TriageProblem(
        code: .unknownTarget,
        message:
          "threat \(statement.rule) is on '\(statement.target)', which is not an element, flow or boundary of the model",
        triageIndex: offset)
    }
    let attributes = statement.attributes
    let finding = Finding(
      rule: statement.rule, target: statement.target, targetKind: subject.target.findingKind,
      stride: statement.stride, severity: statement.severity ?? .medium, status: statement.status,
      title: statement.title ?? statement.rule,
      description: attributes.text("description") ?? "",
      mitigations: attributes["mitigations"]?.listValue.compactMap(\.textValue) ?? [],
      triage: statement)
    switch subject.target {
    case .element: buckets.elements[subject.index].append(finding)
    case .boundary: buckets.boundaries[subject.index].append(finding)
    case .flow: buckets.flows[subject.index].append(finding)
    }
    return nil
  }

  func locate(_ id: String) -> Subject? {
    if let element = index.elementIDs[id] { return Subject(target: .element, index: element) }
    if let boundary = index.boundaryIDs[id] { return Subject(target: .boundary, index: boundary) }
    if let flow = index.diagram.flows.firstIndex(where: { $0.id == id }) {
      return Subject(target: .flow, index: flow)
    }
    return nil
  }
}
