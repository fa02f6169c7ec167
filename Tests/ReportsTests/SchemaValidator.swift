import Foundation
import Testing

/// Validates SARIF text against the official 2.1.0 schema with Python's `jsonschema` (Draft 7).
///
/// A missing python3 or jsonschema fails the test; it never skips.
enum SchemaValidator {
  static let schema = "/work/shared/data/sarif-schema-2.1.0.json"

  /// The schema file: `SCP_DFD_SARIF_SCHEMA`, the shared copy, or `shared/` beside the clone.
  static var schemaPath: String {
    if let path = ProcessInfo.processInfo.environment["SCP_DFD_SARIF_SCHEMA"] { return path }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let beside = root.deletingLastPathComponent().appendingPathComponent(
      "shared/data/sarif-schema-2.1.0.json")
    if FileManager.default.fileExists(atPath: beside.path) { return beside.path }
    return schema
  }

  static let script = """
    import json, sys
    try:
        import jsonschema
    except ImportError:
        print("python3 has no jsonschema module: pip install jsonschema"); sys.exit(3)
    schema = json.load(open(sys.argv[1]))
    log = json.load(open(sys.argv[2]))
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(log), key=lambda e: list(e.path))
    for e in errors[:20]:
        print("/".join(str(p) for p in e.path), ":", e.message)
    sys.exit(1 if errors else 0)
    """

  /// Records an issue for every schema violation of `sarif`.
  static func expectValid(_ sarif: String, sourceLocation: SourceLocation = #_sourceLocation) throws
  {
    let python = try #require(
      ExternalTool.find(["python3"]), "python3 is needed to validate SARIF",
      sourceLocation: sourceLocation)
    #expect(
      FileManager.default.fileExists(atPath: schemaPath), "SARIF schema missing at \(schemaPath)",
      sourceLocation: sourceLocation)
    let folder = try ExternalTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = folder.appendingPathComponent("log.sarif")
    let validator = folder.appendingPathComponent("validate.py")
    try sarif.write(to: log, atomically: true, encoding: .utf8)
    try script.write(to: validator, atomically: true, encoding: .utf8)
    let result = try ExternalTool.run(python, [validator.path, schemaPath, log.path])
    #expect(
      result.status == 0, "SARIF fails the schema:\n\(result.stdout)\(result.stderr)",
      sourceLocation: sourceLocation)
  }
}
