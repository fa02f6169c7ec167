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

  public init(resolveTarget: @escaping @Sendable (String) -> String? = { _ in nil }) {
    self.resolveTarget = resolveTarget
  }

  /// Elements removed with everything inside them.
  static let droppedElements: Set<String> = [
    "script", "foreignobject", "iframe", "object", "embed", "set", "animate", "animatemotion",
    "animatetransform", "handler", "listener", "style",
  ]

  /// The sanitised SVG: the root `<svg>` element and what it contains.
  public func sanitize(_ svg: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(svg.utf8.count + svg.utf8.count / 8)
    sanitize(svg, into: &out, flushingAt: .max) { _ in }
    return String(decoding: out, as: UTF8.self)
  }

  /// The sanitised SVG handed to `write` in pieces of about 256 KB, in order, so the whole
  /// result is never held at once.
  public func sanitize(_ svg: String, to write: (UnsafeRawBufferPointer) throws -> Void)
    rethrows
  {
    var out: [UInt8] = []
    out.reserveCapacity(Self.pieceSize + 4_096)
    try sanitize(svg, into: &out, flushingAt: Self.pieceSize) { piece in
      try piece.withUnsafeBytes(write)
      piece.removeAll(keepingCapacity: true)
    }
    try out.withUnsafeBytes(write)
  }

  /// How much sanitised output `sanitize(_:to:)` collects before handing it on.
  static let pieceSize = 256 * 1_024

  /// One pass over the input's UTF-8, read in place, that copies kept bytes straight to `out`
  /// and calls `flush` whenever `out` holds `limit` bytes or more.
  private func sanitize(
    _ svg: String, into out: inout [UInt8], flushingAt limit: Int,
    flush: (inout [UInt8]) throws -> Void
  ) rethrows {
    var svg = svg
    try svg.withUTF8 { bytes in
      var scanner = SVGScanner(bytes)
      var dropDepth = 0
      var dropName = ""
      var seenRoot = false
      while let token = scanner.next() {
        switch token {
        case .text(let range):
          if dropDepth == 0 && seenRoot { out.append(contentsOf: bytes[range]) }
        case .cdata(let range):
          if dropDepth == 0 && seenRoot {
            Escaping.appendHTML(String(decoding: bytes[range], as: UTF8.self), to: &out)
          }
        case .skipped:
          continue
        case .close(let name):
          if dropDepth > 0 {
            if Self.lowercased(bytes[name]) == dropName { dropDepth -= 1 }
            continue
          }
          if seenRoot {
            out.append(UInt8(ascii: "<"))
            out.append(UInt8(ascii: "/"))
            out.append(contentsOf: bytes[name])
            out.append(UInt8(ascii: ">"))
          }
        case .open(let tag):
          if dropDepth > 0 {
            if Self.lowercased(bytes[tag.name]) == dropName && !tag.selfClosing { dropDepth += 1 }
            continue
          }
          if Self.mayBeDropped(bytes[tag.name]) {
            let lower = Self.lowercased(bytes[tag.name])
            if Self.isDropped(lower) {
              if !tag.selfClosing {
                dropDepth = 1
                dropName = lower
              }
              continue
            }
          }
          if !seenRoot && Self.lowercased(bytes[tag.name]) == "svg" { seenRoot = true }
          guard seenRoot else { continue }
          write(tag, from: bytes, to: &out)
        }
        if out.count >= limit { try flush(&out) }
      }
    }
  }

  private func write(
    _ tag: SVGScanner.Tag, from bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]
  ) {
    out.append(UInt8(ascii: "<"))
    out.append(contentsOf: bytes[tag.name])
    var target: String?
    if bytes[tag.name].elementsEqual("g".utf8),
      let id = tag.attributes.first(where: { bytes[$0.name].elementsEqual("id".utf8) }),
      Self.isSafe(name: bytes[id.name], value: bytes[id.value])
    {
      target = resolveTarget(Self.decodedText(bytes[id.value]))
    }
    for attribute in tag.attributes {
      let name = bytes[attribute.name]
      if target != nil && (name.elementsEqual("tabindex".utf8) || name.starts(with: "data-".utf8)) {
        continue
      }
      guard Self.isSafe(name: name, value: bytes[attribute.value]) else { continue }
      out.append(UInt8(ascii: " "))
      out.append(contentsOf: name)
      Self.appendQuoted(bytes[attribute.value], to: &out)
    }
    if let target {
      out.append(contentsOf: " data-target".utf8)
      Self.appendQuoted(Escaping.htmlAttribute(target).utf8, to: &out)
      out.append(contentsOf: " tabindex=\"0\"".utf8)
    }
    out.append(contentsOf: tag.selfClosing ? "/>".utf8 : ">".utf8)
  }

  /// An attribute value with its character references decoded, as `decodeReferences` does.
  private static func decodedText(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> String {
    if !value.contains(UInt8(ascii: "&")) { return String(decoding: value, as: UTF8.self) }
    if let decoded = decoded(value) { return String(decoding: decoded, as: UTF8.self) }
    return decodeReferences(String(decoding: value, as: UTF8.self))
  }

  /// `="value"`, with any `"` in the value as `&quot;`.
  private static func appendQuoted(_ value: some Collection<UInt8>, to out: inout [UInt8]) {
    out.append(contentsOf: "=\"".utf8)
    for byte in value {
      if byte == UInt8(ascii: "\"") {
        out.append(contentsOf: "&quot;".utf8)
      } else {
        out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  /// False for names no dropped element has (`g`, `a`, `path`, `text`, ...: shorter than three
  /// bytes, or ASCII starting with a letter no dropped name starts with); true for anything
  /// else, which `isDropped` then decides.
  private static func mayBeDropped(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    guard name.count >= 3 else { return false }
    guard let first = name.first, name.allSatisfy({ $0 < 0x80 }) else { return true }
    switch first | 0x20 {
    case UInt8(ascii: "s"), UInt8(ascii: "f"), UInt8(ascii: "i"), UInt8(ascii: "o"),
      UInt8(ascii: "e"), UInt8(ascii: "a"), UInt8(ascii: "h"), UInt8(ascii: "l"):
      return true
    default:
      return false
    }
  }

  /// Whether an element goes with everything inside it.
  private static func isDropped(_ lower: String) -> Bool {
    droppedElements.contains(lower) || lower.hasPrefix("animate")
  }

  /// A name lowercased as `String.lowercased()` does, ASCII names without Unicode tables.
  static func lowercased<Bytes: Collection<UInt8>>(_ name: Bytes) -> String {
    guard name.allSatisfy({ $0 < 0x80 }) else {
      return String(decoding: name, as: UTF8.self).lowercased()
    }
    return String(decoding: name.map(asciiLowercased), as: UTF8.self)
  }
}
