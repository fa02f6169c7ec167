import OutputEscaping

/// The Graphviz attributes that DOTWriter may emit.
///
/// Anything that Graphviz writes raw into
/// its output or reads from disk (`URL`, `href`, `stylesheet`, `image`, `shapefile`, `fontpath`,
/// `imagepath`) is deliberately absent, so no user text can become a link, style sheet or file.
enum DOTAttribute: String, Hashable, Sendable {
  case id, `class`, label, xlabel, tooltip, labeltooltip, edgetooltip
  case shape, style, color, fillcolor, fontcolor, fontname, fontsize, penwidth, peripheries
  case margin, width, height, fixedsize, dir, arrowsize, minlen
  case rankdir, nodesep, ranksep, pad, labelloc, labeljust, forcelabels, bgcolor, rank
  case mclimit, nslimit, nslimit1, searchsize, remincross, compound
}

/// A value for a DOT attribute.
enum DOTValue: Hashable, Sendable {
  /// Text shown literally, user text included: escaped for a quoted DOT string.
  case text(String)
  /// An HTML-like label built by `HTMLLabel`, whose user text is already escaped.
  case html(HTMLLabel)
  /// One of our own constants (numbers, colours, shape names).
  case token(String)

  /// Appends the value as DOT writes it to UTF-8 `bytes`.
  func write(to bytes: inout [UInt8]) {
    switch self {
    case .text(let text), .token(let text): Escaping.appendDOTString(text, to: &bytes)
    case .html(let label):
      bytes.append(UInt8(ascii: "<"))
      bytes.append(contentsOf: label.markup.utf8)
      bytes.append(UInt8(ascii: ">"))
    }
  }
}

/// A list of attributes, written `[a="1" b=<...>]` or as graph statements.
struct DOTAttributes: Sendable {
  var items: [(DOTAttribute, DOTValue)] = []

  mutating func set(_ name: DOTAttribute, _ value: DOTValue) { items.append((name, value)) }

  mutating func set(_ name: DOTAttribute, token: String) { items.append((name, .token(token))) }

  /// Appends ` [name=value ...]` (nothing when there are no attributes) to UTF-8 `bytes`.
  func writeBracketed(to bytes: inout [UInt8]) {
    for (index, (name, value)) in items.enumerated() {
      bytes.append(contentsOf: (index == 0 ? " [" : " ").utf8)
      bytes.append(contentsOf: name.rawValue.utf8)
      bytes.append(UInt8(ascii: "="))
      value.write(to: &bytes)
    }
    if !items.isEmpty { bytes.append(UInt8(ascii: "]")) }
  }
}
