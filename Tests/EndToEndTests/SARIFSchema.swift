import Foundation
import Testing

/// Validates SARIF against the official 2.1.0 schema with Python's `jsonschema` (Draft 7).
///
/// A missing python3 or jsonschema fails the test; it never skips.
enum SARIFSchema {
  /// `SCP_DFD_SARIF_SCHEMA`, `shared/` beside the clone, or the team's shared copy.
  static var path: String {
    if let path = ProcessInfo.processInfo.environment["SCP_DFD_SARIF_SCHEMA"] { return path }
    let beside = Binary.root.deletingLastPathComponent()
      .appendingPathComponent("shared/data/sarif-schema-2.1.0.json")
    if FileManager.default.fileExists(atPath: beside.path) { return beside.path }
    return "/work/shared/data/sarif-schema-2.1.0.json"
  }

  static let script = """
    import json, sys
    try:
        import jsonschema
    except ImportError:
        print("python3 has no jsonschema module: pip install jsonschema"); sys.exit(3)
    schema = json.load(open(sys.argv[1]))
    log = json.load(open(sys.argv[2]))
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(log))
    for e in errors[:20]:
        print("/".join(str(p) for p in e.path), ":", e.message)
    sys.exit(1 if errors else 0)
    """

  /// Records an issue for every schema violation of `sarif`.
  static func expectValid(_ sarif: String) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("scp-dfd-sarif-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = folder.appendingPathComponent("log.sarif")
    let validator = folder.appendingPathComponent("validate.py")
    try sarif.write(to: log, atomically: true, encoding: .utf8)
    try script.write(to: validator, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", validator.path, path, log.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(
      process.terminationStatus == 0,
      "SARIF fails the schema (or python3/jsonschema is missing):\n\(text)")
  }
}
