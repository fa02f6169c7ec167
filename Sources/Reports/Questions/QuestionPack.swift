import DFDModel

/// The questions whose answers settle a model's presumed findings, grouped by who must
/// answer: one question per attribute and owner, covering every element it is asked of.
///
/// The engine records what each presumed finding assumed (`Finding.assumed`); the pack only
/// groups those records and words them with the vocabulary's questions.
public struct QuestionPack: Sendable {
  /// What a question is asked about: an element, flow or boundary, by id and by name.
  public struct Subject: Hashable, Sendable {
    public var id: String
    public var name: String
  }

  public struct Question: Sendable {
    /// The attribute an answer states (`default-credentials`).
    public var attribute: String
    /// The question in plain English.
    public var text: String
    public var subjects: [Subject]
    /// The open findings an answer settles, worst first.
    public var settles: [Finding]

    /// The worst severity among the findings it settles.
    public var worst: Severity { settles.map(\.severity).max() ?? .low }
  }

  /// The questions for one owner, worst first.
  public struct Group: Sendable {
    /// The owner who answers (a supplier, a contractor, a council team), or "" when the model
    /// names none.
    public var owner: String
    public var questions: [Question]
  }

  public var title: String
  public var groups: [Group]

  /// The pack for the open presumed findings among `findings` on `diagram`; `owner` keeps
  /// only that owner's group.
  public init(
    diagram: Diagram, findings: [Finding], vocabulary: Vocabulary, owner: String? = nil
  ) {
    title = diagram.info.title ?? "Threat model"
    struct Key: Hashable {
      var owner: String
      var attribute: String
      var kind: Finding.TargetKind
    }
    var order: [Key] = []
    var subjects: [Key: [Subject]] = [:]
    var settles: [Key: [Finding]] = [:]
    // What each question already lists, so that adding is not a search of the list (a linear
    // search made this 5 % of a 1,000-element report).
    var listedSubjects: Set<[String]> = []
    var listedFindings: Set<[String]> = []
    for finding in findings where finding.status.isOpen && finding.basis == .presumed {
      for assumption in finding.assumed {
        let key = Key(
          owner: diagram.owner(of: assumption.subject, kind: assumption.subjectKind),
          attribute: assumption.attribute, kind: assumption.subjectKind)
        if subjects[key] == nil { order.append(key) }
        let subject = Subject(
          id: assumption.subject, name: Self.name(of: assumption, in: diagram))
        let question = [key.owner, key.attribute, key.kind.rawValue]
        if listedSubjects.insert(question + [subject.id]).inserted {
          subjects[key, default: []].append(subject)
        }
        if listedFindings.insert(question + [finding.id]).inserted {
          settles[key, default: []].append(finding)
        }
      }
    }
    var byOwner: [String: [Question]] = [:]
    var owners: [String] = []
    for key in order where owner == nil || key.owner == owner {
      let scope: AttributeScope =
        key.kind == .flow ? .flow : key.kind == .boundary ? .boundary : .element
      let definition = vocabulary.attribute(key.attribute, in: scope)
      let text =
        definition?.question
        ?? "Is \(key.attribute) true for it?\(definition.map { " (\($0.meaning))" } ?? "")"
      let question = Question(
        attribute: key.attribute, text: text, subjects: subjects[key] ?? [],
        settles: Self.worstFirst(settles[key] ?? []))
      if byOwner[key.owner] == nil { owners.append(key.owner) }
      byOwner[key.owner, default: []].append(question)
    }
    groups = owners.map { name in
      Group(owner: name, questions: Self.worstFirst(byOwner[name] ?? []))
    }
    .sorted { Self.rank($0.questions) > Self.rank($1.questions) }
  }

  /// Every owner who has questions, in the order of the pack.
  public var owners: [String] { groups.map(\.owner) }

  /// How many questions the pack holds.
  public var count: Int { groups.reduce(0) { $0 + $1.questions.count } }

  private static func name(of assumption: Assumption, in diagram: Diagram) -> String {
    switch assumption.subjectKind {
    case .element: return diagram.element(assumption.subject)?.label ?? assumption.subject
    case .boundary: return diagram.boundary(assumption.subject)?.label ?? assumption.subject
    case .flow:
      return diagram.flow(assumption.subject)?.label ?? ""
    }
  }

  private static func worstFirst(_ findings: [Finding]) -> [Finding] {
    findings.enumerated().sorted {
      ($0.element.severity, $1.offset) > ($1.element.severity, $0.offset)
    }
    .map(\.element)
  }

  private static func worstFirst(_ questions: [Question]) -> [Question] {
    questions.enumerated().sorted {
      ($0.element.worst, $0.element.settles.count, $1.offset)
        > ($1.element.worst, $1.element.settles.count, $0.offset)
    }
    .map(\.element)
  }

  /// A group's weight for ordering: its worst severity, then how many findings it settles.
  private static func rank(_ questions: [Question]) -> Int {
    let worst = questions.map(\.worst.rank).max() ?? 0
    return worst * 100_000 + questions.reduce(0) { $0 + $1.settles.count }
  }
}
