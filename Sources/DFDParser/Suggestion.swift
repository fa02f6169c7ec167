/// Finds the likely intended word for a misspelt one (by edit distance).
public enum Suggestion {
  /// The candidate closest to `word`, if one is close enough to be a plausible typo.
  public static func closest<S: Sequence>(to word: String, in candidates: S) -> String?
  where S.Element == String {
    let target = Array(word.lowercased().utf8)
    let limit = max(1, min(3, target.count / 3))
    var best: (name: String, distance: Int)?
    for candidate in candidates where candidate != word {
      let other = Array(candidate.lowercased().utf8)
      guard abs(other.count - target.count) <= limit else { continue }
      let bound = min(limit, (best?.distance ?? limit + 1) - 1)
      guard bound >= 0, let distance = distance(target, other, limit: bound) else { continue }
      if let current = best,
        distance > current.distance || (distance == current.distance && candidate >= current.name)
      {
        continue
      }
      best = (candidate, distance)
    }
    return best?.name
  }

  /// The Levenshtein distance between `a` and `b`, or nil when it exceeds `limit`.
  static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
    if a == b { return 0 }
    var previous = Array(0...b.count)
    var row = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(1, a.count) where !a.isEmpty {
      row[0] = i
      var rowMinimum = i
      for j in 1...max(1, b.count) where !b.isEmpty {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
        rowMinimum = min(rowMinimum, row[j])
      }
      if rowMinimum > limit { return nil }
      swap(&previous, &row)
    }
    let result = a.isEmpty ? b.count : previous[b.count]
    return result <= limit ? result : nil
  }
}
