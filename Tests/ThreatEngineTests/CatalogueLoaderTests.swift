import DFDModel
import Testing
import ThreatEngine

struct CatalogueLoaderTests {
  func error(_ yaml: String, base: Catalogue = .builtIn) -> CatalogueProblem? {
    CatalogueProblem.load(yaml, file: "user.yaml", base: base)
  }

  func rule(target: String = "element", when: String, extra: String = "") -> String {
    """
    threats:
      - id: U-1
        title: "User rule"
        stride: [tampering]
        target: \(target)
        when: "\(when)"
        severity: low
    \(extra)
    """
  }

  @Test(arguments: [
    ("element.secure-bot", "unknown element attribute 'secure-bot'", 12),
    ("flow.encrypted", "'flow' cannot be read by an element rule", 12),
    ("element.exposure == publik", "'publik' is not one of public, restricted, internal", 32),
    ("kind is sensr", "unknown kind 'sensr'", 20),
    ("element.exposure", "is not true or false", 12),
    ("category == device and (", "expected a path or a value", 36),
    ("category = device", "unexpected character '='", 21),
  ])
  func conditionErrorsPointInsideTheString(when: String, message: String, column: Int) throws {
    let found = try #require(error(rule(when: when)))
    #expect(found.message.contains(message))
    #expect(found.line == 6)
    #expect(found.column == column)
  }

  @Test(arguments: [
    ("element", "element.exposre == public", "did you mean 'element.exposure'?"),
    ("flow", "source.exposre == public", "did you mean 'source.exposure'?"),
    ("flow", "flow.ovr-radio", "did you mean 'flow.over-radio'?"),
    ("element", "element.exposure == publik", "did you mean 'public'?"),
    ("element", "kind is sensr", "did you mean 'sensor'?"),
    ("flow", "flow.protocol == mqt", "did you mean 'mqtt'?"),
  ])
  func conditionErrorsSuggestTheClosestName(target: String, when: String, hint: String) throws {
    let found = try #require(error(rule(target: target, when: when)))
    #expect(found.message.hasSuffix("; " + hint), "\(found.message)")
  }

  @Test func fieldErrorsNameTheirPlace() throws {
    let stride = try #require(
      error(
        rule(when: "category == device").replacingOccurrences(of: "[tampering]", with: "[tamper]")))
    #expect(stride.message.contains("unknown STRIDE category 'tamper'"))
    let system = try #require(
      error(rule(when: "category == device", extra: "    refs: {cwx: [CWE-1]}")))
    #expect(system.message.contains("unknown reference system 'cwx'"))
    #expect(system.line == 8)
    let duplicate = try #require(
      error(
        rule(when: "category == device")
          + rule(when: "category == device").replacingOccurrences(of: "threats:\n", with: "")))
    #expect(duplicate.message.contains("duplicate rule id 'U-1'"))
    let lowRaise = try #require(
      error(
        rule(
          when: "category == device", extra: "    raise:\n      - {when: \"element.gnss\", to: low}"
        )))
    #expect(lowRaise.message.contains("cannot lift the base severity low"))
    let disable = try #require(error("disable: [SCP-X-999]"))
    #expect(disable.message.contains("no rule has that id"))
  }

  @Test func hostileConditionsAreBounded() throws {
    let deep = String(repeating: "not ", count: 70) + "category == device"
    #expect(try #require(error(rule(when: deep))).message.contains("nested more than 64"))
    let long = Array(repeating: "category == device", count: 300).joined(separator: " or ")
    #expect(try #require(error(rule(when: long))).message.contains("longer than 4096"))
  }

  @Test func compositionAddsReplacesAndDisables() throws {
    let yaml = """
      disable: [SCP-D-001]
      kinds:
        bollard: {category: device, is: actuator}
      threats:
        - id: SCP-S-001
          title: "Replaced"
          stride: [spoofing]
          target: flow
          severity: low
        - id: U-2
          title: "Bollards"
          stride: [denial-of-service]
          target: element
          when: "kind is actuator"
          severity: high
      """
    let catalogue = try CatalogueLoader(file: "user.yaml").load(yaml, base: .builtIn)
    #expect(catalogue.rules.count == 84)
    #expect(catalogue.rule("SCP-S-001")?.title == "Replaced")
    #expect(catalogue.rule("SCP-D-001") == nil)
    #expect(catalogue.rules.last?.id == "U-2")
    #expect(catalogue.vocabulary.kind("bollard", isA: "device"))
    let empty = try CatalogueLoader(file: "user.yaml").load(
      "threats: []\n", base: .empty)
    #expect(empty.rules.isEmpty)
    #expect(empty.vocabulary.attribute("status", in: .threat) != nil)
  }
}
