/// The font sizes a DOT text asks for, read back from the text itself so that the smallest
/// printed size is measured rather than assumed.
///
/// User text that happens to contain `fontsize=` can only make the smallest size read lower
/// (a page split sooner), never higher.
enum DOTFontSizes {
  /// The smallest `fontsize=` or HTML `POINT-SIZE=` value in `dot`; 14 (Graphviz's default)
  /// when it names none.
  static func smallest(in dot: [UInt8]) -> Double {
    let text = String(decoding: dot, as: UTF8.self)
    var smallest = 14.0
    for key in ["fontsize=", "POINT-SIZE="] {
      var rest = text[...]
      while let range = rest.firstRange(of: key) {
        rest = rest[range.upperBound...]
        let value = rest.drop { $0 == "\"" || $0 == "\\" }.prefix { $0.isNumber || $0 == "." }
        if let size = Double(value), size > 0 { smallest = min(smallest, size) }
      }
    }
    return smallest
  }
}
