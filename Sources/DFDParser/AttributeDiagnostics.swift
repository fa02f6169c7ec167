import DFDModel
import Diagnostics

// The resolver's attribute diagnostics (DFD3xx), alphabetised. Codes are never reused.

extension Diagnostic {
  /// DFD304: an element attribute on a category it does not apply to.
  static func attributeDoesNotApply(
    _ name: String, to category: ElementCategory, appliesTo: Set<ElementCategory>,
    at range: SourceRange
  ) -> Diagnostic {
    let allowed = ElementCategory.allCases.filter(appliesTo.contains).map(\.pluralTitle)
    return Diagnostic(
      .warning, "DFD304", "attribute '\(name)' does not apply to \(category.pluralTitle)",
      at: range,
      label: "applies to " + allowed.joined(separator: ", "))
  }

  /// DFD304: an attribute written on the wrong kind of statement.
  static func attributeInWrongScope(
    _ name: String, scope: AttributeScope, belongsTo other: AttributeScope, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .warning, "DFD304", "attribute '\(name)' does not apply to \(scope.pluralTitle)", at: range,
      label: "it is \(other.article) \(other.rawValue) attribute")
  }

  /// DFD301: a bare attribute name that needs a value.
  static func attributeNeedsValue(_ name: String, type: AttributeType, at range: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .error, "DFD301", "attribute '\(name)' needs a value", at: range,
      label: "expected \(type.summary)", notes: [Diagnostic.Note("write '\(name): value'")])
  }

  /// DFD307: an attribute stated false that another stated attribute or the protocol implies.
  static func contradictedAttribute(
    _ name: String, impliedBy implier: String, at range: SourceRange,
    implier implierRange: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .warning, "DFD307", "'\(name)' is stated false, but \(implier) implies it", at: range,
      label: "the stated value counts: the flow is treated as not \(name)",
      notes: [
        Diagnostic.Note("\(implier) implies '\(name)'", range: implierRange, rangePrefix: "at"),
        Diagnostic.Note("remove one of the two, whichever is wrong"),
      ])
  }

  /// DFD306: an attribute stated twice in one list.
  static func repeatedAttribute(_ name: String, at range: SourceRange, first: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .warning, "DFD306", "attribute '\(name)' is stated twice; the last one counts", at: range,
      notes: [Diagnostic.Note("the first '\(name)'", range: first, rangePrefix: "at")])
  }

  /// DFD303: an attribute the vocabulary does not declare.
  static func unknownAttribute(
    _ name: String, scope: AttributeScope, at range: SourceRange, suggestion: String?
  ) -> Diagnostic {
    Diagnostic(
      .warning, "DFD303", "unknown \(scope.rawValue) attribute '\(name)'", at: range,
      notes: [
        Diagnostic.Note(
          suggestion.map { "did you mean '\($0)'?" }
            ?? "run 'scp-dfd catalogue attributes' to list the attributes")
      ], suggestion: suggestion)
  }

  /// DFD305: a protocol the catalogue does not know (still used as written).
  static func unknownProtocol(_ name: String, at range: SourceRange, suggestion: String?)
    -> Diagnostic
  {
    var notes = [Diagnostic.Note("the value still counts, but no rule knows what it implies")]
    if let suggestion { notes.insert(Diagnostic.Note("did you mean '\(suggestion)'?"), at: 0) }
    return Diagnostic(
      .warning, "DFD305", "unknown protocol '\(name)'", at: range, notes: notes,
      suggestion: suggestion)
  }

  /// DFD302: a value outside an attribute's closed set.
  static func valueNotAllowed(
    _ value: String, attribute: String, allowed: [String], at range: SourceRange,
    suggestion: String?
  ) -> Diagnostic {
    var notes = [Diagnostic.Note("expected one of " + allowed.joined(separator: ", "))]
    if let suggestion { notes.insert(Diagnostic.Note("did you mean '\(suggestion)'?"), at: 0) }
    return Diagnostic(
      .error, "DFD302", "'\(value)' is not a valid value of '\(attribute)'", at: range,
      notes: notes, suggestion: suggestion)
  }

  /// DFD301: a value of the wrong type.
  static func wrongValueType(
    _ name: String, expected type: AttributeType, found: ValueSyntax.Kind, at range: SourceRange
  ) -> Diagnostic {
    var notes: [Diagnostic.Note] = []
    if case .string = type, case .symbol = found {
      notes.append(Diagnostic.Note("put text in quotes"))
    }
    if case .symbol = type, case .string = found {
      notes.append(Diagnostic.Note("write the name without quotes"))
    }
    let suggestion = type == .bool ? found.likelyTruthValue : nil
    if let suggestion { notes.insert(Diagnostic.Note("did you mean '\(suggestion)'?"), at: 0) }
    return Diagnostic(
      .error, "DFD301", "attribute '\(name)' must be \(type.summary), found \(found.summary)",
      at: range, notes: notes, suggestion: suggestion)
  }
}

