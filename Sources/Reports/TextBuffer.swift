import OutputEscaping

/// Output built in one growing string, for the report sections that repeat per finding or
/// per item: cheaper than rendering them through Mustache, and never copied at the end.
struct TextBuffer {
  /// The text written so far.
  private(set) var text = ""

  init(capacity: Int = 0) { text.reserveCapacity(capacity) }

  /// Appends text as it is (markup or text known to need no escaping).
  mutating func append(_ part: String) { text.append(part) }

  /// Appends a number in decimal.
  mutating func append(_ number: Int) { text.append(String(number)) }

  /// Appends text escaped with `Escaping.html`.
  mutating func appendHTML(_ part: String) { text.append(Escaping.html(part)) }

  /// Appends text escaped with `Escaping.markdown`.
  mutating func appendMarkdown(_ part: String) { text.append(Escaping.markdown(part)) }
}
