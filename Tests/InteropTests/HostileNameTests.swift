import DFDModel
import Foundation
import Interop
import Testing

@Suite struct HostileNameTests {
  static let name = "Evil\u{202E}gpj.exe\"\n# injected\nthreat X on y \\ \u{1B}[2J\u{0}"

  func model(named name: String) throws -> ImportedModel {
    let json = """
      {"version": "2.3.0", "summary": {"title": "t"}, "detail": {"diagrams": [{"cells": [
        {"id": "a1", "shape": "process", "position": {"x": 0, "y": 0}, "size": {"width": 100, "height": 100},
         "data": {"type": "tm.Process", "name": \(Escaped.json(name)), "description": \(Escaped.json(name))}},
        {"id": "a2", "shape": "process", "position": {"x": 300, "y": 0}, "size": {"width": 100, "height": 100},
         "data": {"type": "tm.Process", "name": "B"}},
        {"id": "f1", "shape": "flow", "source": {"cell": "a1"}, "target": {"cell": "a2"}, "data": {"name": \(Escaped.json(name))}}
      ]}]}}
      """
    return try ThreatDragonImporter.importModel(Array(json.utf8), context: InteropSupport.context)
  }

  @Test func namesComeOutEscapedAndRoundTrip() throws {
    let imported = try model(named: Self.name)
    let text = imported.text
    for bad in ["\u{202E}", "\u{1B}", "\u{0}", "\n# injected"] { #expect(!text.contains(bad)) }
    #expect(text.contains("\\u{202E}"))
    let (diagram, diagnostics) = try InteropSupport.load(text)
    #expect(diagnostics == "")
    // The language has no NUL in strings: it comes back as U+FFFD.
    let expected = Self.name.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
    #expect(diagram.elements.first?.label == expected)
    #expect(diagram.flows.first?.label == expected)
  }
}

/// JSON string literals for building test documents.
enum Escaped {
  static func json(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      default:
        if scalar.value < 0x20 || scalar.value > 0x7E {
          result += String(format: "\\u%04X", scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
