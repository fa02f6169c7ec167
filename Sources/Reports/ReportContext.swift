import DFDModel
import Foundation

/// The data a report template receives (documented in docs/templates.md): plain dictionaries,
/// arrays, strings, numbers and booleans built from a `ReportInput`.
///
/// Strings are raw model text: the template engine escapes them for the template's content
/// type. Only `diagram.svg` is pre-sanitised markup, for `{{{diagram.svg}}}`.
public struct ReportContext {
  public let input: ReportInput
  /// The file name the Markdown report links the diagram as, when one is written beside it.
  public let diagramFile: String?

  public init(input: ReportInput, diagramFile: String? = nil) {
    self.input = input
    self.diagramFile = diagramFile
  }

  /// The whole context, computed up front.
  public func values() -> [String: Any] { LazyValue.resolved(templateValues()) }

  /// The whole context as the renderer hands it to the template.
  ///
  /// The per-finding and per-item data and the sanitised SVG are computed only if the template
  /// uses them.
  func templateValues() -> [String: Any] {
    let info = input.diagram.info
    var metadata: [[String: Any]] = []
    for attribute in info.attributes.items where attribute.name != "description" {
      metadata.append([
        "name": attribute.name.prefix(1).uppercased() + attribute.name.dropFirst(),
        "value": attribute.value.displayText,
      ])
    }
    let open = input.findings.filter(\.isOpen).count
    return [
      "title": input.title,
      "modelPath": input.modelPath,
      "generated": input.generatedISO,
      "generatedDisplay": Self.displayDate(input.generated),
      "toolVersion": input.toolVersion,
      "model": [
        "title": info.title ?? "", "version": info.version ?? "", "owner": info.owner ?? "",
        "description": info.attributes.text("description") ?? "",
        "hasDescription": info.attributes.text("description") != nil, "metadata": metadata,
        "hasMetadata": !metadata.isEmpty,
      ] as [String: Any],
      "catalogue": [
        "id": input.catalogue.id, "version": input.catalogue.version,
        "title": input.catalogue.title, "ruleCount": input.catalogue.rules.count,
      ] as [String: Any],
      "counts": [
        "findings": input.findings.count, "open": open,
        "closed": input.findings.count - open, "elements": input.diagram.elements.count,
        "flows": input.diagram.drawnFlows.count, "boundaries": input.diagram.boundaries.count,
      ],
      "hasFindings": !input.findings.isEmpty,
      "summary": summary(),
      "diagram": diagram(),
      "hasDiagram": input.svg != nil,
      "findings": LazyValue { findings() },
      "items": LazyValue { items() },
      "questions": questions(),
      "attackPaths": attackPaths(),
      "triageAudit": triageAudit(),
      "strideCategories": StrideCategory.allCases.map(Self.stride),
      "severities": Severity.allCases.reversed().map(Self.severity),
      "statuses": TriageStatus.allCases.map(Self.status),
    ]
  }

  /// `28 November 2026, 18:29 UTC`.
  static func displayDate(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_GB_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "d MMMM yyyy, HH:mm 'UTC'"
    return formatter.string(from: date)
  }

  static func stride(_ category: StrideCategory) -> [String: Any] {
    ["key": category.rawValue, "letter": String(category.letter), "title": category.title]
  }

  static func severity(_ severity: Severity) -> [String: Any] {
    ["key": severity.rawValue, "title": severity.title, "rank": severity.rank]
  }

  static func status(_ status: TriageStatus) -> [String: Any] {
    ["key": status.rawValue, "title": status.title, "isOpen": status.isOpen]
  }
}

extension AttributeValue {
  /// The value as a report shows it: text without quotes, lists comma-separated.
  var displayText: String {
    switch self {
    case .string(let text), .symbol(let text): return text
    case .list(let items): return items.map(\.displayText).joined(separator: ", ")
    default: return description
    }
  }
}
