import DFDModel

/// Decides whether a flow is encrypted in transit, from what it states and what its protocol
/// implies in the vocabulary.
public struct FlowSecurity: Hashable, Sendable {
  /// The controls that mean the content is encrypted.
  static let encryptingControls: Set<String> = ["encrypted", "tls", "mutual-tls", "vpn"]

  public var vocabulary: Vocabulary

  public init(vocabulary: Vocabulary = Vocabulary()) {
    self.vocabulary = vocabulary
  }

  /// Whether `flow` is encrypted: it states encrypted, tls, mutual-tls or vpn, or a protocol or
  /// attribute implies one of them, and it does not state `encrypted: false`.
  public func isEncrypted(_ flow: Flow) -> Bool {
    controlList(of: flow).contains { Self.encryptingControls.contains($0) }
  }

  /// `isEncrypted(flow)`, with answers remembered in `cache`: the answer depends only on the
  /// protocol and the controls stated true or false, which make the key.
  public func isEncrypted(_ flow: Flow, cache: inout [String: Bool]) -> Bool {
    // The protocol's length first, so that no protocol text can pass for stated controls
    // (attribute names are identifiers, without control characters).
    let name = flow.protocol ?? ""
    var key = String(name.utf8.count) + ":" + name
    for attribute in flow.attributes.items {
      guard let value = attribute.value.boolValue else { continue }
      key += value ? "\u{1}" : "\u{2}"
      key += attribute.name
    }
    if let known = cache[key] { return known }
    let answer = isEncrypted(flow)
    cache[key] = answer
    return answer
  }

  /// The flow's controls: those stated true, plus everything they and the protocol imply,
  /// except those stated false.
  public func controls(of flow: Flow) -> Set<String> { Set(controlList(of: flow)) }

  /// The controls of `controls(of:)` without repeats, in the order found.
  ///
  /// A flow has a handful, so plain arrays beat hashing here (this runs once per drawn flow).
  private func controlList(of flow: Flow) -> [String] {
    var statedFalse: [String] = []
    var pending: [String] = []
    for attribute in flow.attributes.items {
      guard let value = attribute.value.boolValue else { continue }
      if value { pending.append(attribute.name) } else { statedFalse.append(attribute.name) }
    }
    if let name = flow.protocol, let definition = vocabulary.protocols[name] {
      pending += definition.implies
    }
    var controls: [String] = []
    let flowAttributes = vocabulary.attributes[.flow]
    while let name = pending.popLast() {
      guard !statedFalse.contains(name), !controls.contains(name) else { continue }
      controls.append(name)
      pending += flowAttributes?[name]?.implies ?? []
      pending += vocabulary.protocols[name]?.implies ?? []
    }
    return controls
  }
}
