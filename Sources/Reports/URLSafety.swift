/// Which link targets a report may write.
enum URLSafety {
  /// Whether `text` is a relative path or an `http`/`https` URL; schemes such as
  /// `javascript:`, `data:` or `vbscript:` are refused however they are spelt.
  static func isSafeLink(_ text: String) -> Bool {
    let squeezed = String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
    ).lowercased()
    guard let colon = squeezed.firstIndex(of: ":") else { return true }
    let beforeColon = squeezed[..<colon]
    if beforeColon.contains("/") || beforeColon.contains("?") || beforeColon.contains("#") {
      return true
    }
    return beforeColon == "http" || beforeColon == "https"
  }
}
