/// Checks UTF-8 sequences byte by byte, without decoding a whole file.
enum UTF8Scanner {
  /// The length of the valid UTF-8 sequence at `index`, or nil when the bytes there are not UTF-8.
  static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int? {
    let lead = bytes[index]
    if lead < 0x80 { return 1 }
    let length: Int
    let minimum: UInt32
    var scalar: UInt32
    switch lead {
    case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(lead & 0x1F))
    case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(lead & 0x0F))
    case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(lead & 0x07))
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return nil }
      scalar = scalar << 6 | UInt32(byte & 0x3F)
    }
    guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
      return nil
    }
    return length
  }

  /// The number of bytes from `index` that are not valid UTF-8, up to the next valid sequence.
  static func invalidRunLength(_ bytes: [UInt8], at index: Int, limit: Int) -> Int {
    var end = index + 1
    while end < limit, bytes[end] >= 0x80, sequenceLength(bytes, at: end) == nil { end += 1 }
    return end - index
  }
}
