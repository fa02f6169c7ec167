import CYaml

/// Bounds a YAML text before it is composed into a tree: how deep it nests, and how many nodes
/// and bytes of scalar text it holds once every alias is expanded.
///
/// Composing follows aliases, and comparing or hashing keys walks the expanded tree, so a few
/// hundred bytes of anchors and aliases ("billion laughs") could otherwise take hours; and an
/// aliased long string is copied into every rule that names it, then into every finding. The
/// scan reads libyaml's events once, in linear time, keeping the expanded size of each anchor.
struct YAMLBounds {
  /// The most nodes the document may expand to.
  static let maximumNodes = 1_000_000
  /// The most bytes of scalar text the document may expand to: 4 MiB, about 30 times the
  /// built-in catalogue.
  static let maximumBytes = 4 << 20
  /// The deepest nesting of sequences and mappings.
  static let maximumDepth = 100

  /// Why a text is refused, with the 0-based line and column of the event that broke the bound.
  struct Violation: Error {
    var message: String
    var line: Int
    var column: Int
  }

  /// Scans `text`; syntax errors are left for the composer to report with its own message.
  static func check(_ text: String) throws(Violation) {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return }
    defer { yaml_parser_delete(&parser) }
    var utf8 = Array(text.utf8)
    try utf8.withUnsafeMutableBufferPointer { (buffer) throws(Violation) in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var scan = Scan()
      var event = yaml_event_t()
      while yaml_parser_parse(&parser, &event) == 1 {
        defer { yaml_event_delete(&event) }
        if event.type == YAML_STREAM_END_EVENT { return }
        try scan.take(event)
      }
    }
  }
}

extension YAMLBounds {
  /// The running state of a scan: open collections and the expanded size of every anchor.
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

    var open: [(anchor: String?, size: Size)] = []
    var anchors: [String: Size] = [:]
    var total = Size(nodes: 0, bytes: 0)

    mutating func take(_ event: yaml_event_t) throws(Violation) {
      let mark = event.start_mark
      switch event.type {
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        let anchor =
          event.type == YAML_SEQUENCE_START_EVENT
          ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
        open.append((name(anchor), Size(nodes: 1, bytes: 0)))
        guard open.count <= maximumDepth else {
          throw Violation(
            message: "the YAML nests more than \(maximumDepth) levels deep",
            line: mark.line, column: mark.column)
        }
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let closed = open.popLast() else { return }
        if let anchor = closed.anchor { anchors[anchor] = closed.size }
        try add(closed.size, at: mark)
      case YAML_SCALAR_EVENT:
        let size = Size(nodes: 1, bytes: Int(event.data.scalar.length))
        if let anchor = name(event.data.scalar.anchor) { anchors[anchor] = size }
        try add(size, at: mark)
      case YAML_ALIAS_EVENT:
        let size = name(event.data.alias.anchor).flatMap { anchors[$0] }
        try add(size ?? Size(nodes: 1, bytes: 0), at: mark)
      default:
        return
      }
    }

    /// Counts `size` into the innermost open collection, or the document.
    mutating func add(_ size: Size, at mark: yaml_mark_t) throws(Violation) {
      let sum: Size
      if open.isEmpty {
        total = total + size
        sum = total
      } else {
        open[open.count - 1].size = open[open.count - 1].size + size
        sum = open[open.count - 1].size
      }
      guard sum.nodes <= maximumNodes else {
        throw Violation(
          message: "the YAML expands to more than \(maximumNodes) nodes through its aliases",
          line: mark.line, column: mark.column)
      }
      guard sum.bytes <= maximumBytes else {
        throw Violation(
          message:
            "the YAML expands to more than \(maximumBytes >> 20) MiB of text through its aliases",
          line: mark.line, column: mark.column)
      }
    }

    func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
      pointer.map { String(cString: $0) }
    }
  }
}
