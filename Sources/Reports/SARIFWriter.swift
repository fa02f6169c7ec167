import DFDModel

/// Writes findings as a SARIF 2.1.0 log: one rule per catalogue entry, one result per finding
/// that still matters (not mitigated, not not-applicable), located at its declaration.
public struct SARIFWriter: Sendable {
  /// The schema the log declares.
  public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

  public init() {}

  /// The SARIF log as JSON text.
  public func write(_ input: ReportInput) -> String {
    JSONWriter.text(.standard) { write(input, to: &$0) }
  }

  /// The SARIF log, handed to `output` in pieces as it is written.
  public func write(_ input: ReportInput, to output: (String) -> Void) {
    JSONWriter.write(.standard, to: output) { write(input, to: &$0) }
  }

  private func write(_ input: ReportInput, to json: inout JSONWriter) {
    let rules = Self.rules(input)
    var ruleIndex: [String: Int] = [:]
    for (offset, rule) in rules.enumerated() where ruleIndex[rule.id] == nil {
      ruleIndex[rule.id] = offset
    }
    let files = SARIFLocation.files(input)
    json.object {
      $0.member("$schema", Self.schemaURI)
      $0.member("version", "2.1.0")
      $0.member("runs") {
        $0.array {
          $0.object {
            $0.member("tool") { driver(input, rules, to: &$0) }
            if files.contains(where: SARIFLocation.isRelative) {
              $0.member("originalUriBaseIds") { SARIFLocation.baseIDs(to: &$0) }
            }
            $0.member("artifacts") {
              $0.array { for file in files { SARIFLocation.artifact(file, to: &$0) } }
            }
            $0.member("results") {
              $0.array {
                for finding in input.findings where Self.isReported(finding) {
                  result(
                    for: finding, ruleIndex: ruleIndex[finding.rule], input: input, files: files,
                    to: &$0)
                }
              }
            }
            $0.member("properties") {
              $0.object {
                $0.member("catalogue") {
                  $0.object {
                    $0.member("name", input.catalogue.id)
                    $0.member("version", input.catalogue.version)
                    $0.member("fullName", input.catalogue.title)
                  }
                }
                $0.member("model", input.title)
              }
            }
          }
        }
      }
    }
  }

  /// `{"driver": …}`: the tool and every rule it may report.
  private func driver(_ input: ReportInput, _ rules: [RuleDescriptor], to json: inout JSONWriter) {
    json.object {
      $0.member("driver") {
        $0.object {
          $0.member("name", "scp-dfd")
          $0.member("version", input.toolVersion)
          $0.member("informationUri", "https://github.com/scp-dfd/scp-dfd")
          $0.member("rules") { $0.array { for rule in rules { descriptor(rule, to: &$0) } } }
        }
      }
    }
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
