import DFDModel
import OutputEscaping

extension SARIFWriter {
  /// The reporting descriptor of one rule.
  func descriptor(_ rule: RuleDescriptor, to json: inout JSONWriter) {
    let mitigationText = rule.mitigations.map { "- \($0)" }.joined(separator: "\n")
    let mitigationMarkdown = rule.mitigations.map { "- " + Escaping.markdown($0) }
      .joined(separator: "\n")
    let references = rule.references.map(\.text)
    var helpText = rule.description
    var helpMarkdown = Escaping.markdown(rule.description)
    if !rule.mitigations.isEmpty {
      helpText += "\n\nMitigations:\n" + mitigationText
      helpMarkdown += "\n\n**Mitigations**\n\n" + mitigationMarkdown
    }
    if !references.isEmpty {
      helpText += "\n\nReferences: " + references.joined(separator: "; ")
      helpMarkdown +=
        "\n\n**References:** "
        + references.map(Escaping.markdown)
        .joined(separator: "; ")
    }
    json.object {
      $0.member("id", rule.id)
      $0.member("shortDescription") { $0.object { $0.member("text", rule.title) } }
      $0.member("fullDescription") {
        $0.object { $0.member("text", rule.description.isEmpty ? rule.title : rule.description) }
      }
      $0.member("help") {
        $0.object {
          $0.member("text", helpText)
          $0.member("markdown", helpMarkdown)
        }
      }
      $0.member("defaultConfiguration") {
        $0.object { $0.member("level", Self.level(rule.severity)) }
      }
      $0.member("properties") {
        $0.object {
          $0.member("stride", strings: rule.stride.map(\.rawValue))
          $0.member("security-severity", Self.securityScore(rule.severity))
          $0.member("severity", rule.severity.rawValue)
          $0.member("references", strings: references)
          $0.member("tags", strings: ["security", "threat-model"] + rule.stride.map(\.rawValue))
        }
      }
    }
  }

  /// The result of one finding: rule, level, message, location, fingerprint and triage.
  func result(
    for finding: Finding, ruleIndex: Int?, input: ReportInput, files: [String],
    to json: inout JSONWriter
  ) {
    let target = input.targetName(of: finding)
    var message = "\(finding.title) (\(finding.targetKind.rawValue) \(target))."
    if let ask = finding.ask { message += " Ask the supplier: \(ask)" }
    json.object {
      $0.member("ruleId", finding.rule)
      if let ruleIndex { $0.member("ruleIndex", ruleIndex) }
      $0.member("level", Self.level(finding.severity))
      $0.member("message") { $0.object { $0.member("text", message) } }
      $0.member("locations") {
        $0.array {
          $0.object {
            $0.member("physicalLocation") {
              SARIFLocation.physical(input.location(of: finding), files: files, to: &$0)
            }
            $0.member("logicalLocations") {
              $0.array {
                $0.object {
                  $0.member("name", finding.target)
                  $0.member("fullyQualifiedName", target)
                  $0.member("kind", finding.targetKind.rawValue)
                }
              }
            }
          }
        }
      }
      $0.member("partialFingerprints") {
        $0.object { $0.member("scpDfdFindingId/v1", finding.id) }
      }
      if finding.status == .accepted || finding.status == .transferred {
        $0.member("suppressions") { suppressions(finding, input: input, files: files, to: &$0) }
      }
      $0.member("properties") {
        $0.object {
          $0.member("status", finding.status.rawValue)
          $0.member("severity", finding.severity.rawValue)
          $0.member("stride", strings: finding.stride.map(\.rawValue))
          $0.member("security-severity", Self.securityScore(finding.severity))
          if !finding.why.isEmpty { $0.member("evidence", strings: finding.why.map(\.text)) }
          $0.member("ticket", finding.ticket)
        }
      }
    }
  }

  /// Accepted and transferred findings are suppressions: in source when a `threat` statement in
  /// the model records the decision, external otherwise; the note is the justification.
  func suppressions(
    _ finding: Finding, input: ReportInput, files: [String], to json: inout JSONWriter
  ) {
    let statement = finding.triage.flatMap { triage in
      input.diagram.triage.firstIndex(of: triage).flatMap { index in
        index < input.sourceMap.triage.count ? input.sourceMap.triage[index] : nil
      }
    }
    var justification = finding.note ?? ""
    if justification.isEmpty { justification = "Status \(finding.status.rawValue) in the model." }
    json.array {
      $0.object {
        $0.member("kind", statement == nil ? "external" : "inSource")
        $0.member("status", "accepted")
        $0.member("justification", justification)
        if let statement {
          $0.member("location") {
            $0.object {
              $0.member("physicalLocation") {
                SARIFLocation.physical(statement, files: files, to: &$0)
              }
            }
          }
        }
        $0.member("properties") {
          $0.object {
            $0.member("triageStatus", finding.status.rawValue)
            $0.member("by", finding.triage?.by)
            $0.member("date", finding.triage?.date)
            $0.member("ticket", finding.ticket)
          }
        }
      }
    }
  }
}
