import DFDModel

/// The attributes stated on every element, flow or boundary of a diagram, with their names
/// replaced by `Implication` keys so that a lookup compares integers, not text.
struct StatedAttributes: Sendable {
  /// Where each subject's attributes start in `keys` and `values`; one more entry than subjects.
  private var starts: [Int] = [0]
  private var keys: [Int] = []
  private var values: [AttributeValue] = []

  /// Indexes `attributes` (one per subject, in order); names without a key are never read.
  init(_ attributes: some Sequence<Attributes>, keys table: [String: Int]) {
    for subject in attributes {
      for item in subject.items {
        guard let key = table[item.name] else { continue }
        keys.append(key)
        values.append(item.value)
      }
      starts.append(keys.count)
    }
  }

  /// The value stated for `key` on subject `index` (the last one written), or nil.
  func value(_ key: Int, of index: Int) -> AttributeValue? {
    var position = starts[index + 1]
    let start = starts[index]
    while position > start {
      position -= 1
      if keys[position] == key { return values[position] }
    }
    return nil
  }
}
