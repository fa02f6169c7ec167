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

  var dot: String {
    switch self {
    case .text(let text), .token(let text): return DOTText.quoted(text)
    case .html(let label): return "<" + label.markup + ">"
    }
  }
}

/// A list of attributes, written `[a="1" b=<...>]` or as graph statements.
struct DOTAttributes: Sendable {
  var items: [(DOTAttribute, DOTValue)] = []

  mutating func set(_ name: DOTAttribute, _ value: DOTValue) { items.append((name, value)) }

  mutating func set(_ name: DOTAttribute, token: String) { items.append((name, .token(token))) }

  /// `[name=value ...]`, or the empty string when there are none.
  var bracketed: String {
    items.isEmpty
      ? "" : " [" + items.map { "\($0.0.rawValue)=\($0.1.dot)" }.joined(separator: " ") + "]"
  }

  /// One `name=value;` statement per attribute, for graph and cluster bodies.
  var statements: [String] { items.map { "\($0.0.rawValue)=\($0.1.dot);" } }
}
