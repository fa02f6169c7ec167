import DFDLayout
import Foundation
import Pipeline
import Reports
import Testing
import ThreatEngine

/// The path of the sample `name` (`street-lighting.dfd`).
func sample(_ name: String) -> String { samplesFolder.appendingPathComponent(name).path }

/// The model at `path`, read as the commands read it; fails the test when it is not valid.
func valid(_ path: String, catalogue: Catalogue = .builtIn) throws -> ValidModel {
  let result = ModelReader(catalogue: catalogue).read(path, index: true)
  return try #require(result.valid, "\(result.model.diagnostics)")
}

/// The diagram `render` draws of `loaded` for `request`, as text (DOT or SVG).
func drawn(
  _ loaded: ValidModel, _ request: DiagramRequest = DiagramRequest(), as format: RenderFormat
)
  throws -> String
{
  let drawing = try request.draw(try request.view(of: loaded), as: format)
  return String(decoding: drawing.rendering.data, as: UTF8.self)
}

/// The page `report` writes of `loaded` in `format`, through `template` when given.
func reportPage(
  _ loaded: ValidModel, _ format: ReportFormat, catalogue: Catalogue = .builtIn,
  template: String? = nil
) async throws -> String {
  var timer = PhaseTimer(enabled: false)
  let built = try ReportBuilder.build(
    loaded, analysis: loaded.analyze(), catalogue: catalogue,
    renderer: try ReportBuilder.renderer(for: format, template: template),
    diagramFile: format == .markdown ? "diagram.svg" : nil, timer: &timer)
  var bytes: [UInt8] = []
  try built.page.writePage(svg: built.svg) { bytes += $0 }
  return String(decoding: bytes, as: UTF8.self)
}

/// Writes the report of `loaded` to `target` as `report` does (the diagram beside a Markdown
/// report).
func writeReport(_ loaded: ValidModel, to target: ReportTarget) throws {
  var timer = PhaseTimer(enabled: false)
  let built = try ReportBuilder.build(
    loaded, analysis: loaded.analyze(), catalogue: .builtIn,
    renderer: try ReportBuilder.renderer(for: target.format, template: nil),
    diagramFile: target.diagramFile, timer: &timer)
  try target.write(built.page, svg: built.svg)
}

/// The findings `threats` writes of `loaded` in `format` (no colour, 100 columns).
func findingsText(_ loaded: ValidModel, _ format: ThreatsFormat, catalogue: Catalogue = .builtIn)
  -> String
{
  FindingsOutput.render(
    loaded.analyze().findings, of: loaded, catalogue: catalogue, as: format, width: 100,
    colors: false)
}

/// The `PipelineFailure` that `make` throws; nil when it throws none or another error.
func pipelineFailure(_ make: () throws -> Void) -> PipelineFailure? {
  do {
    try make()
    return nil
  } catch {
    return error as? PipelineFailure
  }
}

/// `absolute` as a path relative to the working folder, as a user in it would name the file.
func relativePath(_ absolute: String) -> String {
  func components(_ path: String) -> [String] {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().pathComponents
  }
  let from = components(FileManager.default.currentDirectoryPath)
  let to = components(absolute)
  var common = 0
  while common < min(from.count, to.count) && from[common] == to[common] { common += 1 }
  return (Array(repeating: "..", count: from.count - common) + to[common...])
    .joined(separator: "/")
}
