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
