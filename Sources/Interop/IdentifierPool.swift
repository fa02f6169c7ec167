/// Makes .dfd identifiers from free-text names: readable, unique across the model's one
/// namespace, never a reserved word.
struct IdentifierPool {
  static let reserved: Set<String> = [
    "model", "include", "data", "boundary", "threat", "on", "true", "false",
  ]
  private(set) var used: Set<String> = IdentifierPool.reserved

  /// A new identifier made from `name`, else from `fallback`, and unique.
  ///
  /// The name in lower case with every run of other characters a `-`; `-2`, `-3`, ... is added
  /// when it is taken.
  mutating func make(from name: String?, fallback: String) -> String {
    var base = Self.slug(name ?? "")
    if base.isEmpty { base = fallback }
    if let first = base.unicodeScalars.first, !(first.properties.isAlphabetic || first == "_") {
      base = fallback + "-" + base
    }
    var candidate = base
    var number = 2
    while used.contains(candidate) {
      candidate = "\(base)-\(number)"
      number += 1
    }
    used.insert(candidate)
    return candidate
  }

  /// Marks `identifier` as taken (for names the resolver derives, such as `x-reverse`).
  mutating func take(_ identifier: String) { used.insert(identifier) }

  /// Whether `text` is a valid identifier: an ASCII letter or `_`, then letters, digits, `_`, `-`.
  static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first.isASCII,
      first.properties.isAlphabetic || first == "_"
    else { return false }
    return text.unicodeScalars.allSatisfy {
      $0.isASCII
        && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
    } && !text.contains("->")
  }

  /// `name` in lower-case ASCII letters and digits, with `-` for every other run, at most 40
  /// characters; the same slug the language gives flow labels.
  static func slug(_ name: String) -> String {
    var result = ""
    var pendingDash = false
    for scalar in name.lowercased().unicodeScalars {
      if scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) {
        if pendingDash && !result.isEmpty { result.append("-") }
        pendingDash = false
        result.unicodeScalars.append(scalar)
        if result.count >= 40 { break }
      } else {
        pendingDash = true
      }
    }
    return result
  }
}
