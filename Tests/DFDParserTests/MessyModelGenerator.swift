/// Writes small valid models in untidy layouts, from a seed, for the formatter's round trips:
/// random spacing, `;`, `flow`, `{` on the next line, lists across lines with and without commas,
/// comments everywhere one may stand (some with bidirectional characters), runs of blank lines,
/// escapes and raw control characters in labels, and `"""` strings.
struct MessyModelGenerator {
  /// SplitMix64: the same seed always gives the same model.
  private var state: UInt64
  private var lines: [String] = []
  private var elements: [(name: String, isStore: Bool)] = []
  private var flows: [String] = []
  private var pairs = Set<String>()

  init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

  private mutating func next(_ bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }

  private mutating func chance(_ percent: Int) -> Bool { next(100) < percent }
  private mutating func pick(_ items: [String]) -> String { items[next(items.count)] }
  private mutating func space() -> String { pick([" ", " ", "  ", "\t", "   "]) }
  private mutating func gap() -> String { pick(["", "", " ", "  "]) }

  private mutating func comment() -> String {
    pick(["#", "# ", "//", "// "])
      + pick(["note", "why: PKCS#11 // here", "admin \u{202E}txt.exe", "é ünïcödé", "\"quoted\""])
  }

  private mutating func label() -> String {
    let pieces = [
      "Sensor", " gateway", "\\\"q\\\"", "\\\\", "\\n", "\\t", "\\u{202E}", "\\u{41}", "é",
      "\u{202E}", "\u{1B}[31m", "#not a comment", "// nor this", " ",
    ]
    return "\"" + (0..<(1 + next(3))).map { _ in pick(pieces) }.joined() + "\""
  }

  /// An attribute list (maybe across lines, with comments) holding `items`, or "" for none.
  private mutating func list(_ items: [String]) -> String {
    guard !items.isEmpty || chance(5) else { return "" }
    if chance(60) {
      return gap() + "[" + items.map { $0 }.joined(separator: "," + gap()) + gap() + "]"
    }
    var text = gap() + "[" + (chance(20) ? " " + comment() : "") + "\n"
    for item in items {
      if chance(15) { text += space() + comment() + "\n" }
      if chance(10) { text += "\n" }
      text += space() + item + (chance(50) ? "," : "") + (chance(20) ? " " + comment() : "") + "\n"
    }
    return text + space() + "]"
  }

  private mutating func add(_ line: String) {
    if chance(10) { lines.append("") }
    if chance(5) { lines.append(contentsOf: ["", "", ""]) }
    if chance(12) { lines.append(gap() + comment()) }
    lines.append(line + (chance(12) ? space() + comment() : ""))
  }

  private mutating func element(depth: Int) {
    let number = elements.count
    let (kind, attributes): (String, [String]) = [
      ("sensor", ["firmware-signed", "updatable", "supported", "default-credentials: false"]),
      ("service", ["logging", "monitored", "hardened", "input-validation", "least-privilege"]),
      ("database", ["encrypted-at-rest", "backup", "retention-days: \(next(900))"]),
      ("user", ["mfa"]),
    ][next(4)]
    let name = "\(kind)-\(number)"
    elements.append((name, kind == "database"))
    let chosen = attributes.filter { _ in chance(40) }
    add(
      String(repeating: " ", count: next(2) * depth) + kind + space() + name
        + (chance(70) ? space() + label() : "") + list(chosen))
  }

  private mutating func boundary(depth: Int) {
    let name = "zone-\(lines.count)"
    let attributes = ["type: " + pick(["physical", "network", "cloud"]), "owner: \"Council\""]
    let header =
      "boundary" + space() + name + (chance(50) ? space() + label() : "")
      + list(attributes.filter { _ in chance(50) })
    add(header + (chance(25) ? "\n" + gap() + "{" : gap() + "{"))
    for _ in 0..<(1 + next(3)) {
      if depth < 3 && chance(25) { boundary(depth: depth + 1) } else { element(depth: depth + 1) }
    }
    add(gap() + "}")
  }

  private mutating func flow() {
    let source = elements[next(elements.count)]
    let target = elements[next(elements.count)]
    guard source.name != target.name, !(source.isStore && target.isStore) else { return }
    let pair = source.name + "->" + target.name
    let named =
      chance(40) || pairs.contains(pair) || pairs.contains(target.name + "->" + source.name)
    let name = "f\(flows.count)"
    if !named { pairs.insert(pair) }
    flows.append(named ? name : pair)
    let attributes = [
      "protocol: " + pick(["https", "mqtt", "lorawan"]), "encrypted", "authenticated",
      "data: [" + (0..<(1 + next(2))).map { _ in "asset-\(next(2))" }.joined(separator: ",") + "]",
    ].filter { _ in chance(50) }
    add(
      (named ? name + gap() + ":" + gap() : (chance(20) ? "flow" + space() : "")) + source.name
        + gap() + pick(["->", "->", "<->"]) + gap() + target.name
        + (chance(50) ? space() + label() : "") + list(attributes))
  }

  /// A whole model, ending with or without a line break.
  mutating func model() -> String {
    if chance(50) {
      add(
        "model" + space() + label()
          + list([
            "version: \"1.\(next(9))\"",
            "description: \"\"\"\n    First line\n      indented \u{202E}\n\n    last\n    \"\"\"",
          ]))
    }
    for number in 0..<2 {
      add(
        "data" + space() + "asset-\(number)" + space() + label()
          + list(["classification: " + pick(["public", "internal", "personal"]), "safety"]))
    }
    for _ in 0..<(2 + next(6)) {
      if chance(30) { boundary(depth: 0) } else { element(depth: 0) }
    }
    for _ in 0..<(1 + next(6)) { flow() }
    for (index, target) in (elements.map(\.name) + flows).enumerated() where chance(15) {
      add(
        "threat" + space() + "LOCAL-\(index)" + space() + "on" + space() + target
          + list(["title: \"Local threat\"", "stride: [tampering]", "severity: high"]))
    }
    var text = ""
    for (index, line) in lines.enumerated() {
      let joinWithSemicolon =
        index > 0 && chance(8) && !line.isEmpty
        && !lines[index - 1].isEmpty && !lines[index - 1].contains("#")
        && !lines[index - 1].contains("//") && !lines[index - 1].hasSuffix("{")
        && !line.hasPrefix(" ") && !line.contains("\n")
      text += (index == 0 ? "" : joinWithSemicolon ? gap() + ";" + gap() : "\n") + line
    }
    return text + (chance(80) ? "\n" : "")
  }
}
