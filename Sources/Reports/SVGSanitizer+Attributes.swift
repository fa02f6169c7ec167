import OutputEscaping

extension SVGSanitizer {
  /// `isSafe(name:value:)` on UTF-8: plain ASCII names that are not links or styles, with
  /// ASCII values, are decided without building strings.
  static func isSafe<Bytes: RandomAccessCollection<UInt8>>(name: Bytes, value: Bytes) -> Bool
  where Bytes.Index == Int {
    let lower = name.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    let isPlain = lower.allSatisfy { byte in
      (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        || byte == 0x3A || byte == 0x5F
    }
    let mayLink =
      lower.elementsEqual("href".utf8) || lower.elementsEqual("src".utf8)
      || lower.elementsEqual("style".utf8) || lower.reversed().starts(with: "ferh:".utf8)
    guard isPlain, !mayLink else {
      return isSafe(
        name: String(decoding: name, as: UTF8.self), value: String(decoding: value, as: UTF8.self))
    }
    guard !lower.isEmpty, !lower.starts(with: "on".utf8) else { return false }
    if !value.contains(0x3A) && !value.contains(0x26) { return true }
    guard let decoded = decoded(value) else {
      return isSafe(
        name: String(decoding: name, as: UTF8.self), value: String(decoding: value, as: UTF8.self))
    }
    let squeezed = decoded.compactMap {
      $0 <= 0x20 ? nil : ($0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0)
    }
    guard !contains(squeezed, "javascript:") && !contains(squeezed, "vbscript:") else {
      // Let the `String` path decide, as it compares characters rather than bytes.
      return isSafe(
        name: String(decoding: name, as: UTF8.self), value: String(decoding: value, as: UTF8.self))
    }
    return true
  }

  /// `decodeReferences` on UTF-8, or nil where bytes and characters could disagree: an `&` or
  /// `;` next to a non-ASCII byte (it may be part of a larger character), or a result holding
  /// `İ` or the Kelvin sign (which lowercase to ASCII letters).
  private static func decoded<Bytes: RandomAccessCollection<UInt8>>(_ value: Bytes) -> [UInt8]?
  where Bytes.Index == Int {
    for index in value.indices where value[index] == 0x26 || value[index] == 0x3B {
      if index > value.startIndex && value[index - 1] >= 0x80 { return nil }
      if index + 1 < value.endIndex && value[index + 1] >= 0x80 { return nil }
    }
    var result: [UInt8] = []
    result.reserveCapacity(value.count)
    var index = value.startIndex
    while index < value.endIndex {
      let byte = value[index]
      index += 1
      guard byte == UInt8(ascii: "&") else {
        result.append(byte)
        continue
      }
      guard let end = value[index...].firstIndex(of: UInt8(ascii: ";")),
        appendReference(value[index..<end], to: &result)
      else {
        result.append(byte)
        continue
      }
      index = end + 1
    }
    if contains(result, "\u{130}") || contains(result, "\u{212A}") { return nil }
    return result
  }

  /// Appends what the character reference `name` (between `&` and `;`) stands for, as
  /// `referenceText` decides, and says whether it was one; short numeric references (`#45`,
  /// `#x2D`, most of Graphviz's) are decoded without building strings.
  private static func appendReference<Bytes: RandomAccessCollection<UInt8>>(
    _ name: Bytes, to result: inout [UInt8]
  ) -> Bool where Bytes.Index == Int {
    var digits = name[...]
    if digits.first == UInt8(ascii: "#") {
      digits = digits.dropFirst()
      let hex = digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X")
      if hex { digits = digits.dropFirst() }
      if let number = number(digits, hex: hex) {
        guard let scalar = Unicode.Scalar(number) else { return false }
        UTF8.encode(scalar) { result.append($0) }
        return true
      }
    }
    guard let text = referenceText(Substring(String(decoding: name, as: UTF8.self))) else {
      return false
    }
    result.append(contentsOf: text.utf8)
    return true
  }

  /// One to six decimal or hexadecimal digits as a number; nil for anything else, which
  /// `referenceText` then decides.
  private static func number(_ digits: some Collection<UInt8>, hex: Bool) -> UInt32? {
    guard !digits.isEmpty && digits.count <= 6 else { return nil }
    var number: UInt32 = 0
    for byte in digits {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      number = number * (hex ? 16 : 10) + UInt32(digit)
    }
    return number
  }

  private static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
    needle.withUTF8Buffer { needle in
      guard haystack.count >= needle.count else { return false }
      return (0...(haystack.count - needle.count)).contains { start in
        (0..<needle.count).allSatisfy { haystack[start + $0] == needle[$0] }
      }
    }
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
