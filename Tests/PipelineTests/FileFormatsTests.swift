import DFDLayout
import Reports
import Testing

@testable import Pipeline

/// One table maps output extensions to formats, for every command.
struct FileFormatsTests {
  @Test func extensionsAreTheTextAfterTheLastDotOfTheName() {
    #expect(FileFormats.fileExtension(of: "out.SVG") == "SVG")
    #expect(FileFormats.fileExtension(of: "a.b/c.tar.md") == "md")
    #expect(FileFormats.fileExtension(of: "a.b/c") == "")
    #expect(FileFormats.fileExtension(of: ".profile") == "")
    #expect(FileFormats.fileExtension(of: "dir/") == "")
  }

  @Test func eachCommandTakesTheFormatsItKnows() {
    #expect(FileFormats.format(ofFile: "x.gv") == RenderFormat.dot)
    #expect(FileFormats.format(ofFile: "x.PNG") == RenderFormat.png)
    #expect((FileFormats.format(ofFile: "x.md") as RenderFormat?) == nil)
    #expect(FileFormats.format(ofFile: "x.htm") == ReportFormat.html)
    #expect(FileFormats.format(ofFile: "x.markdown") == ReportFormat.markdown)
    #expect(FileFormats.format(ofFile: "x.md") == ThreatsFormat.markdown)
    #expect(FileFormats.format(ofFile: "x.sarif") == ThreatsFormat.sarif)
    #expect(FileFormats.format(ofFile: "x.txt") == ThreatsFormat.table)
    #expect((FileFormats.format(ofFile: "x.svg") as ThreatsFormat?) == nil)
  }

  @Test func everyFormatHasAnExtension() {
    for format in RenderFormat.allCases {
      #expect(FileFormats.byExtension.contains { $0.format == format.rawValue })
    }
    for format in ReportFormat.allCases {
      #expect(FileFormats.byExtension.contains { $0.format == format.rawValue })
    }
    for format in ThreatsFormat.allCases {
      #expect(FileFormats.byExtension.contains { $0.format == format.rawValue })
    }
  }
}
