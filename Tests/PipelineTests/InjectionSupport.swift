import Foundation
import FoundationXML
import Testing

/// Checks that markup holds no active content and that nothing injected ran in a browser.
enum InertMarkup {
  static let activeElements: Set<String> = [
    "script", "foreignobject", "iframe", "object", "embed", "set", "animate", "handler",
  ]

  /// Attributes whose value a browser follows or evaluates.
  static let linkAttributes: Set<String> = [
    "href", "src", "action", "formaction", "from", "to", "values", "by", "begin", "style",
  ]

  /// No script-capable element, no `on…` attribute, no `javascript:` link.
  static func expectInert(_ element: XMLElement) {
    let name = (element.localName ?? element.name ?? "").lowercased()
    #expect(!activeElements.contains(name), "active element <\(name)>")
    for attribute in element.attributes ?? [] {
      let key = (attribute.localName ?? attribute.name ?? "").lowercased()
      let value = (attribute.stringValue ?? "").lowercased().filter { !$0.isWhitespace }
      #expect(!key.hasPrefix("on"), "event handler \(key)=\(value)")
      #expect(
        !(linkAttributes.contains(key) && value.contains("javascript:")), "script link in \(key)")
      #expect(key != "id" || value != "pwned", "an injected element")
    }
    for case let child as XMLElement in element.children ?? [] { expectInert(child) }
  }

  /// The DOM a browser built: the title was never set by a payload and no payload element exists.
  static func expectNothingRan(_ dom: String) {
    #expect(!dom.contains(">pwned</title>"), "an injected script set the title")
    #expect(!dom.contains("id=\"pwned\""), "an injected element exists")
    #expect(!dom.contains("<img"), "an injected image exists")
  }
}

/// The text Graphviz shows for an HTML-like label: tags dropped, entities and `\\` decoded.
enum DOTLabel {
  static func visibleText(_ label: String) -> String {
    var text = label.replacing(/<BR\/>/, with: " ").replacing(/<[^>]*>/, with: " ")
    for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
      text = text.replacing(entity, with: character)
    }
    text = text.replacing("&amp;", with: "&")
    var result = ""
    var escaped = false
    for character in text {
      if character == "\\" && !escaped {
        escaped = true
        continue
      }
      escaped = false
      result.append(character)
    }
    return result
  }
}

/// RFC 4180 CSV, read back.
enum CSVText {
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(text).makeIterator()
    var pending: Character? = nil
    while let character = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          let next = iterator.next()
          if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        row.append(field)
        field = ""
      } else if character == "\n" || character == "\r\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.append(character)
      }
    }
    if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
    return rows
  }
}

/// Every string in a parsed JSON value.
enum JSONStrings {
  static func all(in value: Any) -> [String] {
    switch value {
    case let text as String: return [text]
    case let array as [Any]: return array.flatMap(all)
    case let object as [String: Any]: return object.values.flatMap(all) + object.keys
    default: return []
    }
  }
}
