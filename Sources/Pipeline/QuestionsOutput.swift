import DFDModel
import Foundation
import Reports
import ThreatEngine

/// The output formats of `questions`.
package enum QuestionsFormat: String, CaseIterable, Sendable {
  case markdown, csv, html
}

/// Writes a valid model's question pack: what to ask whom to settle its presumed findings.
package enum QuestionsOutput {
  /// The pack of `loaded`, for `owner` only when given.
  package static func pack(_ loaded: ValidModel, catalogue: Catalogue, owner: String? = nil)
    -> QuestionPack
  {
    QuestionPack(
      diagram: loaded.diagram, findings: loaded.analyze().findings,
      vocabulary: catalogue.vocabulary, owner: owner)
  }

  /// The pack of `loaded`, for `owner` only when given; a failure (exit 2) listing the owners
  /// with questions when `owner` has none.
  package static func checkedPack(
    _ loaded: ValidModel, catalogue: Catalogue, owner: String? = nil
  ) throws(PipelineFailure) -> QuestionPack {
    let pack = pack(loaded, catalogue: catalogue, owner: owner)
    if let owner, pack.groups.isEmpty {
      let all = Self.pack(loaded, catalogue: catalogue).owners
      let known = all.map { "'\($0)'" }.joined(separator: ", ")
      throw .unknownName(
        option: "--owner", what: "owner with questions", name: owner,
        in: "in \(loaded.path) (owners with questions: \(known))", candidates: all)
    }
    return pack
  }

  /// `pack` as `format`, dated with the generation time (`SOURCE_DATE_EPOCH` when set).
  package static func render(_ pack: QuestionPack, as format: QuestionsFormat) -> String {
    let date = ReviewDates.today(ReportBuilder.now())
    let writer = QuestionPackWriter(date: date)
    switch format {
    case .markdown: return writer.markdown(pack)
    case .csv: return writer.csv(pack)
    case .html: return writer.html(pack)
    }
  }
}
