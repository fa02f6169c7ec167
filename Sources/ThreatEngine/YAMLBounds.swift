import Yams

/// Composes a YAML text into a tree once it is known to be bounded: how deep it nests, and how
/// many nodes and bytes of scalar text it holds once every alias is expanded.
///
/// Composing follows aliases, and Yams compares and hashes mapping keys over the expanded tree,
/// so a few hundred bytes of anchors and aliases ("billion laughs") could otherwise take hours;
/// and an aliased long string is copied into every rule that names it, then into every finding.
///
/// So the text is first composed as a *skeleton*: every `*` replaced by `marker`, one character
/// for one, so that no alias is followed and every position stays the same. Each alias becomes a
/// plain scalar starting with the marker, and the anchors stay on their nodes: one walk over the
/// skeleton, in document order, sums the expanded size of every anchor and alias. Only a text
/// within the bounds is composed for real. (A `*` inside text only changes that text's length in
/// the skeleton; a marker already in the text can only make the count larger.)
enum YAMLBounds {
  /// The most nodes the document may expand to.
  static let maximumNodes = 1_000_000
  /// The most bytes of scalar text the document may expand to: 4 MiB, about 30 times the
  /// built-in catalogue.
  static let maximumBytes = 4 << 20
  /// The deepest nesting of sequences and mappings.
  static let maximumDepth = 100
  /// What stands for `*` in the skeleton: a private-use character, which YAML takes as text.
  static let marker: Character = "\u{E000}"

  /// Why a text is refused, with the 1-based line and column of the node that broke the bound.
  struct Violation: Error {
    var message: String
    var line: Int
    var column: Int
  }

  /// The document's root node (nil when the text holds none).
  ///
  /// Throws a `Violation` when the text is out of bounds, or Yams' `YamlError` when it is not
  /// YAML (read from the skeleton, whose positions are those of the text).
  static func compose(_ text: String) throws -> Node? {
    let skeleton = String(text.map { $0 == "*" ? marker : $0 })
    // The parser holds the anchors, which nodes keep only weakly: it lives until the walk ends.
    let parser = try Parser(yaml: skeleton, resolver: .basic)
    let root: Node?
    do {
      root = try parser.singleRoot()
    } catch YamlError.parser(_, let problem, let mark, _) where problem.contains("nesting level") {
      // libyaml's own limit (1,000 levels) is reached before the walk can count to 100.
      throw depthViolation(at: mark)
    }
    guard let root else { return nil }
    var scan = Scan()
    _ = try withExtendedLifetime(parser) { try scan.size(of: root, depth: 0) }
    return skeleton == text ? root : try Yams.compose(yaml: text, .basic)
  }

  static func depthViolation(at mark: Mark?) -> Violation {
    Violation(
      message: "the YAML nests more than \(maximumDepth) levels deep",
      line: mark?.line ?? 1, column: mark?.column ?? 1)
  }
}
