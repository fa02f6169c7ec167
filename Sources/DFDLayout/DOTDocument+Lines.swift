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
  ///
  /// ASCII text without carriage returns (every byte one character) is wrapped in place, word
  /// by word; any other text goes through `DOTText.wrapped`.
  @discardableResult
  mutating func wrapped(_ text: String, width: Int) -> LineShape {
    var text = text
    let shape = text.withUTF8 { utf8 -> LineShape? in
      guard !utf8.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) else { return nil }
      return wrappedASCII(utf8, width: width)
    }
    if let shape { return shape }
    var lines = LineShape()
    for (index, line) in DOTText.wrapped(text, width: width).enumerated() {
      if index > 0 { markup("<BR/>") }
      html(line)
      lines.add(line.count)
    }
    return lines
  }

  /// `wrapped` for ASCII bytes: paragraphs at line feeds, words at spaces, a break before a word
  /// that would take its line past `width`.
  private mutating func wrappedASCII(_ utf8: UnsafeBufferPointer<UInt8>, width: Int) -> LineShape {
    var lines = LineShape()
    var length = 0
    var index = 0
    let end = utf8.count
    while true {
      // One paragraph: from `index` up to the next line feed or the end.
      while index < end && utf8[index] != UInt8(ascii: "\n") {
        if utf8[index] == UInt8(ascii: " ") {
          index += 1
          continue
        }
        var wordEnd = index
        while wordEnd < end && utf8[wordEnd] != UInt8(ascii: " ")
          && utf8[wordEnd] != UInt8(ascii: "\n")
        {
          wordEnd += 1
        }
        let word = wordEnd - index
        if length > 0 && length + 1 + word > width {
          lines.add(length)
          markup("<BR/>")
          length = 0
        } else if length > 0 {
          byte(UInt8(ascii: " "))
          length += 1
        }
        html(UnsafeBufferPointer(rebasing: utf8[index..<wordEnd]))
        length += word
        index = wordEnd
      }
      lines.add(length)
      length = 0
      guard index < end else { return lines }
      markup("<BR/>")
      index += 1
    }
  }
}
