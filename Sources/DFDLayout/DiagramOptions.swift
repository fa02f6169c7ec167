import DFDModel

/// How a diagram is drawn: direction, threat badges, legend and layout effort.
public struct DiagramOptions: Hashable, Sendable {
  /// The direction in which flows mostly run.
  public enum Direction: String, Hashable, Sendable, CaseIterable {
    case leftToRight = "LR"
    case topToBottom = "TB"
  }

  public var direction: Direction
  /// Whether elements and flows with open findings carry threat badges.
  public var showThreats: Bool
  /// Whether the legend is drawn.
  public var showLegend: Bool
  /// How much effort the layout spends (`LayoutCost.preset` suggests one from the diagram).
  public var preset: LayoutPreset
  /// Whether dot spends less effort on crossings and routes flows as polylines, and flows carry
  /// compact one-line labels (number and badge), for big models: any preset but `full`.
  public var fast: Bool {
    get { preset != .full }
    set { preset = newValue ? .fast : .full }
  }
  /// Whether flows carry compact one-line labels (number and badge) under the full preset too:
  /// an overview on paper that would print below 7 points with the flows' names.
  public var compactFlowLabels = false
  /// The boundary styles the legend explains; when nil, those the drawing uses.
  ///
  /// A split drawing's legend explains those of all its pages.
  var legendBoundaryStyles: [BoundaryStyle]? = nil
  /// The graph's name; the model's title (or `dfd`) when nil.
  public var name: String?
  /// Whether tooltips list every open finding (id, title, first mitigation) or only count them
  /// (a report, which lists the findings beside the diagram, may ask for the count).
  public var listsFindingsInTooltips: Bool
  /// The attack paths to highlight (`render --paths`), numbered P1, P2… in this order; the
  /// engine found them, the diagram only draws them.
  public var attackPaths: [AttackPath] = []
  /// The paper the drawing is scaled down to fit (Graphviz `size`); nil for its natural size.
  public var page: PageLayout? = nil
  /// Whether a drawing on `page` is scaled to fit it (off to measure its natural size).
  public var scalesToPage = true
  /// Where, top to bottom, the lists of flows to and from other pages stand (`PagedRenderer`
  /// tries the others where the first prints under 7 points or leaves flows through titles).
  public var stubLists = StubLists.outgoingBeside
  /// Whether flows of the same name share one row in a stub list, listing their numbers and
  /// pages: a page that would print below 7 points otherwise (an element that receives
  /// security events from 57 others on other pages printed at 3.4 points).
  public var compactStubLists = false
  /// Whether boundary names on paper wrap at `DiagramStyle.narrowTitleWidth` characters on as
  /// many lines as they need, instead of on two past 14: `PagedRenderer` tries this on a page
  /// whose titles flows still run through, since a narrower title leaves a free stretch on the
  /// edge of a boundary no wider than its title.
  public var narrowTitles = false
  /// Whether a drawing on `page` sets neighbours and ranks closer (`PagedRenderer` turns it
  /// off when that lets two boundaries touch).
  public var packsTightly = true
  /// Whether secondary text is 9 points instead of 8 and ranks are closer on paper.
  ///
  /// The last try of an overview page that would print below 7 points, its other text being
  /// larger already. Secondary text: stereotypes, protocols, badges, the stub lists' headings;
  /// the legend keeps its own sizes.
  public var largePrint = false

  public init(
    direction: Direction = .leftToRight, showThreats: Bool = true, showLegend: Bool = true,
    fast: Bool = false, name: String? = nil, listsFindingsInTooltips: Bool = true
  ) {
    self.direction = direction
    self.showThreats = showThreats
    self.showLegend = showLegend
    self.preset = fast ? .fast : .full
    self.name = name
    self.listsFindingsInTooltips = listsFindingsInTooltips
  }
}

extension DiagramOptions {
  /// Where, top to bottom, the lists of flows to and from other pages stand.
  ///
  /// With the list of flows going out below everything, those flows left their boundaries
  /// through the titles along the bottom: on the samples' A4 pages 23 flows ran through
  /// titles, 2 with the list beside.
  public enum StubLists: Hashable, Sendable {
    /// Coming in above the elements, going out below them.
    case aboveAndBelow
    /// Coming in above; going out level with the element that sends most of them.
    case outgoingBeside
    /// Each level with the element that sends or receives most of its flows.
    case beside
  }
}
