/// A `Rendering` as bytes, for a layout child to hand its result to the parent through a pipe:
/// the data's length (8 bytes, little-endian), the data, a degraded flag, the flows through
/// titles and the labels crossed (4 bytes each, little-endian), then the messages, one a line
/// (Graphviz's messages are collected line by line, so none holds a newline).
enum RenderingWire {
  static func encode(_ rendering: Rendering) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(rendering.data.count + 64)
    var length = UInt64(rendering.data.count)
    for _ in 0..<8 {
      bytes.append(UInt8(length & 0xff))
      length >>= 8
    }
    bytes += rendering.data
    bytes.append(rendering.isDegraded ? 1 : 0)
    for count in [rendering.flowsThroughTitles, rendering.labelsCrossed] {
      let value = UInt32(clamping: count)
      for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(value >> shift & 0xff)) }
    }
    bytes += Array(rendering.messages.joined(separator: "\n").utf8)
    return bytes
  }

  /// The rendering `encode` wrote, or nil when the bytes are cut short.
  static func decode(_ bytes: [UInt8]) -> Rendering? {
    guard bytes.count >= 17 else { return nil }
    var length: UInt64 = 0
    for index in (0..<8).reversed() { length = length << 8 | UInt64(bytes[index]) }
    guard length <= UInt64(bytes.count - 17) else { return nil }
    let end = 8 + Int(length)
    func count(at start: Int) -> Int {
      Int((start..<start + 4).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[$1]) })
    }
    let text = String(decoding: bytes[(end + 9)...], as: UTF8.self)
    var rendering = Rendering(
      data: Array(bytes[8..<end]),
      messages: text.isEmpty ? [] : text.split(separator: "\n").map(String.init),
      isDegraded: bytes[end] == 1)
    rendering.flowsThroughTitles = count(at: end + 1)
    rendering.labelsCrossed = count(at: end + 5)
    return rendering
  }
}
