import CYaml

/// Bounds a YAML text before it is composed into a tree: how deep it nests and how many nodes it
/// holds once every alias is expanded.
///
/// Composing follows aliases, and comparing or hashing keys walks the expanded tree, so a few
/// hundred bytes of anchors and aliases ("billion laughs") could otherwise take hours. The scan
/// reads libyaml's events once, in linear time, keeping the expanded size of each anchor.
struct YAMLBounds {
  /// The most nodes the document may expand to.
  static let maximumNodes = 1_000_000
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
    var open: [(anchor: String?, nodes: Int)] = []
    var anchors: [String: Int] = [:]
    var total = 0

    mutating func take(_ event: yaml_event_t) throws(Violation) {
      let mark = event.start_mark
      switch event.type {
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        let anchor =
          event.type == YAML_SEQUENCE_START_EVENT
          ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
        open.append((name(anchor), 1))
        guard open.count <= maximumDepth else {
          throw Violation(
            message: "the YAML nests more than \(maximumDepth) levels deep",
            line: mark.line, column: mark.column)
        }
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let closed = open.popLast() else { return }
        if let anchor = closed.anchor { anchors[anchor] = closed.nodes }
        try add(closed.nodes, at: mark)
      case YAML_SCALAR_EVENT:
        if let anchor = name(event.data.scalar.anchor) { anchors[anchor] = 1 }
        try add(1, at: mark)
      case YAML_ALIAS_EVENT:
        try add(name(event.data.alias.anchor).flatMap { anchors[$0] } ?? 1, at: mark)
      default:
        return
      }
    }

    /// Counts `nodes` into the innermost open collection, or the document.
    mutating func add(_ nodes: Int, at mark: yaml_mark_t) throws(Violation) {
      let sum: Int
      if open.isEmpty {
        total = min(total + nodes, Int.max / 2)
        sum = total
      } else {
        open[open.count - 1].nodes = min(open[open.count - 1].nodes + nodes, Int.max / 2)
        sum = open[open.count - 1].nodes
      }
      guard sum <= maximumNodes else {
        throw Violation(
          message: "the YAML expands to more than \(maximumNodes) nodes through its aliases",
          line: mark.line, column: mark.column)
      }
    }

    func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
      pointer.map { String(cString: $0) }
    }
  }
}
