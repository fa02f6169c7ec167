import Foundation

/// A parsed JSON document, every value kept with its type (a boolean is never a number).
public indirect enum JSONTree: Hashable, Sendable, Decodable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONTree])
  case object([String: JSONTree])

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONTree].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONTree].self))
    }
  }

  /// Parses `bytes` as JSON; a syntax error becomes an `ImportError` at the document root.
  public static func parse(_ bytes: [UInt8]) throws(ImportError) -> JSONTree {
    do {
      return try JSONDecoder().decode(JSONTree.self, from: Data(bytes))
    } catch let DecodingError.dataCorrupted(context) {
      let detail = (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"]
      throw ImportError("not valid JSON" + ((detail as? String).map { ": \($0)" } ?? ""), at: "$")
    } catch {
      throw ImportError("not valid JSON", at: "$")
    }
  }

  /// The JSON type's name, for messages.
  var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

/// A value inside a document with the JSON path that leads to it, so that every complaint
/// about it can say where it is (`$.detail.diagrams[0].cells[3].data.name`).
struct JSONNode {
  let value: JSONTree
  let path: String

  /// The member `key` (nil when absent or null).
  func member(_ key: String) -> JSONNode? {
    guard case .object(let members) = value, let found = members[key], found != .null else {
      return nil
    }
    let step = key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? ".\(key)" : "[\(key)]"
    return JSONNode(value: found, path: path + step)
  }

  /// The member `key`, which must be present.
  func required(_ key: String) throws(ImportError) -> JSONNode {
    guard let found = member(key) else { throw ImportError("missing '\(key)'", at: path) }
    return found
  }

  func object() throws(ImportError) -> JSONNode {
    guard case .object = value else { throw mismatch("an object") }
    return self
  }

  func array() throws(ImportError) -> [JSONNode] {
    guard case .array(let items) = value else { throw mismatch("an array") }
    return items.enumerated().map { JSONNode(value: $1, path: path + "[\($0)]") }
  }

  func string() throws(ImportError) -> String {
    guard case .string(let text) = value else { throw mismatch("a string") }
    return text
  }

  func number() throws(ImportError) -> Double {
    guard case .number(let number) = value, number.isFinite else { throw mismatch("a number") }
    return number
  }

  func bool() throws(ImportError) -> Bool {
    guard case .bool(let flag) = value else { throw mismatch("a boolean") }
    return flag
  }

  /// The member `key` as text when it is a string, else nil (labels sit in several places).
  func text(_ key: String) -> String? {
    if case .string(let text)? = member(key)?.value { return text }
    return nil
  }

  /// The member `key` as a boolean; absent reads as false, another type is an error.
  func flag(_ key: String) throws(ImportError) -> Bool {
    try member(key)?.bool() ?? false
  }

  private func mismatch(_ expected: String) -> ImportError {
    ImportError("expected \(expected), found \(value.typeName)", at: path)
  }
}
