import DFDModel
import OutputEscaping

/// Writes a question pack as a council sends it to a supplier: Markdown, CSV or a printable
/// HTML page, each question with what it is about, what an answer states, what it settles,
/// and an empty Answer column.
public struct QuestionPackWriter: Sendable {
  /// When the pack was made (`2026-12-04`), shown under the title.
  public var date: String

  public init(date: String) { self.date = date }

  /// The heading of one owner's section.
  static func heading(_ owner: String, _ title: String) -> String {
    "Questions for \(owner.isEmpty ? "the model's owner" : owner): \(title)"
  }

  static let explanation =
    "Each answer states a fact in the threat model; the next run shows the findings it "
    + "settles confirmed or cleared. Questions that settle the most serious findings come first."

  /// `3 findings (2 high, 1 medium)`.
  static func settles(_ question: QuestionPack.Question) -> String {
    let counts = Severity.allCases.reversed().compactMap { severity -> String? in
      let count = question.settles.count { $0.severity == severity }
      return count == 0 ? nil : "\(count) \(severity.rawValue)"
    }
    let noun = question.settles.count == 1 ? "finding" : "findings"
    return "\(question.settles.count) \(noun) (\(counts.joined(separator: ", ")))"
  }

  /// The pack in Markdown: one section and table per owner.
  public func markdown(_ pack: QuestionPack) -> String {
    var text = ""
    for group in pack.groups {
      text += "# " + Escaping.markdown(Self.heading(group.owner, pack.title)) + "\n\n"
      text += Escaping.markdown("\(date). \(Self.explanation)") + "\n\n"
      text += "| # | Question | About | States | Settles | Answer |\n"
      text += "| ---: | --- | --- | --- | --- | --- |\n"
      for (number, question) in group.questions.enumerated() {
        let about = question.subjects.map {
          Escaping.markdownCode($0.id) + " " + Escaping.markdown($0.name)
        }
        text += "| \(number + 1) | " + Escaping.markdown(question.text) + " | "
        text += about.joined(separator: "<br>") + " | "
        text += Escaping.markdownCode(question.attribute) + " | "
        text += Escaping.markdown(Self.settles(question)) + " |  |\n"
      }
      text += "\n"
    }
    return text.isEmpty ? "No open question: every open finding rests on stated facts.\n" : text
  }

  /// The pack as CSV (RFC 4180), one row per question, formula-guarded.
  public func csv(_ pack: QuestionPack) -> String {
    var rows = [
      [
        "Owner", "#", "Question", "About", "States", "Settles", "Worst", "Findings", "Answer",
      ]
    ]
    for group in pack.groups {
      for (number, question) in group.questions.enumerated() {
        rows.append([
          group.owner, "\(number + 1)", question.text,
          question.subjects.map { "\($0.id) (\($0.name))" }.joined(separator: "; "),
          question.attribute, Self.settles(question), question.worst.rawValue,
          question.settles.map(\.id).joined(separator: " "), "",
        ])
      }
    }
    return rows.map { $0.map(Escaping.csv).joined(separator: ",") + "\r\n" }.joined()
  }

  /// The pack as a self-contained, printable HTML page (no scripts, nothing from the network).
  public func html(_ pack: QuestionPack) -> String {
    var body = ""
    for group in pack.groups {
      body += "<section>\n<h1>" + Escaping.html(Self.heading(group.owner, pack.title)) + "</h1>\n"
      body += "<p>" + Escaping.html("\(date). \(Self.explanation)") + "</p>\n"
      body += "<table>\n<thead><tr><th>#</th><th>Question</th><th>About</th><th>States</th>"
      body += "<th>Settles</th><th class=\"answer\">Answer</th></tr></thead>\n<tbody>\n"
      for (number, question) in group.questions.enumerated() {
        let about = question.subjects.map {
          "<code>" + Escaping.html($0.id) + "</code> " + Escaping.html($0.name)
        }
        body += "<tr><td>\(number + 1)</td><td>" + Escaping.html(question.text) + "</td><td>"
        body += about.joined(separator: "<br>") + "</td><td><code>"
        body += Escaping.html(question.attribute) + "</code></td><td class=\""
        body += question.worst.rawValue + "\">" + Escaping.html(Self.settles(question))
        body += "</td><td class=\"answer\"></td></tr>\n"
      }
      body += "</tbody>\n</table>\n</section>\n"
    }
    if body.isEmpty {
      body = "<p>No open question: every open finding rests on stated facts.</p>\n"
    }
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <title>\(Escaping.html("Questions: " + pack.title))</title>
      <style>
      body { font: 11pt/1.4 "Liberation Sans", Arial, sans-serif; margin: 2em; color: #1a1a1a; }
      h1 { font-size: 15pt; margin: 1.2em 0 0.3em; }
      table { border-collapse: collapse; width: 100%; }
      th, td { border: 1px solid #999; padding: 0.35em 0.5em; vertical-align: top; text-align: left; }
      th { background: #eef1f5; }
      td.answer { width: 28%; }
      td.critical, td.high { font-weight: bold; }
      section { page-break-after: always; }
      code { font-size: 9.5pt; }
      </style>
      </head>
      <body>
      \(body)</body>
      </html>

      """
  }
}
