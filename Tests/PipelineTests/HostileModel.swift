import Foundation

/// A valid model whose every free-text place carries DOT, XML/HTML, script, spreadsheet-formula and
/// Markdown syntax.
///
/// If any output let it through, a browser would set the title to `pwned` or grow an element with
/// the id `pwned`.
enum HostileModel {
  static let script = "<script>document.title='pwned'</script>"
  static let image = "<img id=pwned src=x onerror=\"document.title='pwned'\">"
  static let svgTag = "<svg onload=\"document.title='pwned'\"><b id=pwned>x</b></svg>"
  static let dot = "\"]; } digraph x { a -> b [label=\"\\N\" ] -> \\\\ \\N <b>bold</b>"
  static let formula = "=HYPERLINK(\"http://x\",\"y\")"
  static let markdown = "| a | [x](javascript:alert(1)) `c` *d* ]]> <!-- &amp;"

  /// Each element's id and label as the model states it (after string escapes are read).
  static let labels: [(id: String, label: String)] = [
    ("op", script),
    ("api", image + " " + formula),
    ("db", "+1 @SUM(A1) -2 " + markdown),
    ("cam", dot),
  ]

  /// The labels as .dfd string literals.
  static func literal(_ text: String) -> String {
    "\""
      + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
      .replacing("\n", with: "\\n") + "\""
  }

  static var source: String {
    let kinds = ["op": "user", "api": "service", "db": "database", "cam": "camera"]
    var lines = [
      "model \(literal("Hostile " + script)) [owner: \(literal(image)), version: \(literal("]]>"))]",
      "data readings \(literal(svgTag)) [classification: personal]",
      "boundary zone \(literal("} subgraph cluster_x { " + dot)) [type: cloud, owner: \(literal("javascript:alert(1)"))] {",
    ]
    for (id, label) in labels {
      lines.append("  \(kinds[id] ?? "service") \(id) \(literal(label))")
    }
    lines += [
      "}",
      "op -> api \(literal("=cmd|' /C calc'!A0 " + dot)) [protocol: https, data: [readings]]",
      "api -> db \(literal("line\nbreak " + svgTag)) [protocol: http]",
      "cam -> api \(literal(markdown)) [protocol: mqtt]",
      "threat SCP-E-004 on api [status: accepted, note: \(literal(script + " =1+2 " + formula))]",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// Every string that must come back unchanged from a structured output (JSON, SARIF, DOT).
  static var strings: [String] { labels.map(\.label) }

  /// Text with runs of white space made single spaces, for labels that a layout wraps.
  static func squeezed(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
