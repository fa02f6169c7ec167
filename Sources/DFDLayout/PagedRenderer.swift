import DFDModel

/// Draws a diagram fitted to a paper size (`render --page`), split into pages when its text
/// would print below 7 points.
///
/// It draws one page when the smallest text prints at 7 points or more once scaled to fit,
/// else the overview (`OverviewView`) and one page per top-level boundary (`DiagramPages`),
/// flows between pages drawn as stubs. A boundary's page that still prints smaller is split again by its nested boundaries, as deep
/// as they go; a page that cannot be split further is listed in `Result.tooSmall`. A diagram
/// with fewer than two parts (no boundary, or everything in one) is never split.
///
/// A PDF comes back as one file of A4 or A3 pages, each drawing centred inside the margins;
/// SVG and PNG come back as one picture per page, scaled to fit.
public struct PagedRenderer: Sendable {
  public var renderer: DiagramRenderer
  public var page: PageLayout
  /// Whether a page may be drawn in the other direction (LR or TB) when that prints larger.
  public var turnsPages: Bool
  /// Whether a diagram too big for one page is split; without, its overview is drawn on one
  /// page (`render --overview --page`).
  public var splits: Bool

  public init(
    renderer: DiagramRenderer, page: PageLayout, turnsPages: Bool = true, splits: Bool = true
  ) {
    self.renderer = renderer
    self.page = page
    self.turnsPages = turnsPages
    self.splits = splits
  }

  /// One page of the result.
  public struct Sheet: Hashable, Sendable {
    /// `Overview`, a boundary's name, `Outside the boundaries`; the model's title unsplit.
    public var title: String
    /// The smallest text on the page as printed, in points.
    public var smallestText: Double
    /// The paper it is printed on: the one asked for, or that paper turned.
    public var page: PageLayout
    /// Why the page was not split further when its text prints below 7 points, for a message.
    public var unsplit: String
  }

  /// The pictures (one PDF for all pages) and what each page holds.
  public struct Result: Sendable {
    /// The renderings: one for a PDF or an unsplit diagram, else one per page.
    public var renderings: [Rendering]
    /// The pages, in order (`Overview` first when split).
    public var sheets: [Sheet]
    /// Whether the diagram was split.
    public var isSplit: Bool { sheets.count > 1 }
    /// The pages (numbered from 1) whose smallest text still prints below 7 points.
    public var tooSmall: [(page: Int, sheet: Sheet)] {
      sheets.enumerated().filter { $0.element.smallestText < PageLayout.smallestPrintedText }
        .map { ($0.offset + 1, $0.element) }
    }
  }

  /// `diagram` as `format` on the paper; `numbers` are the full model's, kept on every page.
  ///
  /// Without `splits`, the diagram's overview (`render --overview`) is drawn on one page.
  public func render(
    _ diagram: Diagram, findings: [Finding] = [], facts: [String: FlowFacts] = [:],
    numbers: FlowNumbers, as format: RenderFormat
  ) throws(GraphvizError) -> Result {
    let content = Content(diagram: diagram, findings: findings, facts: facts, numbers: numbers)
    let parts = DiagramPages.Part.topLevel(of: diagram)
    if !splits {
      // One page, so the overview keeps its legend and the model's own title.
      let (overview, fit) = try fittedOverview(
        content, parts, dropsLegend: false, title: diagram.info.title)
      return try single(overview, fit: fit, as: format, unsplit: "the overview is not split")
    }
    let whole = try fit(content, legend: renderer.writer.options.showLegend)
    if format == .dot || whole.smallestText >= PageLayout.smallestPrintedText || parts.count < 2 {
      return try single(
        content, fit: whole, as: format,
        unsplit: "it has fewer than two boundaries to split it by")
    }
    // The legend explains every page's boundaries, not only the overview's.
    var paged = self
    paged.renderer.writer.options.legendBoundaryStyles = BoundaryStyle.used(
      by: diagram.boundaries)
    return try paged.split(content, parts, as: format)
  }

