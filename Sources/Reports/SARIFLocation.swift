import DFDModel

/// How a SARIF log points at the model file and at places in it.
enum SARIFLocation {
  /// The base id relative model paths are resolved against.
  static let sourceRoot = "%SRCROOT%"

  /// `originalUriBaseIds`: the source root is wherever the tool was run.
  static let baseIDs = JSONValue.object([
    (
      sourceRoot,
      .object([("description", .object([("text", .string("The folder scp-dfd ran in."))]))])
    )
  ])

  /// Whether a path is relative (and so resolved against `%SRCROOT%`).
  static func isRelative(_ path: String) -> Bool { !path.hasPrefix("/") }

  /// The artifact location of the model file: a relative URI against `%SRCROOT%`, or a
  /// `file://` URI for an absolute path.
  static func artifactLocation(_ path: String) -> JSONValue {
    if isRelative(path) {
      return .object([("uri", .string(uri(path))), ("uriBaseId", .string(sourceRoot))])
    }
    return .object([("uri", .string("file://" + uri(path)))])
  }

  /// The `artifacts` entry for a model file.
  static func artifact(_ path: String) -> JSONValue {
    .object([
      ("location", artifactLocation(path)), ("mimeType", .string("text/plain")),
      ("roles", .strings(["analysisTarget"])),
    ])
  }

  /// The files that results point into, as the `artifacts` list: the model first, then each
  /// included file that declares something the results may name, in path order.
  static func files(_ input: ReportInput) -> [String] {
    var included = Set(input.sourceMap.declarations.values.map(\.file))
    included.formUnion(input.sourceMap.triage.map(\.file))
    included.remove(input.modelPath)
    return [input.modelPath] + included.sorted()
  }

  /// A physical location: the file the declaration is in (the model's own path when the
  /// location is unknown), as given by the user and as listed in `files`, and the
  /// declaration's region when it is known.
  static func physical(_ location: SourceLocation?, files: [String]) -> JSONValue {
    let path = location?.file ?? files[0]
    var artifact = artifactLocation(path)
    if let index = files.firstIndex(of: path) {
      artifact = artifact.adding(("index", .integer(index)))
    }
    var members: [(String, JSONValue)] = [("artifactLocation", artifact)]
    if let location {
      members.append(
        (
          "region",
          .object([
            ("startLine", .integer(max(1, location.line))),
            ("startColumn", .integer(max(1, location.column))),
            ("endLine", .integer(max(location.line, location.endLine, 1))),
            ("endColumn", .integer(max(1, location.endColumn))),
          ])
        ))
    }
    return .object(members)
  }

  /// A path as a URI reference: each byte outside the unreserved set and `/` is percent-encoded.
  static func uri(_ path: String) -> String {
    var result = ""
    for byte in path.utf8 {
      let scalar = Unicode.Scalar(byte)
      let unreserved =
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x61 && byte <= 0x7A) || "-._~/".unicodeScalars.contains(scalar)
      if unreserved {
        result.unicodeScalars.append(scalar)
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (hex.count < 2 ? "0" + hex : hex)
      }
    }
    return result
  }
}

extension JSONValue {
  /// The object with one more member; other values are returned unchanged.
  func adding(_ member: (String, JSONValue)) -> JSONValue {
    guard case .object(let members) = self else { return self }
    return .object(members + [member])
  }
}
