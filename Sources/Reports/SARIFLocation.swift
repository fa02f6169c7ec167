import DFDModel

/// How a SARIF log points at the model file and at places in it.
enum SARIFLocation {
  /// The base id relative model paths are resolved against.
  static let sourceRoot = "%SRCROOT%"

  /// `originalUriBaseIds`: the source root is wherever the tool was run.
  static func baseIDs(to json: inout JSONWriter) {
    json.object {
      $0.member(sourceRoot) {
        $0.object {
          $0.member("description") {
            $0.object { $0.member("text", "The folder scp-dfd ran in.") }
          }
        }
      }
    }
  }

  /// Whether a path is relative (and so resolved against `%SRCROOT%`).
  static func isRelative(_ path: String) -> Bool { !path.hasPrefix("/") }

  /// The artifact location of the model file: a relative URI against `%SRCROOT%`, or a
  /// `file://` URI for an absolute path; with its `index` in the `artifacts` list when known.
  static func artifactLocation(_ path: String, index: Int? = nil, to json: inout JSONWriter) {
    json.object {
      if isRelative(path) {
        $0.member("uri", uri(path))
        $0.member("uriBaseId", sourceRoot)
      } else {
        $0.member("uri", "file://" + uri(path))
      }
      if let index { $0.member("index", index) }
    }
  }

  /// The `artifacts` entry for a model file.
  static func artifact(_ path: String, to json: inout JSONWriter) {
    json.object {
      $0.member("location") { artifactLocation(path, to: &$0) }
      $0.member("mimeType", "text/plain")
      $0.member("roles", strings: ["analysisTarget"])
    }
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
  static func physical(_ location: SourceLocation?, files: [String], to json: inout JSONWriter) {
    let path = location?.file ?? files[0]
    json.object {
      $0.member("artifactLocation") {
        artifactLocation(path, index: files.firstIndex(of: path), to: &$0)
      }
      if let location {
        $0.member("region") {
          $0.object {
            $0.member("startLine", max(1, location.line))
            $0.member("startColumn", max(1, location.column))
            $0.member("endLine", max(location.line, location.endLine, 1))
            $0.member("endColumn", max(1, location.endColumn))
          }
        }
      }
    }
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
