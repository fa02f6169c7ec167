import Yams

extension YAMLBounds {
  /// The running state of a walk over a skeleton: the expanded size of every anchor so far.
  struct Scan {
    /// What a node holds once expanded: nodes, and bytes of scalar text.
    struct Size {
      var nodes: Int
      var bytes: Int

      /// The two sizes added, saturating far below overflow.
      static func + (lhs: Size, rhs: Size) -> Size {
        Size(
          nodes: min(lhs.nodes + rhs.nodes, Int.max / 2),
          bytes: min(lhs.bytes + rhs.bytes, Int.max / 2))
      }
    }

    /// The expanded size of each anchor, by name; a later anchor of the same name replaces it.
    var anchors: [String: Size] = [:]

    /// The expanded size of `node`, a collection at `depth` (the root's children are at 1),
    /// checking the bounds after each child; records the node's anchor once it is known.
    mutating func size(of node: Node, depth: Int) throws(Violation) -> Size {
      var size = Size(nodes: 1, bytes: 0)
      switch node {
      case .scalar(let scalar):
        size = self.size(of: scalar)
      case .alias:
        break  // Yams composes aliases into the node they name; a skeleton has none.
      case .sequence(let sequence):
        guard depth < maximumDepth else { throw depthViolation(at: node.mark) }
        for child in sequence {
          size = try add(size, self.size(of: child, depth: depth + 1), at: child.mark)
        }
      case .mapping(let mapping):
        guard depth < maximumDepth else { throw depthViolation(at: node.mark) }
        for (key, value) in mapping {
          size = try add(size, self.size(of: key, depth: depth + 1), at: key.mark)
          size = try add(size, self.size(of: value, depth: depth + 1), at: value.mark)
        }
      }
      if let anchor = node.anchor { anchors[anchor.rawValue] = size }
      return size
    }

    /// A scalar's own size, or for an alias (a plain scalar that starts with the marker) the
    /// size of the anchor it names.
    func size(of scalar: Node.Scalar) -> Size {
      let own = Size(nodes: 1, bytes: scalar.string.utf8.count)
      guard scalar.style == .plain, scalar.string.first == marker else { return own }
      return anchors[String(scalar.string.dropFirst())] ?? own
    }

    /// `total + size`, refused when past a bound.
    func add(_ total: Size, _ size: Size, at mark: Mark?) throws(Violation) -> Size {
      let sum = total + size
      let (line, column) = (mark?.line ?? 1, mark?.column ?? 1)
      guard sum.nodes <= maximumNodes else {
        throw Violation(
          message: "the YAML expands to more than \(maximumNodes) nodes through its aliases",
          line: line, column: column)
      }
      guard sum.bytes <= maximumBytes else {
        throw Violation(
          message:
            "the YAML expands to more than \(maximumBytes >> 20) MiB of text through its aliases",
          line: line, column: column)
      }
      return sum
    }
  }
}
