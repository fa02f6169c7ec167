/// Turns a flow's label into the slug of its identifier (`"Store readings"` → `store-readings`).
enum Slug {
  /// Lower-case ASCII letters and digits; every other run of characters becomes one `-`.
  static func make(_ label: String) -> String {
    var result: [UInt8] = []
    var pendingDash = false
    for byte in label.utf8 {
      let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
      if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
        if pendingDash && !result.isEmpty { result.append(UInt8(ascii: "-")) }
        pendingDash = false
        result.append(lower)
      } else {
        pendingDash = true
      }
    }
    return String(decoding: result, as: UTF8.self)
  }
}
