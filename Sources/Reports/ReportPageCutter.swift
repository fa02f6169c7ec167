/// Cuts a page rendered with section markers (`ReportRenderer.prepare`) into the text between
/// them and the sections themselves, each section written once however often it appears.
struct ReportPageCutter {
  /// The marker text that stands for each section in the page.
  let markers: [ReportContext.Section: String]
  let context: ReportContext

  /// The page's pieces in order.
  func parts(of page: String) -> [PreparedReport.Part] {
    var parts: [PreparedReport.Part] = []
    var written: [ReportContext.Section: String] = [:]
    var rest = page[...]
    while let (section, range) = firstMarker(in: rest) {
      parts.append(.text(String(rest[..<range.lowerBound])))
      if section == .diagram {
        parts.append(.diagram)
      } else {
        let text = written[section] ?? render(section)
        written[section] = text
        parts.append(.text(text))
      }
      rest = rest[range.upperBound...]
    }
    parts.append(.text(String(rest)))
    return parts
  }

  /// The first marker in `text`, if any.
  private func firstMarker(in text: Substring) -> (ReportContext.Section, Range<String.Index>)? {
    var first: (ReportContext.Section, Range<String.Index>)?
    for (section, marker) in markers {
      guard let range = text.firstRange(of: marker) else { continue }
      if first.map({ range.lowerBound < $0.1.lowerBound }) ?? true { first = (section, range) }
    }
    return first
  }

  private func render(_ section: ReportContext.Section) -> String {
    switch section {
    case .diagram: return ""
    case .findingRows: return context.findingRowsHTML()
    case .items: return context.itemsMarkdown()
    case .findingDetails: return context.findingDetailsMarkdown()
    }
  }
}
