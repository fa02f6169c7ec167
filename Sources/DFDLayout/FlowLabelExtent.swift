/// The estimated drawn size of a flow's label, and how many ranks its edge must span so that dot
/// leaves room for it between the two ends.
///
/// Flow text is an `xlabel` (an edge `label` trips dot 2.42's init_rank bug with clusters), and
/// dot places xlabels only after the layout, in whatever space is left: a label wider than the
/// gap between its ends lands on a node. A longer edge (`minlen`) widens that gap.
struct FlowLabelExtent: Hashable, Sendable {
  /// Width and height in points.
  var width: Double
  var height: Double

  /// Average advance of a DejaVu Sans character, in ems (bold runs a little wider).
  static let advance = 0.6
  static let boldAdvance = 0.64
  /// Line height, in ems.
  static let leading = 1.2
  /// Room kept around a label: beside it and before the edge's head and tail, in points.
  static let clearance = 20.0
  /// How much of the label's length must fit between the ends, as a multiple (measured: 1.3
  /// left fewest labels on nodes over all samples without stretching the drawings much).
  static let stretch = 1.3
  /// The longest an edge may be made, in ranks (each extra rank costs layout time).
  static let maximumRanks = 3

  /// The extent of a label of `lineCount` lines, the longest of `longest` characters (text at
  /// `fontSize`), over a details line of `details` characters in `detailSize`-point bold
  /// (protocol and badge), if any.
  init(lineCount: Int, longest: Int, fontSize: Int, details: Int, detailSize: Int) {
    let size = Double(fontSize)
    width = Double(longest) * size * Self.advance
    height = Double(lineCount) * size * Self.leading
    if details > 0 {
      width = max(width, Double(details) * Double(detailSize) * Self.boldAdvance)
      height += Double(detailSize) * Self.leading
    }
  }

  /// The `minlen` that leaves room for the label between ranks `rankSeparation` inches apart,
  /// or nil when one rank is enough: width counts when ranks run left to right, height when
  /// they run top to bottom.
  func minimumLength(direction: DiagramOptions.Direction, rankSeparation: Double) -> Int? {
    let gap = rankSeparation * 72
    let along = direction == .leftToRight ? width : height
    let needed = along * Self.stretch + Self.clearance
    guard needed > gap else { return nil }
    let ranks = 1 + Int(((needed - gap) / gap).rounded(.up))
    return min(ranks, Self.maximumRanks)
  }
}
