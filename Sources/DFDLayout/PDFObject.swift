/// Reading and rewriting the few parts of a PDF object that `PDFJoiner` needs, on bytes.
enum PDFObject {
  /// The object offsets (in-use entries), where the table starts, and the catalog's number.
  struct CrossReference {
    var offsets: [Int: Int] = [:]
    var start = 0
    var root: Int?
  }

  /// The cross-reference table found through the last `startxref`, or nil.
  static func crossReference(_ pdf: [UInt8]) -> CrossReference? {
    guard let marker = lastIndex(of: "startxref", in: pdf[...]) else { return nil }
    var scanner = Scanner(bytes: pdf[...], index: marker + 9)
    guard let start = scanner.integer(), start < pdf.count else { return nil }
    scanner.index = start
    guard scanner.word() == "xref" else { return nil }
    var table = CrossReference(start: start)
    while true {
      let mark = scanner.index
      if scanner.word() == "trailer" { break }
      scanner.index = mark
      guard let first = scanner.integer(), let count = scanner.integer(), count < 1_000_000 else {
        return nil
      }
      for number in first..<(first + count) {
        guard let offset = scanner.integer(), scanner.integer() != nil else { return nil }
        let kind = scanner.word()
        if kind == "n", number > 0 {
          table.offsets[number] = offset
        } else if kind != "f" {
          return nil
        }
      }
    }
    table.root = reference(after: "/Root", in: Array(pdf[scanner.index...]))
    return table
  }

  /// The bytes between `N G obj` and the last `endobj` of `slice`, or nil.
  static func body(_ slice: ArraySlice<UInt8>, number: Int) -> ArraySlice<UInt8>? {
    var scanner = Scanner(bytes: slice, index: slice.startIndex)
    guard scanner.integer() == number, scanner.integer() != nil, scanner.word() == "obj",
      let end = lastIndex(of: "endobj", in: slice), end >= scanner.index
    else { return nil }
    return slice[scanner.index..<end]
  }

  /// An object's body split before its `stream` keyword (the tail is empty without a stream).
  static func split(_ body: ArraySlice<UInt8>) -> (head: [UInt8], tail: [UInt8]) {
    let keyword = Array("stream".utf8)
    var index = body.startIndex
    while index + keyword.count < body.endIndex {
      if body[index..<(index + keyword.count)].elementsEqual(keyword),
        index > body.startIndex, isSpace(body[index - 1]) || body[index - 1] == UInt8(ascii: ">"),
        body[index + keyword.count] == 10 || body[index + keyword.count] == 13
      {
        return (Array(body[..<index]), Array(body[index...]))
      }
      index += 1
    }
    return (Array(body), [])
  }

  /// `head` with every reference `a g R` outside strings turned into `a+shift g R`.
  static func shiftingReferences(_ head: [UInt8], by shift: Int) -> [UInt8] {
    var result: [UInt8] = []
    var index = 0
    while index < head.count {
      let byte = head[index]
      if byte == UInt8(ascii: "(") {
        let end = stringEnd(head, from: index)
        result += head[index..<end]
        index = end
        continue
      }
      if isDigit(byte), index == 0 || !isRegular(head[index - 1]),
        let (number, generation, end) = referenceAt(head, index)
      {
        result += Array("\(number + shift) \(generation) R".utf8)
        index = end
        continue
      }
      result.append(byte)
      index += 1
    }
    return result
  }

  /// `text` with `insertion` right after its first `<<`.
  static func inserting(_ insertion: String, afterOpening text: [UInt8]) -> [UInt8] {
    guard let open = firstIndex(of: "<<", in: text) else { return text }
    return Array(text[..<(open + 2)]) + Array((" " + insertion).utf8) + Array(text[(open + 2)...])
  }

  /// The object number of the reference that follows `key`, or nil.
  static func reference(after key: String, in text: [UInt8]) -> Int? {
    for start in occurrences(of: key, in: text) {
      var index = start + key.utf8.count
      while index < text.count, isSpace(text[index]) { index += 1 }
      if let (number, _, _) = referenceAt(text, index) { return number }
    }
    return nil
  }

  /// Where the inside of the array (`[ … ]`) that follows the first `key` lies, or nil.
  private static func arrayContents(after key: String, in text: [UInt8]) -> Range<Int>? {
    guard let start = occurrences(of: key, in: text).first,
      let open = text[start...].firstIndex(of: UInt8(ascii: "[")),
      let close = text[open...].firstIndex(of: UInt8(ascii: "]"))
    else { return nil }
    return (open + 1)..<close
  }

  /// The object numbers in the array of references that follows `key`, or nil.
  static func references(after key: String, in text: [UInt8]) -> [Int]? {
    guard let contents = arrayContents(after: key, in: text) else { return nil }
    var numbers: [Int] = []
    var index = contents.lowerBound
    while index < contents.upperBound {
      if let (number, _, end) = referenceAt(text, index) {
        numbers.append(number)
        index = end
      } else {
        index += 1
      }
    }
    return numbers
  }

  /// The numbers in the array that follows `key`, or nil.
  static func numbers(after key: String, in text: [UInt8]) -> [Double]? {
    guard let contents = arrayContents(after: key, in: text) else { return nil }
    let words = String(decoding: text[contents], as: UTF8.self)
      .split { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
    let values = words.compactMap { Double($0) }
    return values.count == words.count ? values : nil
  }

  /// `text` with `key` and its value (an array or a reference) replaced by `replacement`.
  static func replacing(_ key: String, with replacement: String, in text: [UInt8]) -> [UInt8] {
    guard let start = occurrences(of: key, in: text).first else { return text }
    var index = start + key.utf8.count
    while index < text.count, isSpace(text[index]) { index += 1 }
    var end = index
    if index < text.count, text[index] == UInt8(ascii: "[") {
      end = (text[index...].firstIndex(of: UInt8(ascii: "]")) ?? (text.count - 1)) + 1
    } else if let (_, _, after) = referenceAt(text, index) {
      end = after
    } else {
      return text
    }
    return Array(text[..<start]) + Array(replacement.utf8) + Array(text[end...])
  }

  /// A number as PDF writes it: fixed point, at most three decimals.
  static func real(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let sign = thousandths < 0 ? "-" : ""
    let whole = abs(thousandths) / 1000
    let fraction = abs(thousandths) % 1000
    if fraction == 0 { return sign + String(whole) }
    var digits = String(fraction)
    while digits.count < 3 { digits = "0" + digits }
    while digits.hasSuffix("0") { digits.removeLast() }
    return sign + String(whole) + "." + digits
  }
}
