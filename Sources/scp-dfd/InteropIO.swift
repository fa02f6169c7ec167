import ArgumentParser
import DFDModel
import Interop
import OutputEscaping
import Pipeline

/// Reading and writing the files of `import` and `export`, with their messages.
enum InteropIO {
  /// Largest file `import` reads (the limit models have).
  static let maximumFileSize = 64 << 20

  /// Reads and converts `path`; prints warnings, and on failure the error, then exits 2.
  static func importModel(_ path: String, format: InteropFormat, context: ImportContext) throws
    -> ImportedModel
  {
    let shown = Escaping.terminal(path)
    let bytes: [UInt8]
    do {
      bytes = try FileReader.read(path, limit: maximumFileSize)
    } catch {
      Terminal.writeError("\(shown): error: cannot read the file: \(error)\n")
      throw ExitCode(2)
    }
    do {
      let model =
        switch format {
        case .threatDragon: try ThreatDragonImporter.importModel(bytes, context: context)
        case .otm: try OTMImporter.importModel(bytes, context: context)
        }
      for warning in model.warnings { Terminal.writeError("\(shown): warning: \(warning)\n") }
      return model
    } catch {
      Terminal.writeError("\(shown): error: \(error)\n")
      throw ExitCode(2)
    }
  }

  /// Writes `bytes` atomically to `path`, or to standard output when it is nil or `-`.
  static func write(_ bytes: [UInt8], to path: String?) throws {
    guard let path, path != "-" else {
      Terminal.writeText(String(decoding: bytes, as: UTF8.self))
      return
    }
    do {
      try AtomicFile.write(bytes, to: path)
    } catch {
      Terminal.writeError("error: \(error)\n")
      throw ExitCode(2)
    }
  }
}

extension InteropIO {
  /// The export text and how many findings it could not hold; a layout failure exits 2.
  static func export(_ diagram: DFDModel.Diagram, findings: [Finding], as format: InteropFormat)
    throws -> (text: String, leftOut: Int)
  {
    switch format {
    case .otm:
      let exporter = OTMExporter(diagram, findings: findings)
      return (exporter.write(), exporter.leftOut.count)
    case .threatDragon:
      do {
        var exporter = try ThreatDragonExporter(diagram, findings: findings)
        return (exporter.write(), exporter.leftOut.count)
      } catch {
        Terminal.writeError("error: cannot lay out the diagram: \(error)\n")
        throw ExitCode(2)
      }
    }
  }
}
