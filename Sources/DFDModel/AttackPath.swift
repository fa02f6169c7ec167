/// The shortest chain of flows from an entry point to safety-critical equipment: what an
/// attacker who gets in there would follow.
public struct AttackPath: Hashable, Sendable {
  /// Where the path starts.
  public enum Entry: String, Hashable, Sendable, CaseIterable {
    /// An element reachable from the internet.
    case internet
    /// A supplier or contractor.
    case supplier
  }

  public var entry: Entry
  /// The element ids from the entry point to the safety-critical element.
  public var elements: [String]
  /// The ids of the flows between them.
  public var flows: [String]

  public init(entry: Entry, elements: [String], flows: [String]) {
    self.entry = entry
    self.elements = elements
    self.flows = flows
  }
}
