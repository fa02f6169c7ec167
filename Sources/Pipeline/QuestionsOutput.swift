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

  /// `pack` as `format`, dated with the generation time (`SOURCE_DATE_EPOCH` when set).
  package static func render(_ pack: QuestionPack, as format: QuestionsFormat) -> String {
    let date = ReportBuilder.now().formatted(
      Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day())
    let writer = QuestionPackWriter(date: date)
    switch format {
    case .markdown: return writer.markdown(pack)
    case .csv: return writer.csv(pack)
    case .html: return writer.html(pack)
    }
  }
}
