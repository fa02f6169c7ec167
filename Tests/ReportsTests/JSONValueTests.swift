import Foundation
import Testing

@testable import Reports

@Suite struct JSONValueTests {
  @Test func jsonValueRoundTripsThroughFoundation() throws {
    let value = JSONValue.object([
      ("text", .string("<b>\u{2028}\"")), ("n", .integer(3)),
      ("list", .array([.bool(true), .null])),
      ("empty", .object([])),
    ])
    let data = Data(value.text().utf8)
    let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(parsed["text"] as? String == "<b>\u{2028}\"")
    #expect(parsed["n"] as? Int == 3)
  }
}
