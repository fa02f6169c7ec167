import OutputEscaping

extension SVGSanitizer {
  /// `isSafe(name:value:)` on UTF-8: plain ASCII names that are not links or styles, with
  /// ASCII values, are decided in one pass without building strings.
  static func isSafe<Bytes: RandomAccessCollection<UInt8>>(name: Bytes, value: Bytes) -> Bool
  where Bytes.Index == Int {
    let isPlain =
      !name.isEmpty
      && name.allSatisfy { byte in
        let lower = asciiLowercased(byte)
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
          || byte == 0x3A || byte == 0x5F
      }
    let mayLink =
      equalsLowercased(name, "href") || equalsLowercased(name, "src")
      || equalsLowercased(name, "style") || endsLowercased(name, ":href")
    guard isPlain, !mayLink else {
      return isSafe(
        name: String(decoding: name, as: UTF8.self), value: String(decoding: value, as: UTF8.self))
    }
    if name.count >= 2 && asciiLowercased(name[name.startIndex]) == UInt8(ascii: "o")
      && asciiLowercased(name[name.startIndex + 1]) == UInt8(ascii: "n")
    {
      return false
    }
    if !value.contains(0x3A) && !value.contains(0x26) { return true }
    guard let decoded = decoded(value),
      !containsIgnoringSpace(decoded, "javascript:"), !containsIgnoringSpace(decoded, "vbscript:")
    else {
      // Let the `String` path decide, as it compares characters rather than bytes.
      return isSafe(
        name: String(decoding: name, as: UTF8.self), value: String(decoding: value, as: UTF8.self))
    }
    return true
  }

  /// `decodeReferences` on UTF-8, or nil where bytes and characters could disagree: an `&` or
  /// `;` next to a non-ASCII byte (it may be part of a larger character), or a result holding
  /// `İ` or the Kelvin sign (which lowercase to ASCII letters).
  static func decoded<Bytes: RandomAccessCollection<UInt8>>(_ value: Bytes) -> [UInt8]?
  where Bytes.Index == Int {
    var result: [UInt8] = []
    result.reserveCapacity(value.count)
    var index = value.startIndex
    while index < value.endIndex {
      let byte = value[index]
      index += 1
      guard byte == UInt8(ascii: "&") || byte == UInt8(ascii: ";") else {
        result.append(byte)
        continue
      }
      if index - 1 > value.startIndex && value[index - 2] >= 0x80 { return nil }
      if index < value.endIndex && value[index] >= 0x80 { return nil }
      guard byte == UInt8(ascii: "&"),
        let end = firstSemicolon(in: value, from: index),
        appendReference(value[index..<end], to: &result)
      else {
        result.append(byte)
        continue
      }
      // The `;` that ends a reference is checked like any other.
      if end + 1 < value.endIndex && value[end + 1] >= 0x80 { return nil }
      index = end + 1
    }
    if result.contains(where: { $0 >= 0x80 }) {
      if containsSequence(result, [0xC4, 0xB0]) || containsSequence(result, [0xE2, 0x84, 0xAA]) {
        return nil
      }
    }
    return result
  }

  private static func firstSemicolon<Bytes: RandomAccessCollection<UInt8>>(
    in value: Bytes, from start: Int
  ) -> Int? where Bytes.Index == Int {
    var index = start
    while index < value.endIndex {
      if value[index] == UInt8(ascii: ";") { return index }
      index += 1
    }
    return nil
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
    if name.first != UInt8(ascii: "#") {
      guard let text = namedReferenceBytes.first(where: { $0.name.elementsEqual(name) })?.text
      else { return false }
      result.append(contentsOf: text)
      return true
    }
    guard let text = referenceText(Substring(String(decoding: name, as: UTF8.self))) else {
      return false
    }
    result.append(contentsOf: text.utf8)
    return true
  }

  /// `namedReferences` as UTF-8.
  private static let namedReferenceBytes = namedReferences.map { (name, text) in
    (name: Array(name.utf8), text: Array(text.utf8))
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

  /// `byte` with ASCII capitals lowercased.
  static func asciiLowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
  }

  /// Whether `name`, ASCII-lowercased, is `word` (which is lowercase ASCII).
  private static func equalsLowercased<Bytes: RandomAccessCollection<UInt8>>(
    _ name: Bytes, _ word: StaticString
  ) -> Bool where Bytes.Index == Int {
    name.count == word.utf8CodeUnitCount && endsLowercased(name, word)
  }

  /// Whether `name`, ASCII-lowercased, ends with `word` (which is lowercase ASCII).
  private static func endsLowercased<Bytes: RandomAccessCollection<UInt8>>(
    _ name: Bytes, _ word: StaticString
  ) -> Bool where Bytes.Index == Int {
    let count = word.utf8CodeUnitCount
    guard name.count >= count else { return false }
    let start = name.endIndex - count
    return word.withUTF8Buffer { word in
      (0..<count).allSatisfy { asciiLowercased(name[start + $0]) == word[$0] }
    }
  }

  /// Whether `bytes`, with every byte up to space dropped and ASCII lowercased, contains
  /// `needle` (lowercase ASCII, no spaces): the scheme test of the `String` path, on bytes.
  static func containsIgnoringSpace(_ bytes: [UInt8], _ needle: StaticString) -> Bool {
    needle.withUTF8Buffer { needle in
      bytes.withUnsafeBufferPointer { bytes in
        for start in bytes.indices where asciiLowercased(bytes[start]) == needle[0] {
          var index = start + 1
          var matched = 1
          while matched < needle.count && index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte <= 0x20 { continue }
            guard asciiLowercased(byte) == needle[matched] else { break }
            matched += 1
          }
          if matched == needle.count { return true }
        }
        return false
      }
    }
  }

  private static func containsSequence(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard haystack.count >= needle.count else { return false }
    return (0...(haystack.count - needle.count)).contains { start in
      haystack[start] == needle[0] && haystack[start..<start + needle.count].elementsEqual(needle)
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
