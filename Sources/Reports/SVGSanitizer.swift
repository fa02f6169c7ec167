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
    var scanner = SVGScanner(svg)
    var out: [UInt8] = []
    out.reserveCapacity(svg.utf8.count + svg.utf8.count / 8)
    var dropDepth = 0
    var dropName = ""
    var seenRoot = false
    while let token = scanner.next() {
      switch token {
      case .text(let bytes):
        if dropDepth == 0 && seenRoot { out += bytes }
      case .cdata(let bytes):
        if dropDepth == 0 && seenRoot {
          out += Array(Escaping.html(String(decoding: bytes, as: UTF8.self)).utf8)
        }
      case .skipped:
        continue
      case .close(let name):
        let lower = name.lowercased()
        if dropDepth > 0 {
          if lower == dropName { dropDepth -= 1 }
          continue
        }
        if seenRoot { out += Array("</\(name)>".utf8) }
      case .open(let tag):
        let lower = tag.name.lowercased()
        if dropDepth > 0 {
          if lower == dropName && !tag.selfClosing { dropDepth += 1 }
          continue
        }
        if Self.droppedElements.contains(lower) || lower.hasPrefix("animate") {
          if !tag.selfClosing {
            dropDepth = 1
            dropName = lower
          }
          continue
        }
        if lower == "svg" { seenRoot = true }
        guard seenRoot else { continue }
        out += Array(render(tag).utf8)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private func render(_ tag: SVGScanner.Tag) -> String {
    var text = "<" + tag.name
    var attributes = tag.attributes.filter { Self.isSafe(name: $0.name, value: $0.value) }
    if tag.name == "g", let id = attributes.first(where: { $0.name == "id" })?.value,
      let target = resolveTarget(Self.decodeReferences(id))
    {
      attributes.removeAll { $0.name == "tabindex" || $0.name.hasPrefix("data-") }
      attributes.append(.init(name: "data-target", value: Escaping.htmlAttribute(target)))
      attributes.append(.init(name: "tabindex", value: "0"))
    }
    for attribute in attributes {
      text += " " + attribute.name + "=\"" + attribute.value.replacing("\"", with: "&quot;") + "\""
    }
    return text + (tag.selfClosing ? "/>" : ">")
  }

  /// Whether an attribute may stay: no event handlers, no script or data URLs in links, no
  /// script in any value.
  static func isSafe(name: String, value: String) -> Bool {
    let lower = name.lowercased()
    guard !lower.hasPrefix("on"), !lower.isEmpty else { return false }
    let nameIsPlain = lower.utf8.allSatisfy { byte in
      (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        || byte == 0x3A || byte == 0x5F
    }
    guard nameIsPlain else { return false }
    let isLink = lower == "href" || lower.hasSuffix(":href") || lower == "src"
    // Without `:` or a character reference a value cannot name a scheme.
    if !isLink && lower != "style" && !value.utf8.contains(0x3A) && !value.utf8.contains(0x26) {
      return true
    }
    let decoded = decodeReferences(value)
    let squeezed = String(decoded.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init))
      .lowercased()
    if squeezed.contains("javascript:") || squeezed.contains("vbscript:") { return false }
    if isLink {
      return decoded.hasPrefix("#") || URLSafety.isSafeLink(decoded)
    }
    if lower == "style" { return !squeezed.contains("url(") && !squeezed.contains("expression(") }
    return true
  }

  /// Numeric and common named character references decoded, so `&#106;avascript:` is caught.
  static func decodeReferences(_ value: String) -> String {
    guard value.contains("&") else { return value }
    var result = ""
    var rest = Substring(value)
    while let amp = rest.firstIndex(of: "&") {
      result += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      let end = after.firstIndex(of: ";") ?? after.endIndex
      let name = after[..<end]
      var decoded: String?
      if name.hasPrefix("#x") || name.hasPrefix("#X") {
        decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map {
          String($0)
        }
      } else if name.hasPrefix("#") {
        decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
      } else {
        decoded =
          [
            "colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "lt": "<", "gt": ">",
            "quot": "\"", "apos": "'",
          ][String(name)]
      }
      if let decoded, end != after.endIndex {
        result += decoded
        rest = after[after.index(after: end)...]
      } else {
        result += "&"
        rest = after
      }
    }
    return result + rest
  }
}
