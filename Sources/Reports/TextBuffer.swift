/// UTF-8 output built in one growing byte buffer, for the report sections that repeat per
/// finding or per item: cheaper than concatenating `String`s or rendering through Mustache.
struct TextBuffer {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// Appends text as it is (markup or text known to need no escaping).
  mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

  /// Appends a number in decimal.
  mutating func append(_ number: Int) { append(String(number)) }

  /// Appends text escaped with `Escaping.html`.
  mutating func appendHTML(_ text: String) { Escaping.appendHTML(text, to: &bytes) }

  /// Appends text escaped with `Escaping.markdown`.
  mutating func appendMarkdown(_ text: String) { bytes.append(contentsOf: Escaping.markdown(text).utf8) }

  /// The buffer as a string.
  var text: String { String(decoding: bytes, as: UTF8.self) }
}