  /// The overview, the legend's own page where the overview cannot hold it, and the parts'
  /// pages.
  private func split(_ content: Content, _ topLevel: [DiagramPages.Part], as format: RenderFormat)
    throws(GraphvizError) -> Result
  {
    let diagram = content.diagram
    let (overview, overviewFit) = try fittedOverview(
      content, topLevel, dropsLegend: true, title: diagram.info.title ?? "p. 1: Overview")
    var renderings = [try draw(overview, fit: overviewFit, as: format)]
    var sheets = [
      Sheet(
        title: "Overview", smallestText: overviewFit.smallestText, page: overviewFit.page,
        unsplit: "the overview is not split")
    ]
    if renderer.writer.options.showLegend && !overviewFit.legend {
      let legend = Self.legendPage(of: diagram, numbers: content.numbers)
      let legendFit = try fit(legend, legend: true)
      renderings.append(try draw(legend, fit: legendFit, as: format))
      sheets.append(
        Sheet(
          title: "Legend", smallestText: legendFit.smallestText, page: legendFit.page,
          unsplit: "the legend is not split"))
    }
    let firstPage = sheets.count + 1
    let (split, fits) = try split(content, topLevel, firstPage: firstPage)
    for part in try pack(content, split, fits: fits, firstPage: firstPage).pages {
      var content = content
      content.diagram = part.diagram
      content.stubs = part.stubs
      // Measured again with its title and final stubs, so the size reported is the one drawn;
      // the stub lists are placed otherwise only here: while cutting, a part that held 7
      // points only with the list of flows going out below was kept whole, its flows through
      // the titles along the bottom.
      let fit = try fit(content, legend: false, drawn: true)
      renderings.append(try draw(content, fit: fit, as: format))
      sheets.append(
        Sheet(
          title: part.title, smallestText: fit.smallestText, page: fit.page,
          unsplit: "even split by its nested boundaries as far as that helps"))
    }
    if format == .pdf {
      renderings = [try joined(renderings, papers: sheets.map(\.page), as: format)]
    }
    return Result(renderings: renderings, sheets: sheets)
  }

  /// `content` on one page, drawn as `fit` says; `unsplit` says why, for a message when its
  /// text prints below 7 points.
  private func single(_ content: Content, fit: Fit, as format: RenderFormat, unsplit: String)
    throws(GraphvizError) -> Result
  {
    let rendering = try draw(content, fit: fit, as: format)
    let sheet = Sheet(
      title: content.diagram.info.title ?? "", smallestText: fit.smallestText, page: fit.page,
      unsplit: unsplit)
    return Result(
      renderings: [try joined([rendering], papers: [fit.page], as: format)], sheets: [sheet])
  }

  /// The overview's content and layout (`fitOverview`), titled `title`: on a split's page 1,
  /// the model's title alone (the widest text sets the page's scale, and page 1 is plainly the
  /// overview).
  ///
  /// Where it prints below 7 points, the elements outside every boundary (`topLevel`'s part
  /// with no boundary) are tried as one node too: generated-30's overview on A4 landscape
  /// printed at 6.2 points with its 12 such elements drawn one by one, at 8 with them as one.
  private func fittedOverview(
    _ content: Content, _ topLevel: [DiagramPages.Part], dropsLegend: Bool, title: String?
  ) throws(GraphvizError) -> (Content, Fit) {
    func overview(collapsesOutside: Bool) -> Content {
      let view = OverviewView(
        content.diagram, findings: content.findings, facts: content.facts,
        numbers: content.numbers, collapsesOutside: collapsesOutside)
      var overview = Content(
        diagram: view.diagram, findings: view.findings, facts: view.facts, numbers: view.numbers)
      overview.diagram.info.title = title
      return overview
    }
    var best = overview(collapsesOutside: false)
    var bestFit = try fitOverview(best, dropsLegend: dropsLegend)
    if bestFit.smallestText < PageLayout.smallestPrintedText
      && topLevel.contains(where: { $0.boundary == nil && $0.elements.count > 1 })
    {
      let collapsed = overview(collapsesOutside: true)
      let collapsedFit = try fitOverview(collapsed, dropsLegend: dropsLegend)
      if Self.better(collapsedFit, than: bestFit) { (best, bestFit) = (collapsed, collapsedFit) }
    }
    return (best, bestFit)
  }

