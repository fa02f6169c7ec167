import Foundation
import Testing

/// Validates JSON against a JSON Schema (Draft 7) with Python's `jsonschema`.
///
/// A missing python3 or jsonschema fails the test; it never skips.
public enum JSONSchema {
  /// The SARIF 2.1.0 schema in the team's shared data (`../shared/data` beside the package), or
  /// `SCP_DFD_SARIF_SCHEMA`.
  public static var sarifPath: String {
    if let path = ProcessInfo.processInfo.environment["SCP_DFD_SARIF_SCHEMA"] { return path }
    return packageRoot.deletingLastPathComponent()
      .appendingPathComponent("shared/data/sarif-schema-2.1.0.json").path
  }

  /// The package's root folder.
  public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let script = """
    import json, sys
    try:
        import jsonschema
    except ImportError:
        print("python3 has no jsonschema module: pip install jsonschema"); sys.exit(3)
    schema = json.load(open(sys.argv[1]))
    document = json.load(open(sys.argv[2]))
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(document), key=lambda e: list(e.path))
    for e in errors[:20]:
        print("/".join(str(p) for p in e.path), ":", e.message)
    sys.exit(1 if errors else 0)
    """

  /// Records an issue for every violation of the schema at `schema` by `json`.
  public static func expectValid(
    _ json: String, schema: String = sarifPath, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let python = try #require(
      ExternalTool.find(["python3"]), "python3 is needed to validate JSON",
      sourceLocation: sourceLocation)
    #expect(
      FileManager.default.fileExists(atPath: schema), "schema missing at \(schema)",
      sourceLocation: sourceLocation)
    let folder = try ExternalTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let document = folder.appendingPathComponent("document.json")
    let validator = folder.appendingPathComponent("validate.py")
    try json.write(to: document, atomically: true, encoding: .utf8)
    try script.write(to: validator, atomically: true, encoding: .utf8)
    let result = try ExternalTool.run(python, [validator.path, schema, document.path])
    #expect(
      result.status == 0, "fails the schema \(schema):\n\(result.stdout)\(result.stderr)",
      sourceLocation: sourceLocation)
  }
}
