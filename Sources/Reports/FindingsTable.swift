import DFDModel
import OutputEscaping
import ThreatEngine

/// Writes findings as text for a terminal: grouped by element, boundary and flow, wrapped to a
/// width, with severities coloured when asked.
public struct FindingsTable: Sendable {
  public var width: Int
  public var colors: Bool

  public init(width: Int = 100, colors: Bool = false) {
    self.width = max(width, 40)
    self.colors = colors
  }

  /// The table for `findings` of `diagram`, ending with a summary line: confirmed findings
  /// first, then presumed ones with what would settle them.
  public func render(
    _ findings: [Finding], of diagram: Diagram, attackPaths: [AttackPath] = []
  ) -> String {
    let confirmed = findings.filter { $0.basis == .confirmed }
    let presumed = findings.filter { $0.basis == .presumed }
    var lines: [String] = []
    if !confirmed.isEmpty {
      lines += Self.wrap("Confirmed: these rest on what the model states", width: width)
        .map { paint($0, "1;4") }
      lines += group(confirmed, diagram)
    }
    if !presumed.isEmpty {
      if !lines.isEmpty { lines.append("") }
      lines += Self.wrap(
        "Presumed: these rest on assumptions; the answers to these questions settle them",
        width: width
      ).map { paint($0, "1;4") }
      lines += questions(presumed, in: diagram)
    }
    if !attackPaths.isEmpty {
      if !lines.isEmpty { lines.append("") }
      lines += Self.wrap("Attack paths to safety-critical equipment (shortest first)", width: width)
        .map { paint($0, "1;4") }
      for path in attackPaths.prefix(Self.attackPathsShown) {
        let text = "from the \(path.entry.rawValue): " + path.elements.joined(separator: " → ")
        lines += Self.wrap(text, width: width - 2).map { "  " + $0 }
      }
      if attackPaths.count > Self.attackPathsShown {
        lines.append("  and \(attackPaths.count - Self.attackPathsShown) longer ones")
      }
    }
    if !lines.isEmpty { lines.append("") }
    lines += Self.wrap(FindingsSummary(findings).line, width: width)
    return lines.joined(separator: "\n") + "\n"
  }

  /// The most attack paths the table lists.
  static let attackPathsShown = 10

  /// Findings under a heading per target, in the order given.
  func group(_ findings: [Finding], _ diagram: Diagram) -> [String] {
    var lines: [String] = []
    var current: String?
    for finding in findings {
      if finding.target != current {
        current = finding.target
        lines.append("")
        lines.append(heading(finding, diagram))
      }
      lines += rows(finding)
    }
    return lines
  }

  private func heading(_ finding: Finding, _ diagram: Diagram) -> String {
    let text: String
    switch finding.targetKind {
    case .element:
      let element = diagram.element(finding.target)
      text =
        "\(element?.kind ?? "element") \(finding.target)" + label(element?.label)
        + (element.map { $0.count > 1 ? " ×" + Element.grouped($0.count) : "" } ?? "")
    case .boundary:
      text = "boundary \(finding.target)" + label(diagram.boundary(finding.target)?.label)
    case .flow:
      text = "flow \(finding.target)" + label(diagram.flow(finding.target)?.label)
    }
    return Self.wrap(text, width: width - 4).enumerated()
      .map { $0.offset == 0 ? paint($0.element, "1") : "    " + paint($0.element, "1") }
      .joined(separator: "\n")
  }

  private func label(_ text: String?) -> String { text.map { " \"\($0)\"" } ?? "" }

  /// A finding's lines: severity, rule, STRIDE letters and title, then (when `detailed`) why it
  /// fired and what would clear it.
  func rows(_ finding: Finding, detailed: Bool = true) -> [String] {
    let severity = finding.severity.rawValue.uppercased()
    let padded = severity + String(repeating: " ", count: max(0, 9 - severity.count))
    let stride = finding.stride.map { String($0.letter) }.joined()
    var head = "\(finding.rule) [\(stride)] \(finding.title)"
    if !finding.status.isOpen { head += " (\(finding.status.rawValue))" }
    let indent = String(repeating: " ", count: 11)
    let wrapped = Self.wrap(head, width: width - indent.count)
    var lines = wrapped.enumerated().map { offset, line in
      offset == 0 ? "  " + paint(padded, code(finding.severity)) + line : indent + line
    }
    guard detailed else { return lines }
    let because = finding.why.filter { $0.origin != .stated || $0.path.hasSuffix(".kind") == false }
      .prefix(4).map(Self.because).joined(separator: "; ")
    if !because.isEmpty {
      lines += Self.wrap("because " + because, width: width - indent.count - 2).map {
        indent + "  " + paint($0, "2")
      }
    }
    let clear = finding.clearedBy.prefix(3).joined(separator: "; or ")
    if !clear.isEmpty {
      lines += Self.wrap("to clear: " + clear, width: width - indent.count - 2).map {
        indent + "  " + paint($0, "2")
      }
    }
    return lines
  }

  /// `flow.encrypted = false (assumed)`.
  static func because(_ evidence: Evidence) -> String {
    var origin = evidence.origin.rawValue
    if let detail = evidence.detail { origin += ": \(detail)" }
    return "\(evidence.path) = \(evidence.value) (\(origin))"
  }

  private func code(_ severity: Severity) -> String {
    switch severity {
    case .critical: return "1;31"
    case .high: return "31"
    case .medium: return "33"
    case .low: return "36"
    }
  }

  private func paint(_ text: String, _ code: String) -> String {
    colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Splits text into lines of at most `width` characters at spaces; longer words are cut.
  static func wrap(_ text: String, width: Int) -> [String] {
    let text = Escaping.terminal(text)
    let width = max(width, 1)
    var lines: [String] = []
    var line = ""
    var length = 0
    for word in text.split(separator: " ") {
      // A word of ASCII bytes other than CR has one character per byte: count and cut bytes.
      let bytewise = word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
      var rest = Substring(word)
      var count = bytewise ? rest.utf8.count : rest.count
      while count > 0 {
        if length > 0 && length + 1 + min(count, width) > width {
          lines.append(line)
          line = ""
          length = 0
        }
        let take = min(count, width - (length > 0 ? length + 1 : 0))
        if length > 0 {
          line += " "
          length += 1
        }
        if bytewise {
          line += Substring(rest.utf8.prefix(take))
          rest = Substring(rest.utf8.dropFirst(take))
        } else {
          line += rest.prefix(take)
          rest = rest.dropFirst(take)
        }
        length += take
        count -= take
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
