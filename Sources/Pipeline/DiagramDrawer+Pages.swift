import DFDLayout
import DFDModel
import Foundation
import OutputEscaping

extension DiagramDrawer {
  /// Draws a diagram fitted to paper (`render --page`) and writes it: one PDF, or one SVG or
  /// PNG per page beside `-o` (`city.png` → `city-1.png`, `city-2.png`, ...); without `splits`,
  /// the diagram's overview on one page. Returns the warnings and notes for standard error: the
  /// pages written, and any page whose text still prints below 7 pt.
  // swift-format-ignore: FunctionParameterCount
  package static func drawPages(
    _ diagram: Diagram, findings: [Finding], facts: [String: FlowFacts], numbers: FlowNumbers,
    options: DiagramOptions, turnsPages: Bool, splits: Bool, page: PageLayout,
    target: RenderTarget
  ) throws -> String {
    let renderer = PagedRenderer(
      renderer: DiagramRenderer(
        options: options, budget: .fromEnvironment(ProcessInfo.processInfo.environment)),
      page: page, turnsPages: turnsPages, splits: splits)
    let result: PagedRenderer.Result
    do {
      result = try renderer.render(
        diagram, findings: findings, facts: facts, numbers: numbers, as: target.format)
    } catch {
      throw PipelineFailure(
        text: Escaping.terminal("error: \(error)\n", keepingLineBreaks: true),
        status: graphvizFailure)
    }
    var messages = result.renderings.map(warnings(about:)).joined()
    let split =
      "the diagram does not fit one \(page.name) page with text of 7 pt or more; wrote "
      + "\(result.sheets.count) pages: "
    var files: [String]?
    if result.renderings.count == 1 {
      try target.write(result.renderings[0].data)
    } else {
      guard let path = target.path else {
        throw PipelineFailure.error(
          "the diagram does not fit one \(page.name) page with text of 7 pt or more and is "
            + "split into \(result.renderings.count) pages; name the first file with -o "
            + "(FILE.\(target.format.rawValue) gives FILE-1, FILE-2, ...), or ask for --format pdf")
      }
      let paths = pagePaths(for: path, count: result.renderings.count)
      for (rendering, file) in zip(result.renderings, paths) {
        let written = try RenderTarget(
          output: file, format: target.format, model: "", stdoutIsTerminal: false)
        try written.write(rendering.data)
      }
      files = paths
    }
    if result.isSplit {
      messages += line("note", split + listing(result.sheets, asked: page, files: files))
    }
    if !result.isSplit, let sheet = result.sheets.first, sheet.page != page {
      messages += line(
        "note", "printed on \(sheet.page.name): on \(page.name) its text would be below 7 pt")
    }
    if target.format != .dot {
      messages += tooSmallWarnings(result, page: page, turnsPages: turnsPages)
    }
    return messages
  }

  /// The files a split diagram of `count` pages is written to, for the output `path`.
  package static func pagePaths(for path: String, count: Int) -> [String] {
    let name = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
    var stem = path
    var ext = ""
    if let dot = path[name...].lastIndex(of: "."), dot > name {
      stem = String(path[..<dot])
      ext = String(path[dot...])
    }
    return (1...count).map { stem + "-\($0)" + ext }
  }

  /// One warning per page whose smallest text prints below 7 pt, with what might help: larger
  /// paper, or the paper turned when pages were not turned already (`turnsPages`).
  static func tooSmallWarnings(
    _ result: PagedRenderer.Result, page: PageLayout, turnsPages: Bool
  ) -> String {
    var larger: [String] = []
    if page.paper == .a4 { larger.append("--page a3") }
    if !page.landscape && !turnsPages { larger.append("--landscape") }
    let advice =
      larger.isEmpty
      ? "no larger paper is offered; the page is printed as it is"
      : "try " + larger.joined(separator: " or ")
    return result.tooSmall.map { number, sheet in
      line(
        "warning",
        "page \(number) (\(sheet.title)) prints its smallest text at \(points(sheet.smallestText)) on "
          + "\(sheet.page.name), below 7 pt (\(sheet.unsplit)); " + advice)
    }.joined()
  }

  /// `1 Overview (7.4 pt, landscape, city-1.png), 2 Depot (8 pt, city-2.png)`: each page, the
  /// size its smallest text prints at, whether it is turned from the paper asked for, and its
  /// file.
  private static func listing(
    _ sheets: [PagedRenderer.Sheet], asked page: PageLayout, files: [String]?
  ) -> String {
    sheets.enumerated().map { index, sheet in
      var item = "\(index + 1) \(sheet.title) (\(points(sheet.smallestText))"
      if sheet.page != page { item += sheet.page.landscape ? ", landscape" : ", portrait" }
      if let files { item += ", " + files[index] }
      return item + ")"
    }.joined(separator: ", ")
  }

  /// `7.4 pt`, rounded down to a tenth so that a page never reads as larger than it prints.
  static func points(_ size: Double) -> String {
    let tenths = Int((size * 10).rounded(.down))
    return tenths % 10 == 0 ? "\(tenths / 10) pt" : "\(tenths / 10).\(tenths % 10) pt"
  }

  /// `severity: text` as a line for the terminal.
  private static func line(_ severity: String, _ text: String) -> String {
    Escaping.terminal("\(severity): \(text)\n", keepingLineBreaks: true)
  }
}
