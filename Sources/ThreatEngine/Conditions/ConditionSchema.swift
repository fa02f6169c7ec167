import DFDModel

/// What a condition may name: the vocabulary, the derived properties and the rule's target.
struct ConditionSchema: Sendable {
  var vocabulary: Vocabulary
  var target: RuleTarget

  static let boundaryTypes = ["physical", "network", "cloud", "organisation", "internet"]

  /// The type of `path`, or a message saying why it cannot be read here.
  func type(of path: Path) -> Result<PathType, Message> {
    guard Path.Root.allowed(for: target).contains(path.root) else {
      let roots = Path.Root.allowed(for: target).map(\.rawValue).joined(separator: ", ")
      return .failure(
        Message(
          "'\(path.root.rawValue)' cannot be read by \(target == .element ? "an" : "a") \(target.rawValue) rule; use \(roots)"
        ))
    }
    guard let name = path.name else {
      return .failure(
        Message("'\(path.root.rawValue)' needs an attribute: \(path.root.rawValue).NAME"))
    }
    let scope: AttributeScope =
      path.root.isElement ? .element : path.root == .flow ? .flow : .boundary
    let derivedScope: DerivedProperty.Scope =
      path.root.isElement ? .element : path.root == .flow ? .flow : .boundary
    if let definition = vocabulary.attribute(name, in: scope) {
      return .success(Self.type(of: definition.type, name: name))
    }
    if let derived = DerivedProperty.named(name, in: derivedScope) { return .success(derived.type) }
    let candidates =
      Array((vocabulary.attributes[scope] ?? [:]).keys)
      + DerivedProperty.all.filter { $0.scope == derivedScope }.map(\.name)
    let hint = Suggestion.closest(to: name, in: candidates).map {
      "; did you mean '\(path.root.rawValue).\($0)'?"
    }
    return .failure(
      Message("unknown \(scope.rawValue) attribute '\(name)' in '\(path)'" + (hint ?? "")))
  }

  /// Checks that `literal` can be compared with a value of `type`.
  func check(_ literal: AttributeValue, against type: PathType) -> Message? {
    guard case .symbol(let name) = literal else { return nil }
    switch type {
    case .enumeration(let values) where !values.contains(name):
      return Message(
        "'\(name)' is not one of \(values.joined(separator: ", "))"
          + Self.didYouMean(name, values))
    case .kind where vocabulary.kinds[name] == nil:
      return Message("unknown kind '\(name)'" + Self.didYouMean(name, vocabulary.kinds.keys))
    case .category where ElementCategory(rawValue: name) == nil:
      let names = ElementCategory.allCases.map(\.rawValue).joined(separator: ", ")
      return Message("'\(name)' is not a category; expected one of \(names)")
    case .boundaryTypes where !Self.boundaryTypes.contains(name):
      return Message("'\(name)' is not a boundary type")
    case .symbol(protocols: true) where vocabulary.protocols[name] == nil:
      return Message(
        "unknown protocol '\(name)'" + Self.didYouMean(name, vocabulary.protocols.keys))
    case .bool, .number:
      return Message("'\(name)' cannot be compared with a \(type == .bool ? "boolean" : "number")")
    default:
      return nil
    }
  }

  /// `; did you mean 'x'?` when a candidate is close to `word`, else nothing.
  static func didYouMean<S: Sequence>(_ word: String, _ candidates: S) -> String
  where S.Element == String {
    Suggestion.closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }

  private static func type(of type: AttributeType, name: String) -> PathType {
    switch type {
    case .bool: return .bool
    case .number: return .number
    case .string: return .string
    case .symbol: return .symbol(protocols: name == "protocol")
    case .enumeration(let values): return .enumeration(values)
    case .dataReference, .list: return .list
    }
  }

  /// A load-time complaint about a condition.
  struct Message: Error, Hashable {
    var text: String
    init(_ text: String) { self.text = text }
  }
}
