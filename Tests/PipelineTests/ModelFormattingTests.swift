import DFDParser
import Diagnostics
import Foundation
import Pipeline
import Testing

/// What `fmt` makes of one model, in process: the canonical text, models with errors left
/// alone, includes read but never formatted, hostile labels escaped and comments kept.
/// (EndToEndTests.FmtCommandTests keeps files rewritten in place, `--check` and standard input.)
struct ModelFormattingTests {
  let scratch = Scratch()

  static let messy = "service  api \"API\";database db\nflow api->db [protocol:postgres]\n"
  static let tidy = "service api \"API\"\ndatabase db\napi -> db [protocol: postgres]\n"

  /// The result of formatting `text` as the file `name` in the scratch folder.
  func format(_ name: String, _ text: String, warningsAsErrors: Bool = false) throws
    -> ModelFormatting.Result
  {
    try scratch.write(name, text)
    let formatting = ModelFormatting(catalogue: .builtIn, warningsAsErrors: warningsAsErrors)
    return formatting.format(SourceFile(path: scratch.path(name), text: text))
  }

  /// The canonical text of a result; nil when there is none.
  func text(_ result: ModelFormatting.Result) -> String? {
    guard case .formatted(let bytes) = result else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func messyTextBecomesCanonicalAndCanonicalTextStays() throws {
    #expect(text(try format("messy.dfd", Self.messy)) == Self.tidy)
    #expect(text(try format("tidy.dfd", Self.tidy)) == Self.tidy)
  }

  @Test func aModelWithErrorsIsNotFormatted() throws {
    let result = try format("broken.dfd", "service  api\napi -> dbb\n")
    guard case .invalid(let model) = result else {
      Issue.record("a model with errors was formatted")
      return
    }
    let shown = DiagnosticRenderer(files: model.sources, colors: false).render(model.diagnostics)
    #expect(shown.contains("broken.dfd:2:8: error[DFD202]: unknown element 'dbb'"))
    #expect(text(try format("warning.dfd", "service  lonely\n")) == "service lonely\n")
    let strict = try format("strict.dfd", "service  lonely\n", warningsAsErrors: true)
    #expect(text(strict) == nil)
  }

  @Test func includedFilesAreReadButNotFormatted() throws {
    let shared = "user  ops   [mfa]\nops->api\n"
    try scratch.write("shared/users.dfd", shared)
    let result = try format("main.dfd", "include   \"shared/users.dfd\"\n" + Self.messy)
    #expect(text(result) == "include \"shared/users.dfd\"\n" + Self.tidy)
    #expect(try String(contentsOfFile: scratch.path("shared/users.dfd"), encoding: .utf8) == shared)
  }

  @Test func hostileLabelsAreEscapedAndCommentsKept() throws {
    let comment = "# reviewed by \u{202E}nimda\u{202C} team"
    let result = try format("hostile.dfd", "\(comment)\nservice api \"API\u{202E}\u{1B}[2J\"\n")
    #expect(text(result) == "\(comment)\nservice api \"API\\u{202E}\\u{1B}[2J\"\n")
  }
}
