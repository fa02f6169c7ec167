import DFDModel

extension ModelIndex {
  /// The id of a subject.
  func id(of subject: Subject) -> String {
    switch subject.target {
    case .element: return diagram.elements[subject.index].id
    case .boundary: return diagram.boundaries[subject.index].id
    case .flow: return diagram.flows[subject.index].id
    }
  }

  /// The id of a subject and a phrase naming it for a description.
  func name(of subject: Subject) -> (id: String, phrase: String) {
    switch subject.target {
    case .element:
      let index = subject.index
      let kind = kindPhrases[elementKindPositions[index]]
      let phrase = Self.joined(kind, " '", diagram.elements[index].displayName, "'")
      return (diagram.elements[index].id, phrase)
    case .boundary:
      let boundary = diagram.boundaries[subject.index]
      return (boundary.id, Self.joined("Boundary '", boundary.displayName, "'"))
    case .flow:
      let index = subject.index
      let source =
        flows[index].source.map { diagram.elements[$0].displayName } ?? diagram.flows[index].source
      let target =
        flows[index].target.map { diagram.elements[$0].displayName } ?? diagram.flows[index].target
      let phrase: String
      if let label = diagram.flows[index].label {
        phrase = Self.joined("Flow '", label, "' from '", source, "' to '", target, "'")
      } else {
        phrase = Self.joined("Flow from '", source, "' to '", target, "'")
      }
      return (diagram.flows[index].id, phrase)
    }
  }

  /// The texts one after another, copied once into a string of the right size.
  ///
  /// Appending to a string costs a few hundred instructions a part whatever its length;
  /// copying bytes costs a few, and this runs once per subject and once per finding.
  static func joined(_ parts: String...) -> String { joined(parts) }

  /// `first` then `second`, as `joined(_:)` makes them, without an array for the parts.
  static func joined(_ first: String, _ second: String) -> String {
    let count = first.utf8.count + second.utf8.count
    return String(unsafeUninitializedCapacity: count) { buffer in
      copy(second, into: buffer, at: copy(first, into: buffer, at: 0))
    }
  }

  private static func joined(_ parts: [String]) -> String {
    let count = parts.reduce(0) { $0 + $1.utf8.count }
    return String(unsafeUninitializedCapacity: count) { buffer in
      parts.reduce(0) { copy($1, into: buffer, at: $0) }
    }
  }

  /// Copies the UTF-8 of `text` into `buffer` from `offset`; returns the offset after it.
  private static func copy(
    _ text: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int
  ) -> Int {
    let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
      guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return 0 }
      (target + offset).initialize(from: source, count: bytes.count)
      return bytes.count
    }
    if let copied { return offset + copied }
    var end = offset
    for byte in text.utf8 {
      buffer[end] = byte
      end += 1
    }
    return end
  }
}

extension String {
  var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
