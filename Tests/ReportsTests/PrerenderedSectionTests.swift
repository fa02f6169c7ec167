import Testing

@testable import Reports

/// The sections the built-in templates take pre-rendered give exactly what the template
/// sections they replaced give, on hostile text and on the large model.
@Suite struct PrerenderedSectionTests {
  /// The findings rows section of the HTML template before it was pre-rendered.
  static let htmlRows =
    "    <tbody>\n" + #"""
          {{#findings}}
            <tr id="{{domID}}" data-target="{{diagramTarget}}" data-stride="{{strideKeys}}" data-severity="{{severity}}" data-rank="{{severityRank}}" data-status="{{status}}" data-number="{{number}}">
              <td class="num">{{number}}</td>
              <td class="rule"><code>{{rule}}</code></td>
              <td class="target"><a href="#diagram" class="target-link" data-select="{{diagramTarget}}">{{targetName}}</a><span class="kind">{{targetKind}} <code>{{target}}</code></span></td>
              <td class="stride">{{#stride}}<abbr class="letter" title="{{title}}">{{letter}}</abbr>{{/stride}}</td>
              <td><span class="badge sev sev-{{severity}}">{{severityTitle}}</span></td>
              <td><span class="badge status status-{{status}}">{{statusTitle}}</span>{{#hasNote}}<p class="note">{{note}}</p>{{/hasNote}}{{#hasTicket}}<p class="ticket">Ticket {{ticket}}</p>{{/hasTicket}}{{#hasBy}}<p class="triaged-by">Triaged by {{by}}</p>{{/hasBy}}{{#hasDate}}<p class="triage-date">Triage date {{date}}</p>{{/hasDate}}</td>
              <td class="threat">
                <p class="threat-title">{{title}}</p>
                {{#hasDescription}}<p class="description">{{description}}</p>{{/hasDescription}}
                {{#hasEvidence}}<div class="why"><span class="label">Why it fired</span><ul>{{#evidence}}<li><code>{{.}}</code></li>{{/evidence}}</ul></div>{{/hasEvidence}}
                {{#hasMitigations}}<div class="mitigations"><span class="label">Mitigations</span><ul>{{#mitigations}}<li>{{.}}</li>{{/mitigations}}</ul></div>{{/hasMitigations}}
                {{#hasReferences}}<p class="refs"><span class="label">References</span> {{#references}}<span class="ref" title="{{title}}">{{text}}</span>{{/references}}</p>{{/hasReferences}}
              </td>
              <td class="ask">{{ask}}</td>
            </tr>
          {{/findings}}
      """# + "\n    </tbody>\n"

  /// The STRIDE-per-element and finding-details sections of the Markdown template before.
  static let markdownSections =
    "{{% CONTENT_TYPE: MARKDOWN}}\nSTRIDE\n\n" + #"""
      {{#items}}
      ### {{name}}

      {{kindTitle}} {{id}}{{#hasDetail}} · {{detail}}{{/hasDetail}}{{#hasBoundary}} · {{boundary}}{{/hasBoundary}}

      | STRIDE | Rules that fired | Status | Question for the supplier | Answer |
      | --- | --- | --- | --- | --- |
      {{#rows}}
      | {{letter}} {{title}} | {{rulesText}}{{^hasRules}}none{{/hasRules}} | {{statusText}} | {{askText}} | |
      {{/rows}}

      {{/items}}
      """# + #"""
      {{#findings}}
      ### {{number}}. {{title}}

      {{rule}} on {{targetKind}} {{targetName}} · {{strideNames}} · {{severityTitle}} · {{statusTitle}}

      {{#hasDescription}}
      {{description}}

      {{/hasDescription}}
      {{#hasEvidence}}
      Why it fired:

      {{#evidence}}
      - {{.}}
      {{/evidence}}

      {{/hasEvidence}}
      {{#hasMitigations}}
      Mitigations:

      {{#mitigations}}
      - {{.}}
      {{/mitigations}}

      {{/hasMitigations}}
      {{#hasReferences}}
      References: {{#references}}{{text}}{{^last()}}; {{/last()}}{{/references}}

      {{/hasReferences}}
      {{#hasAsk}}
      Question for the supplier: {{ask}}

      {{/hasAsk}}
      {{#hasNote}}
      Note: {{note}}

      {{/hasNote}}
      {{#hasTicket}}
      Ticket: {{ticket}}

      {{/hasTicket}}
      {{#hasBy}}
      Triaged by: {{by}}

      {{/hasBy}}
      {{#hasDate}}
      Triage date: {{date}}

      {{/hasDate}}
      {{/findings}}
      """#

  static var inputs: [ReportInput] {
    [HostileFixture.input, LargeModel.input(elements: 100, boundaries: 10)]
  }

  @Test(arguments: inputs.indices)
  func htmlRowsMatchTheTemplateSection(_ index: Int) throws {
    let input = Self.inputs[index]
    let expected = try ReportRenderer(format: .html, template: Self.htmlRows).render(input).text
    let rows = try ReportRenderer(
      format: .html, template: "    <tbody>\n{{{html.findingRows}}}    </tbody>\n")
    #expect(!expected.isEmpty)
    #expect(try rows.render(input).text == expected)
  }

  @Test(arguments: inputs.indices)
  func markdownSectionsMatchTheTemplateSections(_ index: Int) throws {
    let input = Self.inputs[index]
    let expected = try ReportRenderer(format: .markdown, template: Self.markdownSections)
      .render(input).text
    let sections = try ReportRenderer(
      format: .markdown,
      template:
        "{{% CONTENT_TYPE: MARKDOWN}}\nSTRIDE\n\n{{{markdown.items}}}{{{markdown.findings}}}")
    #expect(!expected.isEmpty)
    #expect(try sections.render(input).text == expected)
  }

  @Test func customTemplatesStillSeeTheDocumentedData() throws {
    let input = HostileFixture.input
    let template =
      "{{#findings}}{{number}};{{/findings}}|{{#items}}{{id}};{{/items}}|"
      + "{{#hasDiagram}}{{{diagram.svg}}}{{/hasDiagram}}"
    let text = try ReportRenderer(format: .html, template: template).render(input).text
    let parts = text.split(separator: "|", omittingEmptySubsequences: false)
    #expect(parts.first?.split(separator: ";").count == input.findings.count)
    #expect(parts.count >= 3 && !parts[1].isEmpty)
    if input.svg != nil { #expect(text.contains("<svg")) }
  }
}
