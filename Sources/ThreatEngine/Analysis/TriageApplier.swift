import DFDModel

/// Attaches `threat` statements to findings, adds model-specific threats and reports stale triage.
///
/// Made once per analysis before the rules run; the analyser hands it each subject's findings
/// as they are made (`settle`), so findings are built in report order and never copied.
struct TriageApplier {
  let statements: [Triage]
  private var problems: [TriageProblem] = []
  /// The statement triaging each finding id (the first one, for duplicates).
  private var byFinding: [String: Int] = [:]
  /// The targets named by statements that triage catalogue findings.
  private var targets = Set<String>()
  /// Model-specific threats by the subject they are about, in statement order.
  private var modelThreats: [Subject: [Finding]] = [:]
  private var matched = Set<String>()
  /// The statements about many findings at once.
  private var bulk: BulkTriage

  /// `locate` finds the subject with an id (`ModelIndex.locate`).
  init(
    _ statements: [Triage], diagram: Diagram, catalogue: Catalogue,
    locate: (String) -> Subject?
  ) {
    self.statements = statements
    bulk = BulkTriage(
      statements, diagram: diagram, vocabulary: catalogue.vocabulary, problems: &problems)
    for (offset, statement) in statements.enumerated() where !statement.selector.isBulk {
      if statement.definesThreat && catalogue.rule(statement.rule) == nil {
        addModelThreat(statement, offset, locate)
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
        targets.insert(statement.target)
      }
    }
  }

  /// Completes the findings of `subject`, `findings[start...]` (catalogue findings by rule id):
  /// adds its model-specific threats, keeps the rule order and attaches triage.
  mutating func settle(_ subject: Subject, _ findings: inout [Finding], from start: Int) {
    guard !modelThreats.isEmpty || !targets.isEmpty || !bulk.isEmpty else { return }
    if let extra = modelThreats[subject] {
      findings += extra
      // No slice is kept alive across the sort, which would copy every finding made so far.
      let sorted = (start..<findings.count).dropFirst().allSatisfy { offset in
        findings[offset - 1].rule <= findings[offset].rule
      }
      if !sorted {
        let ordered = findings[start...].sorted { $0.rule < $1.rule }
        findings.removeSubrange(start...)
        findings += ordered
      }
    }
    guard start < findings.count,
      targets.contains(findings[start].target) || !bulk.isEmpty
    else { return }
    for offset in start..<findings.count where findings[offset].triage == nil {
      let id = findings[offset].id
      if let statement = byFinding[id] {
        findings[offset].status = statements[statement].status
        findings[offset].triage = statements[statement]
        matched.insert(id)
      } else if let statement = bulk.statement(
        rule: findings[offset].rule, target: findings[offset].target, in: statements)
      {
        findings[offset].status = statements[statement].status
        findings[offset].triage = statements[statement]
        bulk.touch(statement, id)
      }
    }
  }

  /// What each bulk statement touched, in statement order; an empty list for one that
  /// touched nothing.
  var coverage: [TriageCoverage] {
    bulk.byRule.values.joined().sorted().map { offset in
      TriageCoverage(triageIndex: offset, findings: bulk.touched[offset] ?? [])
    }
  }

  /// Whether a bulk statement about `rule` covers the element, boundary or flow `target`.
  func bulkCovers(rule: String, target: String) -> Bool {
    bulk.statement(rule: rule, target: target, in: statements) != nil
  }

  /// The problems with the statements, in statement order, once every subject is settled.
  func finish(_ catalogue: Catalogue, locate: (String) -> Subject?) -> [TriageProblem] {
    var problems = problems
    var suggestionsLeft = Self.suggestionLimit
    for (id, offset) in byFinding where !matched.contains(id) {
      problems.append(stale(statements[offset], offset, catalogue, locate, &suggestionsLeft))
    }
    for entry in coverage where entry.findings.isEmpty {
      problems.append(staleBulk(statements[entry.triageIndex], entry.triageIndex, catalogue))
    }
    problems.sort { $0.triageIndex < $1.triageIndex }
    return problems
  }

  /// The most misspelt rule ids given a did-you-mean in one model, since each is compared with
  /// every rule of the catalogue.
  static let suggestionLimit = 1_000

  private func stale(
    _ statement: Triage, _ offset: Int, _ catalogue: Catalogue,
    _ locate: (String) -> Subject?, _ suggestionsLeft: inout Int
  ) -> TriageProblem {
    let message: String
    if catalogue.rule(statement.rule) == nil {
      message =
        "stale triage: no rule '\(statement.rule)' in the catalogue; a model-specific threat needs title and stride"
      guard suggestionsLeft > 0 else {
        return TriageProblem(code: .staleTriage, message: message, triageIndex: offset)
      }
      suggestionsLeft -= 1
      let suggestion = Suggestion.closest(to: statement.rule, in: catalogue.rules.lazy.map(\.id))
      return TriageProblem(
        code: .staleTriage, message: message, triageIndex: offset, suggestion: suggestion)
    } else if locate(statement.target) == nil {
      message =
        "stale triage: '\(statement.target)' is not an element, flow or boundary of the model"
    } else {
      message =
        "stale triage: \(statement.rule) does not fire on '\(statement.target)'; remove the statement or review the model"
    }
    return TriageProblem(code: .staleTriage, message: message, triageIndex: offset)
  }

  private mutating func addModelThreat(
    _ statement: Triage, _ offset: Int, _ locate: (String) -> Subject?
  ) {
    guard let subject = locate(statement.target) else {
      problems.append(
        TriageProblem(
          code: .unknownTarget,
          message:
            "threat \(statement.rule) is on '\(statement.target)', which is not an element, flow or boundary of the model",
          triageIndex: offset))
      return
    }
    let attributes = statement.attributes
    let finding = Finding(
      rule: statement.rule, target: statement.target, targetKind: subject.target.findingKind,
      stride: statement.stride, severity: statement.severity ?? .medium, status: statement.status,
      title: statement.title ?? statement.rule,
      description: attributes.text("description") ?? "",
      mitigations: attributes["mitigations"]?.listValue.compactMap(\.textValue) ?? [],
      triage: statement)
    modelThreats[subject, default: []].append(finding)
  }
}
