import OutputEscaping

extension SVGSanitizer {
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
      if let decoded = referenceText(name), end != after.endIndex {
        result += decoded
        rest = after[after.index(after: end)...]
      } else {
        result += "&"
        rest = after
      }
    }
    return result + rest
  }

  /// What a character reference's name (`#106`, `#x6A`, `colon`) stands for.
  private static func referenceText(_ name: Substring) -> String? {
    if name.hasPrefix("#x") || name.hasPrefix("#X") {
      return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
    }
    if name.hasPrefix("#") {
      return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
    }
    return namedReferences[String(name)]
  }

  private static let namedReferences = [
    "colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "lt": "<", "gt": ">", "quot": "\"",
    "apos": "'",
  ]
}