extension AttributeScope {
  fileprivate var article: String { self == .element ? "an" : "a" }
}

extension ValueSyntax.Kind {
  /// `true` or `false` for a word that people write for them (`yes`, `off`, `"enabled"`).
  fileprivate var likelyTruthValue: String? {
    let word: String
    switch self {
    case .symbol(let text), .string(let text): word = text.lowercased()
    default: return nil
    }
    switch word {
    case "yes", "y", "enabled", "enable", "true", "t": return "true"
    case "no", "n", "disabled", "disable", "false", "f", "none", "off": return "false"
    default: return nil
    }
  }

  /// How messages name a value.
  var summary: String {
    switch self {
    case .string: return "a string"
    case .symbol(let name): return "the name '\(name)'"
    case .number: return "a number"
    case .bool(let flag): return flag ? "true" : "false"
    case .list: return "a list"
    }
  }
}

extension Diagnostic {
  /// DFD308: a boundary default that reaches elements it does not apply to.
  static func defaultDoesNotApply(
    _ name: String, boundary: String, elements: [String], appliesTo: Set<ElementCategory>,
    at range: SourceRange
  ) -> Diagnostic {
    let allowed = ElementCategory.allCases.filter(appliesTo.contains).map(\.pluralTitle)
    let shown = elements.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
    let more = elements.count > 3 ? " and \(elements.count - 3) more" : ""
    return Diagnostic(
      .warning, "DFD308",
      "boundary default '\(name)' on '\(boundary)' does not apply to \(shown)\(more) inside it",
      at: range, label: "applies to " + allowed.joined(separator: ", "),
      notes: [
        Diagnostic.Note(
          "state '\(name)' on the elements it applies to instead")
      ])
  }
}

extension Diagnostic {
  /// DFD309: a `review` date that is not a real `YYYY-MM-DD` day.
  static func invalidReviewDate(_ text: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD309", "review date '\(text)' is not a date written YYYY-MM-DD", at: range,
      label: "expected a date such as \"2026-06-01\"")
  }

  /// DFD310: a `likelihood` or `impact` outside 1 to 5.
  static func riskLevelOutOfRange(_ name: String, value: String, at range: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .error, "DFD310", "\(name) \(value) is not a whole number from 1 to 5", at: range,
      label: "expected 1, 2, 3, 4 or 5",
      notes: [Diagnostic.Note("the risk register scores likelihood × impact on a 5×5 matrix")])
  }
}

extension Diagnostic {
  /// DFD311: a `count` that is not a whole number from 1 to 1,000,000.
  static func invalidCount(_ value: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD311", "count \(value) is not a whole number from 1 to 1,000,000", at: range,
      label: "expected the number of identical units, such as 40",
      notes: [Diagnostic.Note("an element stands for one unit unless it states a count")])
  }
}
