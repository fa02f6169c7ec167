import DFDModel
import Testing
import ThreatEngine

struct BuiltInCatalogueTests {
  @Test func builtInVocabularyHasTheDraftsKindsAttributesAndProtocols() {
    let vocabulary = Catalogue.builtIn.vocabulary
    #expect(vocabulary.kinds.count == 53)
    #expect(vocabulary.protocols.count == 63)
    #expect(vocabulary.kind("anpr-camera", isA: "device"))
    #expect(!vocabulary.kind("camera", isA: "actuator"))
    #expect(vocabulary.attribute("exposure", in: .element)?.inherit == .boundary)
    #expect(vocabulary.attribute("mutual-tls", in: .flow)?.implies == ["tls", "mutual-auth"])
    #expect(vocabulary.attribute("default-credentials", in: .element)?.assume == .bool(true))
  }

  @Test func loadErrorsNameFileLineAndColumn() {
    let text = "kinds:\n  lamp: {category: furniture}\n"
    let error = CatalogueProblem.load(text, file: "mine.yaml", base: nil)
    #expect(error?.file == "mine.yaml")
    #expect(error?.line == 2)
    #expect(error?.message.contains("furniture") == true)
  }
}

struct BuiltInRulesTests {
  @Test func builtInCatalogueHasEightyFourRulesWithStableIds() {
    let rules = Catalogue.builtIn.rules
    #expect(rules.count == 84)
    #expect(Set(rules.map(\.id)).count == 84)
    #expect(rules.filter { $0.target == .element }.count == 58)
    #expect(rules.filter { $0.target == .flow }.count == 25)
    #expect(rules.first?.id == "SCP-S-001")
  }

  @Test func everyDerivedPropertyIsDocumentedAndComputed() {
    let documented = Catalogue.builtIn.derived.flatMap { scope, names in
      names.keys.map { "\(scope.rawValue).\($0)" }
    }
    let computed = DerivedProperty.all.map { "\($0.scope.rawValue).\($0.name)" }
    #expect(Set(documented) == Set(computed))
  }
}
