import DFDModel

/// Writes findings as a SARIF 2.1.0 log: one rule per catalogue entry, one result per finding
/// that still matters (not mitigated, not not-applicable), located at its declaration.
public struct SARIFWriter: Sendable {
  /// The schema the log declares.
  public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

  public init() {}

  /// The SARIF log as JSON text.
  public func write(_ input: ReportInput) -> String {
    log(input).text() + "\n"
  }

  /// The SARIF log as a JSON value.
  public func log(_ input: ReportInput) -> JSONValue {
    let rules = Self.rules(input)
    var ruleIndex: [String: Int] = [:]
    for (offset, rule) in rules.enumerated() where ruleIndex[rule.id] == nil {
      ruleIndex[rule.id] = offset
    }
    let files = SARIFLocation.files(input)
    let results = input.findings.filter(Self.isReported).map {
      result(for: $0, ruleIndex: ruleIndex[$0.rule], input: input, files: files)
    }
    let driver = JSONValue.object([
      ("name", .string("scp-dfd")),
      ("version", .string(input.toolVersion)),
      ("informationUri", .string("https://github.com/scp-dfd/scp-dfd")),
      ("rules", .array(rules.map(descriptor))),
    ])
    let catalogue = JSONValue.object([
      ("name", .string(input.catalogue.id)),
      ("version", .string(input.catalogue.version)),
      ("fullName", .string(input.catalogue.title)),
    ])
    let relative = files.contains(where: SARIFLocation.isRelative)
    let run = JSONValue.object(dropping: [
      ("tool", .object([("driver", driver)])),
      ("originalUriBaseIds", relative ? SARIFLocation.baseIDs : nil),
      ("artifacts", .array(files.map(SARIFLocation.artifact))),
      ("results", .array(results)),
      ("properties", .object([("catalogue", catalogue), ("model", .string(input.title))])),
    ])
    return .object([
      ("$schema", .string(Self.schemaURI)),
      ("version", .string("2.1.0")),
      ("runs", .array([run])),
    ])
  }

  /// Mitigated and not-applicable findings need no attention and are left out.
  static func isReported(_ finding: Finding) -> Bool {
    finding.status != .mitigated && finding.status != .notApplicable
  }

  /// The catalogue's rules, then one for each model-specific threat it does not know.
  static func rules(_ input: ReportInput) -> [RuleDescriptor] {
    var known = Set(input.catalogue.rules.map(\.id))
    var rules = input.catalogue.rules
    for finding in input.findings where known.insert(finding.rule).inserted {
      rules.append(RuleDescriptor(finding: finding))
    }
    return rules
  }
}

extension SARIFWriter {
  /// SARIF's level for a severity: critical and high are errors, medium a warning, low a note.
  static func level(_ severity: Severity) -> String {
    switch severity {
    case .critical, .high: return "error"
    case .medium: return "warning"
    case .low: return "note"
    }
  }

  /// The `security-severity` score that code-scanning tools sort by (0.0 to 10.0).
  static func securityScore(_ severity: Severity) -> String {
    switch severity {
    case .critical: return "9.5"
    case .high: return "8.0"
    case .medium: return "5.5"
    case .low: return "3.0"
    }
  }
}
