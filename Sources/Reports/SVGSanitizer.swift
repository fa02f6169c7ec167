import OutputEscaping

/// Makes renderer SVG safe to inline in an HTML report, and marks the groups a report links to.
///
/// Drops the XML prolog, comments, `<script>`, `<foreignObject>` and animation elements, every
/// `on*` attribute, and any link or attribute value that would run script (`javascript:`,
/// `data:` links). Groups whose `id` names a model element, flow or boundary (`el-<id>`,
/// `flow-<id>`, `tb-<id>`) get `data-target` and `tabindex` so the report can select them.
public struct SVGSanitizer: Sendable {
  /// Maps a group's `id` attribute to the model identifier it draws, or nil.
  public var resolveTarget: @Sendable (String) -> String?
  /// Whether elements keep their `id` attributes (dropped for a second picture of the same
  /// model on one page, whose ids would repeat the first's).
  public var keepsIDs: Bool

  public init(
    keepsIDs: Bool = true, resolveTarget: @escaping @Sendable (String) -> String? = { _ in nil }
  ) {
    self.keepsIDs = keepsIDs
    self.resolveTarget = resolveTarget
  }

  /// Elements removed with everything inside them.
  static let droppedElements: Set<String> = [
    "script", "foreignobject", "iframe", "object", "embed", "set", "animate", "animatemotion",
    "animatetransform", "handler", "listener", "style",
  ]

  /// The sanitised SVG: the root `<svg>` element and what it contains.
  public func sanitize(_ svg: String) -> String {
    var out = ""
    sanitize(svg) { out += $0 }
    return out
  }

  /// The sanitised SVG handed to `write` in pieces of about 256 KB, in order, so the whole
  /// result is never held at once.
  public func sanitize(_ svg: String, to write: (UnsafeRawBufferPointer) throws -> Void)
    rethrows
  {
    var piece = ""
    try sanitize(svg) { kept in
      piece += kept
      if piece.utf8.count >= Self.pieceSize {
        try piece.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
        piece.removeAll(keepingCapacity: true)
      }
    }
    try piece.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
  }

  /// How much sanitised output `sanitize(_:to:)` collects before handing it on.
  static let pieceSize = 256 * 1_024

  /// One pass over the input's tokens that hands each kept piece to `keep`, in order.
  private func sanitize(_ svg: String, keeping keep: (String) throws -> Void) rethrows {
    let bytes = Array(svg.utf8)
    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
    var scanner = SVGScanner(bytes)
    var dropDepth = 0
    var dropName = ""
    var seenRoot = false
    while let token = scanner.next() {
      switch token {
      case .text(let range):
        if dropDepth == 0 && seenRoot { try keep(text(range)) }
      case .cdata(let range):
        if dropDepth == 0 && seenRoot { try keep(Escaping.html(text(range))) }
      case .skipped:
        continue
      case .close(let name):
        if dropDepth > 0 {
          if text(name).lowercased() == dropName { dropDepth -= 1 }
        } else if seenRoot {
          try keep("</" + text(name) + ">")
        }
      case .open(let tag):
        let name = text(tag.name)
        let lower = name.lowercased()
        if dropDepth > 0 {
          if lower == dropName && !tag.selfClosing { dropDepth += 1 }
        } else if Self.isDropped(lower) {
          if !tag.selfClosing {
            dropDepth = 1
            dropName = lower
          }
        } else {
          if lower == "svg" { seenRoot = true }
          if seenRoot {
            let attributes = tag.attributes.map { (name: text($0.name), value: text($0.value)) }
            try keep(start(name, attributes, tag))
          }
        }
      }
    }
  }

  /// A kept start tag: its safe attributes, each value quoted with `"` as `&quot;`; a group
  /// whose `id` names a model target gets `data-target` and `tabindex` (any of its own dropped).
  private func start(
    _ name: String, _ attributes: [(name: String, value: String)], _ tag: SVGScanner.Tag
  ) -> String {
    var target: String?
    if keepsIDs, name == "g", let id = attributes.first(where: { $0.name == "id" }),
      Self.isSafe(name: id.name, value: id.value)
    {
      target = resolveTarget(Self.decodeReferences(id.value))
    }
    var out = "<" + name
    for (name, value) in attributes where Self.isSafe(name: name, value: value) {
      if target != nil && (name == "tabindex" || name.hasPrefix("data-")) { continue }
      if !keepsIDs && name == "id" { continue }
      out += " " + name + "=\"" + Self.quotesEscaped(value) + "\""
    }
    if let target {
      out += " data-target=\"" + Escaping.htmlAttribute(target) + "\" tabindex=\"0\""
    }
    return out + (tag.selfClosing ? "/>" : ">")
  }

  /// An attribute value for `"…"`: each `"` written `&quot;`, scalar by scalar (a combining
  /// mark after a quote must not hide it), everything else as the renderer wrote it.
  private static func quotesEscaped(_ value: String) -> String {
    var result = ""
    for scalar in value.unicodeScalars {
      if scalar == "\"" { result += "&quot;" } else { result.unicodeScalars.append(scalar) }
    }
    return result
  }

  /// Whether an element goes with everything inside it (`lower` is its name, lowercased).
  private static func isDropped(_ lower: String) -> Bool {
    droppedElements.contains(lower) || lower.hasPrefix("animate")
  }
}
