import DFDModel

extension PagedRenderer {
  /// What one page draws.
  struct Content {
    var diagram: Diagram
    var findings: [Finding]
    var facts: [String: FlowFacts]
    var numbers: FlowNumbers
    var stubs: [FlowStub] = []
  }

  /// How a page is drawn and how small its text prints.
  struct Fit: Hashable {
    var direction: DiagramOptions.Direction
    /// The paper this page is printed on: the one asked for, or (with `turnsPages`) the same
    /// paper turned when that is what lifts its text to 7 points or nearer.
    var page: PageLayout
    var legend = false
    /// Whether flows carry compact labels (`DiagramOptions.compactFlowLabels`).
    var compactLabels = false
    /// Whether secondary text is larger and ranks closer (`DiagramOptions.largePrint`).
    var largePrint = false
    /// The smallest text on the page as printed, in points.
    var smallestText: Double
    /// Whether neighbours are set closer (`DiagramOptions.packsTightly`).
    var tight = true
    /// Where the lists of flows to and from other pages stand (`DiagramOptions.stubLists`).
    var stubLists = DiagramOptions.StubLists.outgoingBeside
    /// Whether flows of one name share a row in a stub list (`DiagramOptions.compactStubLists`).
    var compactStubs = false
    /// Whether boundary names wrap narrower (`DiagramOptions.narrowTitles`).
    var narrowTitles = false
    /// Whether two boundaries touch or overlap in the layout (`SVGClusterBoxes`).
    var tangled = false
    /// How many flows run through boundary titles (`Rendering.flowsThroughTitles`).
    var flowsThroughTitles = 0
    /// How many flow labels are crossed or covering (`Rendering.labelsCrossed`).
    var labelsCrossed = 0
  }

  /// The layout that prints `content` largest with no two boundaries touching, measured by
  /// laying it out at its natural size and scaling that to the paper.
  ///
  /// It tries the direction asked for, then (with `turnsPages`, while below 7 points) the
  /// other; each with neighbours set close, and again set apart when boundaries then touch or,
  /// on the page `drawn`, when flow labels are still crossed.
  /// Top to bottom, the list of flows going out stands beside the elements; for the page
  /// `drawn`, while that prints below 7 points or leaves flows through titles or labels
  /// crossed, both lists are tried beside them, then above and below
  /// (`DiagramOptions.StubLists`), and the other direction too (labels crossed as well: over
  /// the samples' A3 pages flows through labels 16 → 10, generated-30's A4 pages 31 → 10, for
  /// flows 5 % and 10 % longer; docs/diagrams.md); still below 7 points, flows of one name
  /// share a row in the stub lists; still with flows through titles, the names wrap narrower
  /// (`DiagramOptions.narrowTitles`). A layout that prints below 7 points on the paper asked for
  /// is also measured on the paper turned (no second layout: only the scale differs), and
  /// printed that way when larger.
  func fit(
    _ content: Content, legend: Bool, compactLabels: Bool = false, largePrint: Bool = false,
    drawn: Bool = false
  ) throws(GraphvizError) -> Fit {
    let asked = renderer.writer.options.direction
    let other: DiagramOptions.Direction = asked == .leftToRight ? .topToBottom : .leftToRight
    var arrangements = [DiagramOptions.StubLists.outgoingBeside]
    if drawn && content.stubs.contains(where: { !$0.leaves }) { arrangements.append(.beside) }
    if drawn && content.stubs.contains(where: \.leaves) { arrangements.append(.aboveAndBelow) }
    var best: Fit?
    search: for direction in turnsPages ? [asked, other] : [asked] {
      for lists in direction == .topToBottom ? arrangements : [.outgoingBeside] {
        for tight in [true, false] {
          let fit = try measure(
            content, direction: direction, tight: tight, stubLists: lists, compactStubs: false,
            legend: legend, compactLabels: compactLabels, largePrint: largePrint)
          if best.map({ Self.better(fit, than: $0) }) ?? true { best = fit }
          // Set apart too where boundaries touch, and on the page drawn where labels are crossed.
          if !fit.tangled && !(drawn && fit.labelsCrossed > 0) { break }
        }
        if let best, !best.tangled, best.smallestText >= PageLayout.smallestPrintedText,
          !drawn || (best.flowsThroughTitles == 0 && best.labelsCrossed == 0)
        {
          break search
        }
      }
    }
    if drawn, let fit = best, fit.smallestText < PageLayout.smallestPrintedText,
      !content.stubs.isEmpty
    {
      let compact = try measure(content, like: fit, compactStubs: true)
      if Self.better(compact, than: fit) { best = compact }
    }
    if drawn, let fit = best, fit.flowsThroughTitles > 0 {
      let narrow = try measure(content, like: fit, narrowTitles: true)
      if Self.better(narrow, than: fit) { best = narrow }
    }
    return best
      ?? Fit(
        direction: asked, page: page, legend: legend, compactLabels: compactLabels,
        largePrint: largePrint, smallestText: 0)
  }

