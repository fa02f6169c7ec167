extension Array where Element == AttributeSyntax {
  /// The index of the last item before `index` with the same name, found by a scan (for short
  /// lists, where it is quicker than hashing and allocates nothing).
  func earlierNamesake(before index: Int) -> Int? {
    let name = self[index].name.text
    return self[..<index].lastIndex { $0.name.text == name }
  }

  /// For each item, the index of the last earlier item with the same name, or nil, through a
  /// dictionary, so that a hostile list of thousands of attributes stays linear.
  var earlierNamesakes: [Int?] {
    var last: [String: Int] = [:]
    last.reserveCapacity(count)
    return indices.map { index in last.updateValue(index, forKey: self[index].name.text) }
  }
}
