extension Array where Element == AttributeSyntax {
  /// For each item, the index of the last earlier item with the same name, or nil.
  ///
  /// Short lists (the usual case) are scanned; long ones go through a dictionary, so a hostile
  /// list of thousands of attributes stays linear.
  var earlierNamesakes: [Int?] {
    if count <= 8 {
      return indices.map { index in self[..<index].lastIndex { $0.name.text == self[index].name.text } }
    }
    var last: [String: Int] = [:]
    last.reserveCapacity(count)
    return indices.map { index in last.updateValue(index, forKey: self[index].name.text) }
  }
}
