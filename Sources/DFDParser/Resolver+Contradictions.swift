import DFDModel

extension Resolver {
  /// Warns (DFD307) about each flow attribute stated false that another stated attribute, or the
  /// stated protocol, implies: `[tls, encrypted: false]`, `[protocol: https, tls: false]`.
  ///
  /// The stated value counts (the engine reads `false`), so the warning points at both places.
  mutating func checkContradictions(
    _ items: [AttributeSyntax], _ values: Attributes, file: String
  ) {
    var statedFalse = Set<String>()
    for attribute in values.items where attribute.value.boolValue == false {
      statedFalse.insert(attribute.name)
    }
    guard !statedFalse.isEmpty else { return }
    var reported = Set<String>()
    for implier in impliers(items, values) {
      let implied = vocabulary.closure(of: implier.implies, in: .flow)
      for name in statedFalse.sorted() where implied.contains(name) {
        guard reported.insert(name).inserted, let item = items.last(where: { $0.name.text == name })
        else { continue }
        diagnostics.append(
          .contradictedAttribute(
            name, impliedBy: implier.name, at: range(item.range, file),
            implier: range(implier.range, file)))
      }
    }
  }

  /// The stated protocol and the attributes stated true, with what each implies directly and
  /// where it was written, in the order written.
  private func impliers(_ items: [AttributeSyntax], _ values: Attributes)
    -> [(name: String, implies: [String], range: Range<Int>)]
  {
    var result: [(name: String, implies: [String], range: Range<Int>)] = []
    for item in items {
      let name = item.name.text
      if name == "protocol" {
        guard let used = values.text("protocol"), let definition = vocabulary.protocols[used]
        else { continue }
        result.append(("protocol \(used)", definition.implies, item.range))
      } else if values.bool(name) == true, let definition = vocabulary.attributes[.flow]?[name] {
        result.append((name, definition.implies, item.name.range))
      }
    }
    return result
  }
}