  /// Page 2 when the overview cannot hold the legend: nothing but the title and the legend
  /// (whose boundary styles are the whole diagram's, `DiagramOptions.legendBoundaryStyles`).
  static func legendPage(of diagram: Diagram, numbers: FlowNumbers) -> Content {
    var legend = Content(
      diagram: Diagram(info: diagram.info, data: diagram.data), findings: [], facts: [:],
      numbers: numbers)
    legend.diagram.info.title = "p. 2: Legend"
    return legend
  }

  /// The overview's layout: the first that prints at 7 points or more, else the largest.
  ///
  /// Tried in turn: with the legend (when shown) and the flows' names; with the legend and
  /// compact flow labels (numbers and badge); then, if it `dropsLegend` (to a page of its
  /// own), the same two without the legend; last, the last of those in large print
  /// (`DiagramOptions.largePrint`). With the legend and names, flood-warning's overview
  /// printed at 4.3 points on A4; with compact labels and no legend, at 5.7. Each is fitted as
  /// the page drawn (`fit(drawn:)`), so crossed labels try more layouts there too.
  private func fitOverview(_ overview: Content, dropsLegend: Bool) throws(GraphvizError) -> Fit {
    let shown = renderer.writer.options.showLegend
    let legends = shown && dropsLegend ? [true, false] : [shown]
    var tries = legends.flatMap { legend in [(legend, false, false), (legend, true, false)] }
    tries.append((legends[legends.count - 1], true, true))
    var best = try fit(overview, legend: tries[0].0, compactLabels: tries[0].1, drawn: true)
    // A layout that holds 7 points is better than one that does not, so the first such wins.
    for (legend, compact, large) in tries.dropFirst()
    where best.tangled || best.smallestText < PageLayout.smallestPrintedText {
      let fit = try fit(
        overview, legend: legend, compactLabels: compact, largePrint: large, drawn: true)
      if Self.better(fit, than: best) { best = fit }
    }
    return best
  }

  /// The parts, split by nested boundaries (or, with none, cut in halves, or in quarters where
  /// halves print no larger) while a page prints below 7 points and splitting prints its
  /// smallest text larger.
  private func split(_ content: Content, _ topLevel: [DiagramPages.Part], firstPage: Int)
    throws(GraphvizError) -> ([DiagramPages.Part], [DiagramPages.Part: Double])
  {
    var parts = topLevel
    var fits: [DiagramPages.Part: Double] = [:]
    var kept = Set<DiagramPages.Part>()
    // Only the pages not measured yet are made: making every page again after each cut took
    // minutes on a 1,000-element model.
    func measure(_ parts: [DiagramPages.Part]) throws(GraphvizError) {
      let numbering = DiagramPages.Numbering(
        content.diagram, groups: parts.map { [$0] }, firstPage: firstPage)
      for (index, part) in parts.enumerated() where fits[part] == nil {
        let page = numbering.page(index, of: content.diagram)
        var piece = content
        piece.diagram = page.diagram
        piece.stubs = page.stubs
        fits[part] = try fit(piece, legend: false).smallestText
      }
    }
    while true {
      try measure(parts)
      let small = parts.indices.first { index in
        (fits[parts[index]] ?? 0) < PageLayout.smallestPrintedText && !kept.contains(parts[index])
      }
      guard let index = small else { return (parts, fits) }
      let part = parts[index]
      guard let smaller = part.split(in: content.diagram) else {
        kept.insert(part)
        continue
      }
      // Parts in place of `parts[index]`, kept where their smallest text prints larger.
      func replaced(by pieces: [DiagramPages.Part]) throws(GraphvizError) -> Bool {
        var candidate = parts
        candidate.replaceSubrange(index...index, with: pieces)
        try measure(candidate)
        guard pieces.map({ fits[$0] ?? 0 }).min() ?? 0 > fits[part] ?? 0 else { return false }
        parts = candidate
        return true
      }
      // Where halves print no larger (their stub lists grow with the flows between them),
      // quarters may: generated-30's elements outside the boundaries, 4.4 pt on A4 landscape
      // in halves of 4.3 pt, made pages of 6.7 pt in quarters, then of 7 pt or more. They are
      // made only then (each cut walks the diagram's flows).
      if try !replaced(by: smaller),
        try !replaced(by: smaller.flatMap { $0.split(in: content.diagram) ?? [$0] })
      {
        kept.insert(part)
      }
    }
  }
}
