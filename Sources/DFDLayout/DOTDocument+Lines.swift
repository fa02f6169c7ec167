extension DOTDocument {
  /// The shape of wrapped text: how many lines, and how many characters the first line and the
  /// longest of the others have.
  struct LineShape: Hashable, Sendable {
    var count = 0
    var first = 0
    var longestAfterFirst = 0

    /// Counts a line of `characters`.
    mutating func add(_ characters: Int) {
      if count == 0 {
        first = characters
      } else {
        longestAfterFirst = max(longestAfterFirst, characters)
      }
      count += 1
    }
  }

  /// User text wrapped as `DOTText.wrapped(text, width:)` does, each line escaped for an
  /// HTML-like label and the lines joined with `<BR/>`; returns the lines' shape.
  @discardableResult
  mutating func wrapped(_ text: String, width: Int) -> LineShape {
    lines(DOTText.wrapped(text, width: width))
  }

  /// User text already broken into `lines`, each escaped for an HTML-like label and the lines
  /// joined with `<BR/>`; returns their shape.
  @discardableResult
  mutating func lines(_ lines: [String]) -> LineShape {
    var shape = LineShape()
    for (index, line) in lines.enumerated() {
      if index > 0 { markup("<BR/>") }
      html(line)
      shape.add(line.count)
    }
    return shape
  }
}
