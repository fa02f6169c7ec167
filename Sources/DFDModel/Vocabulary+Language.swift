extension Vocabulary {
  /// Attributes that belong to the language itself rather than to a catalogue: those of the
  /// `model` statement and of `threat` statements.
  public static let languageAttributes: [AttributeDefinition] =
    modelAttributes + threatAttributes + elementAttributes

  /// The most units one element may stand for (`count`).
  public static let maximumCount = 1_000_000

  private static let elementAttributes: [AttributeDefinition] = [
    AttributeDefinition(
      name: "count", scope: .element, type: .number,
      meaning: "How many identical units the element stands for (1 to 1,000,000; default 1)")
  ]

  private static let modelAttributes: [AttributeDefinition] = [
    ("version", "Version of the model"),
    ("owner", "Organisation or team that owns the model"),
    ("author", "Who wrote the model"),
    ("description", "What the model covers"),
    ("date", "Date of the model or of the last review"),
    ("contact", "Whom to ask about the model"),
    ("scope", "What is in and out of scope"),
  ].map { AttributeDefinition(name: $0.0, scope: .model, type: .string, meaning: $0.1) }

  private static let threatAttributes: [AttributeDefinition] = [
    AttributeDefinition(
      name: "status", scope: .threat,
      type: .enumeration(TriageStatus.allCases.map(\.rawValue)),
      meaning: "The triage decision (default open)"),
    AttributeDefinition(
      name: "note", scope: .threat, type: .string, meaning: "Why, or what was done"),
    AttributeDefinition(name: "by", scope: .threat, type: .string, meaning: "Who decided"),
    AttributeDefinition(
      name: "date", scope: .threat, type: .string, meaning: "When it was decided"),
    AttributeDefinition(
      name: "ticket", scope: .threat, type: .string, meaning: "Issue or risk-register reference"),
    AttributeDefinition(
      name: "title", scope: .threat, type: .string, meaning: "Title of a model-specific threat"),
    AttributeDefinition(
      name: "description", scope: .threat, type: .string,
      meaning: "Description of a model-specific threat"),
    AttributeDefinition(
      name: "stride", scope: .threat,
      type: .list(.enumeration(StrideCategory.allCases.map(\.rawValue))),
      meaning: "STRIDE categories of a model-specific threat"),
    AttributeDefinition(
      name: "severity", scope: .threat, type: .enumeration(Severity.allCases.map(\.rawValue)),
      meaning: "Severity of a model-specific threat (default medium)"),
    AttributeDefinition(
      name: "mitigations", scope: .threat, type: .list(.string),
      meaning: "Mitigations of a model-specific threat"),
    AttributeDefinition(
      name: "review", scope: .threat, type: .string,
      meaning: "When the decision is to be reviewed (YYYY-MM-DD); past it, check warns"),
    AttributeDefinition(
      name: "likelihood", scope: .threat, type: .number,
      meaning: "Risk-register likelihood, 1 (rare) to 5 (almost certain)"),
    AttributeDefinition(
      name: "impact", scope: .threat, type: .number,
      meaning: "Risk-register impact, 1 (negligible) to 5 (severe)"),
  ]
}

extension Vocabulary {
  /// Element attributes that describe the element itself and are never taken from a boundary.
  public static let elementOnlyAttributes: Set<String> = ["count"]

  /// Whether an element attribute `name` written on a boundary is a default for the elements
  /// inside (boundary defaults); boundary attributes of the same name stay the boundary's own.
  public static func inheritsFromBoundary(_ name: String) -> Bool {
    !elementOnlyAttributes.contains(name)
  }
}
