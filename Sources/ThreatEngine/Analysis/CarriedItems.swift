import DFDModel

/// The data items each flow carries, as dense ids (`DataTable`), in one shared array.
struct CarriedItems {
  /// Per flow: where its items start in `items`; one more entry than flows.
  var starts: [Int]
  var items: [Int]

  subscript(flow: Int) -> ArraySlice<Int> { items[starts[flow]..<starts[flow + 1]] }
}

extension ModelIndex {
  /// The most gateways in a row that device data is followed through.
  static let gatewayHops = 4

  /// Per flow: whether it brings device data to its first consumer.
  ///
  /// A flow from a device does; so does a flow from a gateway carrying an item the gateway received from a device (through
  /// at most `gatewayHops` gateways). What the first consumer passes on is its own output.
  func fieldData(_ carried: CarriedItems) -> [Bool] {
    var forwarded = [Set<Int>](repeating: [], count: elements.count)
    for _ in 0..<Self.gatewayHops {
      var changed = false
      for flow in flows.indices {
        guard let source = flows[flow].source, let target = flows[flow].target,
          traits(of: target).isGateway
        else { continue }
        let fromDevice = traits(of: source).isDevice
        for item in carried[flow] where fromDevice || forwarded[source].contains(item) {
          changed = forwarded[target].insert(item).inserted || changed
        }
      }
      if !changed { break }
    }
    return flows.indices.map { flow in
      guard let source = flows[flow].source else { return false }
      if traits(of: source).isDevice { return true }
      return carried[flow].contains { forwarded[source].contains($0) }
    }
  }

  /// Per flow: whether it carries card data: an item that an element stating `payments` sends
  /// to an external party (the payment provider).
  func cardData(_ carried: CarriedItems) -> [Bool] {
    var card = Set<Int>()
    for flow in flows.indices {
      guard let source = flows[flow].source, let target = flows[flow].target,
        traits(of: target).isExternal,
        diagram.elements[source].attributes.bool("payments") == true
      else { continue }
      card.formUnion(carried[flow])
    }
    return flows.indices.map { flow in carried[flow].contains { card.contains($0) } }
  }
}
