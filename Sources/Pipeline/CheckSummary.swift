import DFDParser

/// The one-line summary `check` prints per model.
package enum CheckSummary {
  /// `3 errors, 1 warning in lighting.dfd`, or `lighting.dfd: no problems`.
  package static func line(for model: LoadedModel, path: String) -> String {
    let errors = model.errorCount
    let warnings = model.warningCount
    guard errors + warnings > 0 else { return "\(path): no problems" }
    var parts: [String] = []
    if errors > 0 { parts.append(count(errors, "error")) }
    if warnings > 0 { parts.append(count(warnings, "warning")) }
    return parts.joined(separator: ", ") + " in \(path)"
  }

  /// `12 models: 11 valid, 1 with errors (3 with warnings)` and a line break.
  package static func total(_ models: [LoadedModel]) -> String {
    let broken = models.count { $0.hasErrors }
    let warned = models.count { !$0.hasErrors && $0.warningCount > 0 }
    var line = "\(count(models.count, "model")): \(models.count - broken) valid"
    if broken > 0 { line += ", \(broken) with errors" }
    if warned > 0 { line += " (\(warned) with warnings)" }
    return line + "\n"
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
