extension SVGSanitizer {
  /// `isSafe(name:value:)` on UTF-8: plain ASCII names whose values cannot name a scheme are
  /// decided without building strings.
  static func isSafe(name: ArraySlice<UInt8>, value: ArraySlice<UInt8>) -> Bool {
    let lower = name.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    let isPlain = lower.allSatisfy { byte in
      (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        || byte == 0x3A || byte == 0x5F
    }
    let mayLink =
      lower.elementsEqual("href".utf8) || lower.elementsEqual("src".utf8)
      || lower.elementsEqual("style".utf8) || lower.reversed().starts(with: "ferh:".utf8)
    guard isPlain, !mayLink, !value.contains(0x3A), !value.contains(0x26) else {
      return isSafe(
        name: String(decoding: name, as: UTF8.self), value: String(decoding: value, as: UTF8.self))
    }
    return !lower.isEmpty && !lower.starts(with: "on".utf8)
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
