import Foundation
import Mustache
import Reports
import Testing

/// A user's template cannot turn escaping off, cannot make rendering run away, and its parse
/// errors point into its own text.
struct CustomTemplateTests {
  @Test(arguments: [
    (ReportFormat.html, "{{% CONTENT_TYPE: TEXT}}{{title}}"),
    (.html, "{{% CONTENT_TYPE: MARKDOWN}}{{title}}"),
    (.markdown, "{{% CONTENT_TYPE: TEXT}}{{title}}"),
    (.markdown, "{{% CONTENT_TYPE: HTML}}{{title}}"),
    (.html, "ok\n{{=<% %>=}}<%% CONTENT_TYPE: TEXT%><%title%>"),
    (.markdown, "{{! a comment }}\n  {{%CONTENT_TYPE:TEXT}}"),
  ])
  func pragmasAndDelimitersAreRefused(_ format: ReportFormat, _ template: String) throws {
    #expect {
      _ = try ReportRenderer(format: format, template: template)
    } throws: { error in
      let error = try #require(error as? ReportRenderer.TemplateError)
      return error.message.contains("not allowed in report templates")
    }
  }

  @Test func aMarkdownTemplateMayNameItsOwnContentType() throws {
    var input = Fixture.input()
    input.modelPath = "<script>x</script> *y*"
    let renderer = try ReportRenderer(
      format: .markdown, template: "{{% CONTENT_TYPE: MARKDOWN}}\n# {{modelPath}}\n")
    #expect(try renderer.render(input).text.hasSuffix("# &lt;script&gt;x&lt;/script&gt; \\*y\\*\n"))
    // Without the pragma, a Markdown template escapes for Markdown all the same.
    let bare = try ReportRenderer(format: .markdown, template: "# {{modelPath}}\n")
    #expect(try bare.render(input).text == "# &lt;script&gt;x&lt;/script&gt; \\*y\\*\n")
  }

  @Test func nestedSectionsOverListsAreBounded() throws {
    let template =
      String(repeating: "{{#findings}}", count: 8) + "x"
      + String(repeating: "{{/findings}}", count: 8)
    let renderer = try ReportRenderer(format: .html, template: template)
    let start = Date()
    #expect {
      _ = try renderer.render(Fixture.input())
    } throws: { error in
      let error = try #require(error as? ReportRenderer.TemplateError)
      return error.message.contains("more than 1000000 list items")
    }
    #expect(Date().timeIntervalSince(start) < 30)
  }

  @Test func listsStillRenderWithTheirTransforms() throws {
    let input = Fixture.input()
    let template =
      "{{count(findings)}}|{{#first(findings)}}{{rule}}{{/first(findings)}}|"
      + "{{#findings}}{{#first()}}F{{/first()}}{{/findings}}|{{findings.elements}}|"
      + "{{#findings}}.{{/findings}}"
    let text = try ReportRenderer(format: .html, template: template).render(input).text
    let count = input.findings.count
    #expect(text.hasPrefix("\(count)|SCP-"))
    #expect(text.hasSuffix("|F||" + String(repeating: ".", count: count)), "\(text)")
  }

  @Test(arguments: ["{{#a}}x{{/b}}", "x{{#a}}\n{{/b}}", "{{#a}}"])
  func parseErrorsPointIntoTheTemplate(_ template: String) throws {
    var expected: MustacheParserContext?
    do { _ = try MustacheTemplate(string: template) } catch let error
      as MustacheTemplate.ParserError
    {
      expected = error.context
    }
    let context = try #require(expected)
    for format in ReportFormat.allCases {
      #expect {
        _ = try ReportRenderer(format: format, template: template)
      } throws: { error in
        let error = try #require(error as? ReportRenderer.TemplateError)
        return error.line == context.lineNumber && error.column == context.columnNumber
          && error.message.hasPrefix("the template does not parse: ")
      }
    }
  }
}