  /// Untangled before tangled, then print of 7 points or more, then (both holding 7 points)
  /// fewer flows through titles, then fewer labels crossed, then larger print.
  static func better(_ fit: Fit, than other: Fit) -> Bool {
    if fit.tangled != other.tangled { return !fit.tangled }
    let holds = fit.smallestText >= PageLayout.smallestPrintedText
    if holds != (other.smallestText >= PageLayout.smallestPrintedText) { return holds }
    if holds && fit.flowsThroughTitles != other.flowsThroughTitles {
      return fit.flowsThroughTitles < other.flowsThroughTitles
    }
    if holds && fit.labelsCrossed != other.labelsCrossed {
      return fit.labelsCrossed < other.labelsCrossed
    }
    return fit.smallestText > other.smallestText
  }

  /// `content` measured as `fit` was, with flows of one name sharing stub rows or names
  /// wrapped narrower where asked.
  private func measure(
    _ content: Content, like fit: Fit, compactStubs: Bool? = nil, narrowTitles: Bool? = nil
  ) throws(GraphvizError) -> Fit {
    try measure(
      content, direction: fit.direction, tight: fit.tight, stubLists: fit.stubLists,
      compactStubs: compactStubs ?? fit.compactStubs, legend: fit.legend,
      compactLabels: fit.compactLabels, largePrint: fit.largePrint,
      narrowTitles: narrowTitles ?? fit.narrowTitles)
  }

  /// One layout of `content` at its natural size, and how it prints on the paper.
  private func measure(
    _ content: Content, direction: DiagramOptions.Direction, tight: Bool,
    stubLists: DiagramOptions.StubLists, compactStubs: Bool, legend: Bool, compactLabels: Bool,
    largePrint: Bool, narrowTitles: Bool = false
  ) throws(GraphvizError) -> Fit {
    var natural = renderer
    natural.writer.options.stubLists = stubLists
    natural.writer.options.compactStubLists = compactStubs
    natural.writer.options.narrowTitles = narrowTitles
    natural.writer.options.compactFlowLabels = compactLabels
    natural.writer.options.largePrint = largePrint
    natural.writer.options.packsTightly = tight
    natural.writer.options.direction = direction
    natural.writer.options.showLegend = legend
    natural.writer.options.page = page
    natural.writer.options.scalesToPage = false
    let dot = natural.writer.utf8(
      content.diagram, findings: content.findings, facts: content.facts,
      numbers: content.numbers, stubs: content.stubs)
    let svg = try natural.render(
      content.diagram, findings: content.findings, facts: content.facts,
      numbers: content.numbers, stubs: content.stubs, as: .svg)
    let (width, height) = Self.size(ofSVG: svg.data)
    let smallest = DOTFontSizes.smallest(in: dot)
    var sheet = page
    var printed = page.printed(smallest, width: width, height: height)
    let turned = page.turned.printed(smallest, width: width, height: height)
    if turnsPages && printed < PageLayout.smallestPrintedText && turned > printed {
      (sheet, printed) = (page.turned, turned)
    }
    return Fit(
      direction: direction, page: sheet, legend: legend, compactLabels: compactLabels,
      largePrint: largePrint, smallestText: printed, tight: tight,
      stubLists: stubLists, compactStubs: compactStubs, narrowTitles: narrowTitles,
      tangled: SVGClusterBoxes.overlap(in: svg.data),
      flowsThroughTitles: svg.flowsThroughTitles, labelsCrossed: svg.labelsCrossed)
  }

  /// `content` as `format`, scaled to the paper, drawn as `fit` says.
  func draw(_ content: Content, fit: Fit, as format: RenderFormat) throws(GraphvizError)
    -> Rendering
  {
    var fitted = renderer
    fitted.writer.options.direction = fit.direction
    fitted.writer.options.packsTightly = fit.tight
    fitted.writer.options.stubLists = fit.stubLists
    fitted.writer.options.compactStubLists = fit.compactStubs
    fitted.writer.options.narrowTitles = fit.narrowTitles
    fitted.writer.options.showLegend = fit.legend
    fitted.writer.options.compactFlowLabels = fit.compactLabels
    fitted.writer.options.largePrint = fit.largePrint
    fitted.writer.options.page = fit.page
    return try fitted.render(
      content.diagram, findings: content.findings, facts: content.facts,
      numbers: content.numbers, stubs: content.stubs, as: format)
  }

  /// The PDF pages as one PDF, each on its paper (`papers`, in order); other formats as they
  /// are.
  func joined(_ renderings: [Rendering], papers: [PageLayout], as format: RenderFormat)
    throws(GraphvizError) -> Rendering
  {
    guard format == .pdf else { return renderings[0] }
    guard let pdf = PDFJoiner.join(renderings.map(\.data), papers: papers.map(\.size)) else {
      throw .renderFailed(
        format: "pdf", messages: ["cannot place the pages on the paper (unexpected PDF layout)"])
    }
    var result = Rendering(data: pdf, messages: renderings.flatMap(\.messages))
    result.isDegraded = renderings.contains(where: \.isDegraded)
    result.fallback = renderings.compactMap(\.fallback).first
    return result
  }

  /// The width and height in points of an SVG that Graphviz wrote (`width="123pt"`).
  static func size(ofSVG data: [UInt8]) -> (Double, Double) {
    let text = String(decoding: data.prefix(4096), as: UTF8.self)
    func value(_ name: String) -> Double {
      guard let range = text.firstRange(of: " " + name + "=\"") else { return 0 }
      let digits = text[range.upperBound...].prefix { $0.isNumber || $0 == "." }
      return Double(digits) ?? 0
    }
    return (value("width"), value("height"))
  }
}
