import ArgumentParser
import DFDLayout
import DFDModel
import Foundation
import Pipeline
import ThreatEngine

extension RenderFormat: ExpressibleByArgument {}
extension DiagramOptions.Direction: ExpressibleByArgument {
  /// `LR` or `TB` in either case: `--direction lr` is what a newcomer types.
  public init?(argument: String) { self.init(rawValue: argument.uppercased()) }
}

extension SCPDFD {
  /// `scp-dfd render MODEL`: draw the data-flow diagram with trust boundaries and threat badges.
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "render",
      abstract: "Draw a model as SVG, PNG, PDF or DOT, with trust boundaries and threat badges.",
      discussion: """
        Lays the diagram out with the Graphviz library inside scp-dfd (no `dot` program \
        needed). The format comes from --format, else from the extension of -o, else SVG on \
        standard output. Flows are numbered in declaration order; flows that cross a trust \
        boundary are drawn thicker, unencrypted crossings red and dashed; badges such as \
        "STI 3 · high" give the STRIDE letters, the number of open findings and the worst \
        severity. The same model always gives the same picture.

        Examples:
          $ scp-dfd render lighting.dfd -o lighting.svg
          $ scp-dfd render lighting.dfd -o lighting.png --direction TB --no-legend
          $ scp-dfd render city.dfd --focus depot --depth 2 -o depot.pdf
          $ scp-dfd render city.dfd --format dot > city.gv
          $ scp-dfd render city.dfd --page a4 --landscape -o city.pdf
        """)

    @OptionGroup var input: InputOptions

    @Argument(help: "The model file.")
    var model: String

    @Option(name: .shortAndLong, help: "Output file ('-' for standard output).")
    var output: String?

    @Option(help: "Output format: svg, png, pdf or dot.")
    var format: RenderFormat?

    @Option(
      help: """
        Flow direction: LR (left to right) or TB (top to bottom). With --page, TB on portrait \
        and LR on landscape paper, each page turned when that prints larger, unless given.
        """)
    var direction: DiagramOptions.Direction?

    @Flag(help: "Draw the plain diagram, without threat badges.")
    var noThreats = false

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Option(help: "Draw only this element's or boundary's neighbourhood.")
    var focus: String?

    @Option(help: "How many flows away from --focus to draw.")
    var depth = 1

    @Flag(
      help: """
        Draw the overview: each top-level boundary as one node (its element count, the badge \
        of everything inside), the flows between two of them merged into one that lists their \
        numbers.
        """)
    var overview = false

    @Flag(
      help: """
        Highlight the shortest attack paths (at most \(Self.pathsDrawn)) from internet-reachable \
        elements and from suppliers or contractors to safety-critical equipment, numbered P1, \
        P2… in the tooltips; each path is listed on standard error.
        """)
    var paths = false

    /// How many attack paths `--paths` draws, shortest first.
    static let pathsDrawn = DiagramRequest.pathsDrawn

    @Option(
      help: """
        Fit the drawing to a4 or a3 paper. When its text would print smaller than 7 pt, it is \
        split: the overview (the legend on page 2 when the overview cannot hold it), then one \
        page per top-level boundary (split again by nested boundaries, then cut in numbered \
        pieces, while a page is still too small), flows to other pages drawn as stubs \
        ("→ 12. Readings to Route SaaS, p. 3", flows of one name in one row where the list \
        would not fit); a PDF gets all pages, SVG and PNG one file per page (FILE-1.png, \
        FILE-2.png, ...).
        """)
    var page: String?

    @Flag(
      help: """
        Turn the --page paper sideways. Without --direction, a page whose text would print \
        below 7 pt is also tried the other way round, and turned where that prints larger.
        """)
    var landscape = false

    @Flag(
      inversion: .prefixedNo,
      help: """
        Spend less effort on crossings (mclimit=0.1 nslimit=1 nslimit1=1 searchsize=10), \
        route flows as polylines, and label them with their number and badge only (label and \
        protocol in the tooltip). \
        On by default when the diagram's estimated layout cost (elements, flows, the ranks \
        they span, boundary depth) calls for it; --no-fast asks for full effort. A layout \
        past its time budget falls back to a cheaper one, with a warning.
        """)
    var fast: Bool?

    /// Phase times on standard error (catalogue, load, view, draw or pages, write), for
    /// docs/performance.md's breakdown of where `render`'s time goes.
    @Flag(help: .hidden)
    var timings = false

    func run() throws {
      var timer = PhaseTimer(enabled: timings)
      defer { Terminal.writeError(timer.report()) }
      let target = try RenderTarget(
        output: output, format: format, model: model, stdoutIsTerminal: isatty(STDOUT_FILENO) == 1)
      let paper = try paper()
      let catalogue = try timer.measure("catalogue") { try input.catalogue() }
      let loaded = try input.loadModel(model, catalogue: catalogue, timer: &timer, index: false)
      try input.inputs(of: loaded).check(target.path, writing: "diagram")
      let request = request(paper: paper)
      let view = try timer.measure("view") { try request.view(of: loaded) }
      for line in view.pathLines { Terminal.writeErrorLine(line) }
      if let paper {
        let notes = try timer.measure("pages") {
          try DiagramDrawer.drawPages(
            view.diagram, findings: view.findings, facts: view.facts, numbers: view.numbers,
            options: view.options, turnsPages: direction == nil, splits: !request.overview,
            page: paper, target: target)
        }
        Terminal.writeError(notes)
        return
      }
      let drawing = try timer.measure("draw") { try request.draw(view, as: target.format) }
      Terminal.writeError(drawing.warnings)
      try timer.measure("write") { try target.write(drawing.rendering.data) }
    }

    /// What the options ask to draw; on portrait paper, top to bottom unless told otherwise.
    func request(paper: PageLayout?) -> DiagramRequest {
      var request = DiagramRequest()
      request.direction = direction ?? (paper != nil && !landscape ? .topToBottom : .leftToRight)
      request.showThreats = !noThreats
      request.showLegend = !noLegend
      request.focus = focus
      request.depth = depth
      request.overview = overview
      request.onPaper = paper != nil
      request.paths = paths
      request.fast = fast
      return request
    }

    /// The paper of `--page`, nil without it; exits 2 on an unknown paper or a lone --landscape.
    private func paper() throws -> PageLayout? {
      guard let page else {
        if landscape {
          throw OutputTarget<RenderFormat>.fail(
            "--landscape turns the --page paper; name one (--page a4 or --page a3)")
        }
        return nil
      }
      guard let paper = PageLayout.Paper(rawValue: page.lowercased()) else {
        let names = PageLayout.Paper.allCases.map(\.rawValue)
        throw PipelineFailure.unknownName(
          option: "--page", what: "paper size", name: page,
          in: "(one of \(names.joined(separator: ", ")))", candidates: names)
      }
      return PageLayout(paper: paper, landscape: landscape)
    }
  }
}
