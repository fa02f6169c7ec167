import DFDModel

extension ReportContext {
  /// The question pack for the template: `hasAny`, `count`, `settled` (the presumed findings
  /// an answer would settle) and `groups`, each with `owner` and `items` (`number`, `text`,
  /// `subjects` with `id` and `name`, `attribute`, `settles`, `worst`).
  func questions() -> [String: Any] {
    let pack = input.questions
    let groups = (pack?.groups ?? []).map { group -> [String: Any] in
      let items = group.questions.enumerated().map { number, question -> [String: Any] in
        [
          "number": number + 1, "text": question.text, "attribute": question.attribute,
          "subjects": question.subjects.map { ["id": $0.id, "name": $0.name] },
          "settles": QuestionPackWriter.settles(question), "worst": question.worst.rawValue,
        ]
      }
      return [
        "owner": group.owner.isEmpty ? "The model's owner" : group.owner, "items": items,
      ]
    }
    let settled = Set((pack?.groups ?? []).flatMap { $0.questions.flatMap(\.settles) })
    return [
      "hasAny": !groups.isEmpty, "count": pack?.count ?? 0, "settled": settled.count,
      "groups": groups,
    ]
  }
}

extension ReportContext {
  /// How many attack paths the report lists; `scp-dfd render --paths` draws the first five.
  static let attackPathsListed = 10

  /// The attack paths for the template: `hasAny`, `count` and `items`, each with `number`,
  /// `entry` ("the internet", "a supplier") and `steps` (`id`, `name`, `last`).
  func attackPaths() -> [String: Any] {
    let paths = input.attackPaths.prefix(Self.attackPathsListed)
    let items = paths.enumerated().map { number, path -> [String: Any] in
      let steps = path.elements.enumerated().map { index, id -> [String: Any] in
        [
          "id": id, "name": input.diagram.element(id)?.label ?? id,
          "last": index == path.elements.count - 1,
        ]
      }
      return [
        "number": number + 1,
        "entry": path.entry == .internet ? "the internet" : "a supplier or contractor",
        "steps": steps,
      ]
    }
    return ["hasAny": !items.isEmpty, "count": input.attackPaths.count, "items": items]
  }
}

extension ReportContext {
  /// The triage audit for the template: `hasAny`, `count` and `items`, each with
  /// `statement`, `location`, `count` (findings settled), `isStale` and `findings` (`id`,
  /// `last`).
  func triageAudit() -> [String: Any] {
    let items = input.triageAudit.map { audit -> [String: Any] in
      [
        "statement": audit.statement, "location": audit.location,
        "count": audit.findings.count, "isStale": audit.findings.isEmpty,
        "findings": audit.findings.enumerated().map { index, id -> [String: Any] in
          ["id": id, "last": index == audit.findings.count - 1]
        },
      ]
    }
    return ["hasAny": !items.isEmpty, "count": items.count, "items": items]
  }
}
