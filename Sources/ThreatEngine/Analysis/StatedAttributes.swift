import DFDModel

/// The attributes stated on every element, flow or boundary of a diagram, with their names
/// replaced by `Implication` keys so that a lookup compares integers, not text.
struct StatedAttributes: Sendable {
  /// Where each subject's attributes start in `keys` and `values`; one more entry than subjects.
  private var starts: [Int] = [0]
  private var keys: [Int] = []
  private var values: [AttributeValue] = []

  /// Indexes the attributes of `count` subjects, `attributes(0)` to `attributes(count - 1)`;
  /// names without a key are never read.
  init(count: Int, keys table: [String: Int], _ attributes: (Int) -> Attributes) {
    starts.reserveCapacity(count + 1)
    keys.reserveCapacity(count * 2)
    values.reserveCapacity(count * 2)
    var names = NameCache(table)
    for subject in 0..<count {
      for item in attributes(subject).items {
        guard let key = names.key(item.name) else { continue }
        keys.append(key)
        values.append(item.value)
      }
      starts.append(keys.count)
    }
  }

  /// Where the value stated for `key` on subject `index` (the last one written) is, or nil;
  /// read it with the subscript (a position rather than an optional value, which is costly to
  /// copy).
  func position(_ key: Int, of index: Int) -> Int? {
    var position = starts[index + 1]
    let start = starts[index]
    while position > start {
      position -= 1
      if keys[position] == key { return position }
    }
    return nil
  }

  /// The value at a position `position(_:of:)` gave.
  subscript(position: Int) -> AttributeValue { values[position] }
}

/// Looks names up in a table, remembering the last name of each length: a model repeats a few
/// names thousands of times, and comparing two equal short names takes a few instructions where
/// hashing one takes a hundred.
struct NameCache<Value> {
  let table: [String: Value]
  private var recent: [(name: String, value: Value?)?] = Array(repeating: nil, count: 32)

  init(_ table: [String: Value]) {
    self.table = table
  }

  mutating func key(_ name: String) -> Value? {
    let length = name.utf8.count
    guard length < recent.count else { return table[name] }
    if let last = recent[length], last.name == name { return last.value }
    let value = table[name]
    recent[length] = (name, value)
    return value
  }
}
