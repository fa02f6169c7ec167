import DFDModel

/// The colours, fonts and line weights of a diagram, in one place.
enum DiagramStyle {
  static let font = "DejaVu Sans"
  static let ink = "#263238"
  static let mutedInk = "#607080"
  static let flowColour = "#455a64"
  static let crossingColour = "#1565c0"
  static let unencryptedColour = "#c62828"
  /// Attack paths (`render --paths`): heavy reddish purple (Okabe-Ito), apart from the blue of
  /// crossings, the red of danger and the muted purple of physical sites, and the heaviest
  /// line in greyscale.
  static let attackPathColour = "#cc79a7"
  /// Space between neighbours in one rank, in inches.
  ///
  /// 0.5 since labels and titles are moved
  /// off the flows after layout: over the samples and generated 30- and 100-element models,
  /// 15 % less area and 13 % shorter flows than 0.7 (docs/diagrams.md).
  static let nodeSeparation = "0.5"
  /// Space between ranks, in inches.
  static let rankSeparation = "1.3"
  /// Space between ranks on paper (`render --page`), in inches: tighter, so
  /// that more of the page goes to text (flow labels still get room through `minlen`).
  static let paperRankSeparation = "0.8"
  /// Space between ranks in `DiagramOptions.largePrint`, in inches: flood-warning's overview on
  /// A4 printed at 6.4 points with 9-point details at 0.8, 7.4 at 0.5.
  static let largePrintRankSeparation = "0.5"
  /// Space between neighbours in one rank on paper, in inches, unless two boundaries then
  /// touch (dot widens a boundary for its title without moving its neighbours).
  static let paperNodeSeparation = "0.45"
  /// Font size of a flow label's text, in points.
  static let flowFontSize = 9
  /// Characters per line of a flow label.
  static let flowLabelWidth = 24
  /// A boundary title longer than this many characters is set on two lines.
  ///
  /// Its boundary then need not be as wide as it. Over the six samples that took area per
  /// element down 9 % and flow length 11 %, and flows through titles from 11 to 9; breaking
  /// titles over 26 characters took the area down 10 % but let 12 flows through titles.
  static let boundaryTitleWidth = 34

  /// The longest boundary name on one line under its badges on paper (see
  /// `DOTWriter.writeStackedTitle`).
  static let stackedTitleWidth = 14

  /// The longest line of a boundary name on paper in a narrow title, wrapped on as many lines
  /// as it needs (`DiagramOptions.narrowTitles`).
  static let narrowTitleWidth = 12

  /// Fill of a node, by category.
  static func fill(_ category: ElementCategory) -> String {
    switch category {
    case .external: return "#eceff1"
    case .process: return "#e3f2fd"
    case .device: return "#e8f5e9"
    case .store: return "#fff8e1"
    }
  }

  /// Badge colour by severity; the badge also names the severity in words.
  static func badge(_ severity: Severity) -> String {
    switch severity {
    case .low: return "#546e7a"
    case .medium: return "#b26a00"
    case .high: return "#d84315"
    case .critical: return "#8e0000"
    }
  }
}
