import DFDModel
import Diagnostics

extension Resolver {
  /// Checks an attribute list against the vocabulary for `scope` and converts it to values.
  mutating func attributes(
    _ items: [AttributeSyntax], scope: AttributeScope, category: ElementCategory?, file: String
  ) -> Attributes {
    guard !items.isEmpty else { return Attributes() }
    let definitions = attributeTable[scope]
    let namesakes = items.count > Self.shortList ? items.earlierNamesakes : nil
    var result: [Attribute] = []
    result.reserveCapacity(items.count)
    for index in items.indices {
      let name = items[index].name.text
      let nameRange = items[index].name.range
      let earlier: Int? =
        if let namesakes { namesakes[index] } else { items.earlierNamesake(before: index) }
      let repeated = earlier != nil
      if let earlier {
        diagnostics.append(
          .repeatedAttribute(
            name, at: range(nameRange, file), first: range(items[earlier].name.range, file)))
      }
      guard let definition = definitions[name] ?? boundaryDefault(name, scope: scope) else {
        reportUnknownAttribute(name, scope: scope, at: range(nameRange, file))
        let value = items[index].value
        if let value = value.flatMap(Self.plainValue) ?? (value == nil ? .bool(true) : nil) {
          Self.store(Attribute(name, value), in: &result, replacing: repeated)
        }
        continue
      }
      if let category, !definition.applies(to: category) {
        diagnostics.append(
          .attributeDoesNotApply(
            name, to: category, appliesTo: definition.appliesTo, at: range(nameRange, file)))
      }
      guard let syntax = items[index].value else {
        if definition.type == .bool {
          Self.store(Attribute(name, .bool(true)), in: &result, replacing: repeated)
        } else {
          diagnostics.append(
            .attributeNeedsValue(name, type: definition.type, at: range(nameRange, file)))
        }
        continue
      }
      if let value = check(syntax, against: definition.type, attribute: name, file: file) {
        Self.store(Attribute(name, value), in: &result, replacing: repeated)
      }
    }
    return Attributes(result)
  }

  /// The element attribute `name` written on a boundary as a default for the elements inside;
  /// nil in other scopes, and for attributes that are not inherited (`count`).
  func boundaryDefault(_ name: String, scope: AttributeScope) -> AttributeTable.Entry? {
    guard scope == .boundary, Vocabulary.inheritsFromBoundary(name) else { return nil }
    return attributeTable[.element][name]
  }

  /// The longest attribute list searched item by item for repeated names.
  static let shortList = 8

  /// Appends an attribute; a repeated name replaces the earlier value, moving it to the end.
  static func store(_ attribute: Attribute, in items: inout [Attribute], replacing: Bool) {
    if replacing { items.removeAll { $0.name == attribute.name } }
    items.append(attribute)
  }

  mutating func reportUnknownAttribute(_ name: String, scope: AttributeScope, at here: SourceRange)
  {
    let otherScopes = AttributeScope.allCases.filter {
      $0 != scope && vocabulary.attribute(name, in: $0) != nil
    }
    if let other = otherScopes.first {
      diagnostics.append(.attributeInWrongScope(name, scope: scope, belongsTo: other, at: here))
      return
    }
    let names = vocabulary.attributes[scope]?.keys.map { $0 } ?? []
    diagnostics.append(
      .unknownAttribute(
        name, scope: scope, at: here, suggestion: suggest(name, in: names)))
  }

  /// A value converted without a type to check it against.
  static func plainValue(_ syntax: ValueSyntax) -> AttributeValue? {
    switch syntax.kind {
    case .string(let text): return .string(text)
    case .symbol(let name): return .symbol(name)
    case .number(let number): return .number(number)
    case .bool(let flag): return .bool(flag)
    case .list(let items): return .list(items.compactMap(plainValue))
    }
  }

  /// Checks one value against its declared type; nil (reported) when it does not fit.
  mutating func check(
    _ syntax: ValueSyntax, against type: AttributeType, attribute: String, file: String
  ) -> AttributeValue? {
    var here: SourceRange { range(syntax.range, file) }
    switch (type, syntax.kind) {
    case (.bool, .bool(let flag)): return .bool(flag)
    case (.number, .number(let number)): return .number(number)
    case (.string, .string(let text)): return .string(text)
    case (.symbol, .symbol(let name)):
      if attribute == "protocol", !vocabulary.protocols.isEmpty,
        vocabulary.protocols.index(forKey: name) == nil
      {
        let suggestion = suggest(name, in: vocabulary.protocols.keys)
        diagnostics.append(.unknownProtocol(name, at: here, suggestion: suggestion))
      }
      return .symbol(name)
    case (.enumeration(let values), .symbol(let name)),
      (.enumeration(let values), .string(let name)):
      guard values.contains(name) else {
        let suggestion = suggest(name, in: values)
        diagnostics.append(
          .valueNotAllowed(
            name, attribute: attribute, allowed: values, at: here, suggestion: suggestion))
        return nil
      }
      return .symbol(name)
    case (.dataReference, .symbol(let name)):
      return checkDataReference(name, at: syntax.range, file: file) ? .symbol(name) : nil
    case (.list(let itemType), .list(let items)):
      return .list(
        items.compactMap { check($0, against: itemType, attribute: attribute, file: file) })
    case (.list(let itemType), _):
      return check(syntax, against: itemType, attribute: attribute, file: file).map { .list([$0]) }
    default:
      diagnostics.append(.wrongValueType(attribute, expected: type, found: syntax.kind, at: here))
      return nil
    }
  }

  /// Whether `name` is a data asset; reports it when it is not.
  mutating func checkDataReference(_ name: String, at written: Range<Int>, file: String) -> Bool {
    if case .data? = declarations[name]?.what { return true }
    let here = range(written, file)
    switch declarations[name]?.what {
    case .data: return true
    case .some(let other):
      diagnostics.append(.notDataAsset(name, what: describe(other), at: here, suggestion: nil))
    case nil:
      let suggestion = suggest(name, in: data.lazy.map(\.id))
      diagnostics.append(
        .notDataAsset(
          name, what: nil, at: here,
          suggestion: suggestion.flatMap { s in declarations[s].map { (s, $0.range) } }))
    }
    return false
  }
}
