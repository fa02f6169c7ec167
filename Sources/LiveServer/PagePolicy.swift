import Foundation

/// The page's Content-Security-Policy `<meta>` and the one change `serve` makes to it.
enum PagePolicy {
  static let metaStart = "<meta http-equiv=\"Content-Security-Policy\" content=\""

  /// The policy text of the page's CSP `<meta>` (between the quotes of `content`) and where
  /// it is.
  static func find(in page: String) -> (content: String, range: Range<String.Index>)? {
    guard let meta = page.range(of: metaStart, options: .caseInsensitive),
      let end = page[meta.upperBound...].firstIndex(of: "\"")
    else { return nil }
    let range = meta.upperBound..<end
    return (String(page[range]), range)
  }

  /// `policy` with `connect-src 'self'` added, and the script nonce it allows; when it allows
  /// none, a fresh nonce added to its `script-src`.
  static func allowingEvents(_ policy: String) -> (policy: String, nonce: String) {
    var directives = policy.split(separator: ";").map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    var nonce = directives.lazy.compactMap(Self.nonce(in:)).first
    if nonce == nil {
      let fresh = freshNonce()
      nonce = fresh
      if let index = directives.firstIndex(where: { name(of: $0) == "script-src" }) {
        directives[index] += " 'nonce-\(fresh)'"
      } else {
        directives.append("script-src 'nonce-\(fresh)'")
      }
    }
    if let index = directives.firstIndex(where: { name(of: $0) == "connect-src" }) {
      directives[index] = "connect-src 'self'"
    } else {
      directives.append("connect-src 'self'")
    }
    return (directives.joined(separator: "; "), nonce ?? "")
  }

  /// The directive's name, lower case.
  static func name(of directive: String) -> String {
    String(directive.prefix { $0 != " " }).lowercased()
  }

  /// The nonce a `script-src` directive allows, if any.
  static func nonce(in directive: String) -> String? {
    guard name(of: directive) == "script-src",
      let start = directive.range(of: "'nonce-")
    else { return nil }
    let value = directive[start.upperBound...].prefix { $0 != "'" }
    return value.isEmpty ? nil : String(value)
  }

  /// A fresh random nonce (letters and digits only).
  static func freshNonce() -> String {
    (0..<2).map { _ in String(UInt64.random(in: .min ... .max), radix: 36) }.joined()
  }
}
