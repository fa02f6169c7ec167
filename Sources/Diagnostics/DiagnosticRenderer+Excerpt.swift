import OutputEscaping

extension DiagnosticRenderer {
  /// The part of a source line shown under a diagnostic, with the caret position worked out.
  ///
  /// Long lines are cut to a window around the range, marked with `...`.
  struct Excerpt {
    static let maximumWidth = 160
    static let context = 60

    var text: String
    /// What goes before the carets: spaces, and tabs where the source has tabs.
    var padding: String
    var caretCount: Int

    init(file: SourceFile, range: SourceRange) {
      let bytes = file.bytes
      let line = file.lineRange(file.lineIndex(of: range.start))
      let start = min(max(range.start, line.lowerBound), line.upperBound)
      let end = min(max(range.end, start), line.upperBound)
      var windowStart = line.lowerBound
      var windowEnd = line.upperBound
      if line.count > Self.maximumWidth {
        windowStart = min(
          start, Self.boundary(bytes, max(line.lowerBound, start - Self.context), forward: true))
        let limit = min(
          line.upperBound, max(end, start + 1) + Self.context, windowStart + Self.maximumWidth)
        windowEnd = max(
          start,
          Self.boundary(
            bytes, max(limit, min(start + 1, line.upperBound)), forward: false, floor: start))
      }
      let prefix = windowStart > line.lowerBound ? "..." : ""
      let suffix = windowEnd < line.upperBound ? "..." : ""
      let before = Self.clean(bytes[windowStart..<start])
      let marked = Self.clean(bytes[start..<min(end, windowEnd)])
      text = prefix + before + marked + Self.clean(bytes[min(end, windowEnd)..<windowEnd]) + suffix
      padding =
        String(repeating: " ", count: prefix.count)
        + String(before.map { $0 == "\t" ? "\t" : " " })
      caretCount = max(1, marked.count)
    }

    /// The nearest offset at a character boundary (not a UTF-8 continuation byte).
    static func boundary(_ bytes: [UInt8], _ offset: Int, forward: Bool, floor: Int = 0) -> Int {
      var index = offset
      while index < bytes.count, index > floor, bytes[index] & 0xC0 == 0x80 {
        index += forward ? 1 : -1
      }
      return index
    }

    /// Decodes bytes for display, showing control characters as visible symbols.
    static func clean(_ bytes: ArraySlice<UInt8>) -> String {
      Escaping.terminal(String(decoding: bytes, as: UTF8.self))
    }
  }
}
