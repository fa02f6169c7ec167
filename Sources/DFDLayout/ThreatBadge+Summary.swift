import DFDModel

extension ThreatBadge {
  /// What the badge says (`letters`, `count`, `severity`), worked out in one pass over the
  /// findings, without building strings.
  struct Summary: Hashable, Sendable {
    /// The STRIDE categories that apply, bit `n` for the `n`th category in STRIDE order.
    var letters: UInt8 = 0
    var count = 0
    var severity = Severity.low

    /// Calls `body` with the ASCII letter of each category that applies, in STRIDE order.
    func forEachLetter(_ body: (UInt8) -> Void) {
      for (index, category) in ThreatBadge.strideOrder.enumerated()
      where letters & (1 << index) != 0 {
        body(category.letter.asciiValue ?? UInt8(ascii: "?"))
      }
    }

    /// How many characters `text` has: letters, a space, the count, ` · ` and the severity.
    var characterCount: Int {
      var digits = 1
      var rest = count
      while rest >= 10 {
        digits += 1
        rest /= 10
      }
      return letters.nonzeroBitCount + 1 + digits + 3 + severity.rawValue.utf8.count
    }
  }

  /// The STRIDE categories in order, once.
  static let strideOrder = StrideCategory.allCases

  /// The badge's summary.
  var summary: Summary {
    var summary = Summary(count: findings.count)
    var highest = -1
    for finding in findings {
      for category in finding.stride {
        if let index = Self.strideOrder.firstIndex(of: category) { summary.letters |= 1 << index }
      }
      if finding.severity.rank > highest {
        highest = finding.severity.rank
        summary.severity = finding.severity
      }
    }
    return summary
  }
}
