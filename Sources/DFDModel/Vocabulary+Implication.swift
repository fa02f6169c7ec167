extension Vocabulary {
  /// The attributes of `scope` that `implies` names, and everything they imply in turn (a
  /// catalogue may contain cycles; each name is followed once).
  public func closure(of implies: [String], in scope: AttributeScope) -> Set<String> {
    var found = Set<String>()
    var pending = implies
    while let name = pending.popLast() {
      guard found.insert(name).inserted else { continue }
      pending += attributes[scope]?[name]?.implies ?? []
    }
    return found
  }
}
