/// A paper size and orientation that a diagram is fitted to (`render --page a4|a3 --landscape`).
public struct PageLayout: Hashable, Sendable {
  /// The paper sizes offered, ISO 216.
  public enum Paper: String, Hashable, Sendable, CaseIterable {
    case a4, a3

    /// Width and height in points (1/72 inch), portrait.
    var portrait: (width: Double, height: Double) {
      switch self {
      case .a4: (595.28, 841.89)
      case .a3: (841.89, 1190.55)
      }
    }
  }

  public var paper: Paper
  public var landscape: Bool

  /// The white margin around the drawing on every side, in points (12.7 mm).
  public static let margin = 36.0
  /// The smallest type a printed page may show, in points.
  public static let smallestPrintedText = 7.0

  public init(paper: Paper, landscape: Bool = false) {
    self.paper = paper
    self.landscape = landscape
  }

  /// The same paper the other way round.
  public var turned: PageLayout { PageLayout(paper: paper, landscape: !landscape) }

  /// The paper's width and height in points, turned for landscape.
  public var size: (width: Double, height: Double) {
    let (width, height) = paper.portrait
    return landscape ? (height, width) : (width, height)
  }

  /// The area inside the margins, in points.
  public var printable: (width: Double, height: Double) {
    (size.width - 2 * Self.margin, size.height - 2 * Self.margin)
  }

  /// How much a drawing of `width` × `height` points is scaled to fit inside the margins
  /// (never enlarged).
  public func scale(width: Double, height: Double) -> Double {
    guard width > 0, height > 0 else { return 1 }
    return min(1, printable.width / width, printable.height / height)
  }

  /// The size in points that text of `points` prints at once a drawing of `width` × `height`
  /// points is scaled to fit.
  public func printed(_ points: Double, width: Double, height: Double) -> Double {
    scale(width: width, height: height) * points
  }

  /// `A4`, `A3 landscape`: the paper as messages name it.
  public var name: String {
    paper.rawValue.uppercased() + (landscape ? " landscape" : "")
  }

  /// Graphviz's `size` for the printable area: `w,h` in inches.
  var graphvizSize: String {
    func inches(_ points: Double) -> String {
      let hundredths = Int((points / 72 * 100).rounded(.down))
      return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
    return inches(printable.width) + "," + inches(printable.height)
  }
}
