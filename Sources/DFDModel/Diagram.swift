/// A whole threat model: elements, trust boundaries, flows, data assets and triage.
///
/// Collections keep declaration order; lookups by identifier go through indexes built once.
public struct Diagram: Hashable, Sendable {
  public var info: ModelInfo
  public private(set) var elements: [Element]
  public private(set) var boundaries: [TrustBoundary]
  public private(set) var flows: [Flow]
  public private(set) var data: [DataAsset]
  public var triage: [Triage]

  private var elementIndex: [String: Int] = [:]
  private var boundaryIndex: [String: Int] = [:]
  private var flowIndex: [String: Int] = [:]
  private var dataIndex: [String: Int] = [:]

  public init(
    info: ModelInfo = ModelInfo(), elements: [Element] = [], boundaries: [TrustBoundary] = [],
    flows: [Flow] = [], data: [DataAsset] = [], triage: [Triage] = []
  ) {
    self.info = info
    self.elements = elements
    self.boundaries = boundaries
    self.flows = flows
    self.data = data
    self.triage = triage
    elementIndex = Self.index(elements)
    boundaryIndex = Self.index(boundaries)
    flowIndex = Self.index(flows)
    dataIndex = Self.index(data)
  }

  public func element(_ id: String) -> Element? { elementIndex[id].map { elements[$0] } }
  public func boundary(_ id: String) -> TrustBoundary? { boundaryIndex[id].map { boundaries[$0] } }
  public func flow(_ id: String) -> Flow? { flowIndex[id].map { flows[$0] } }
  public func dataAsset(_ id: String) -> DataAsset? { dataIndex[id].map { data[$0] } }

  public mutating func add(_ element: Element) {
    elementIndex[element.id] = elements.count
    elements.append(element)
  }

  public mutating func add(_ boundary: TrustBoundary) {
    boundaryIndex[boundary.id] = boundaries.count
    boundaries.append(boundary)
  }

  public mutating func add(_ flow: Flow) {
    flowIndex[flow.id] = flows.count
    flows.append(flow)
  }

  public mutating func add(_ asset: DataAsset) {
    dataIndex[asset.id] = data.count
    data.append(asset)
  }

  /// The flows a diagram draws: one-way flows and the forward half of each two-way flow.
  public var drawnFlows: [Flow] { flows.filter { $0.direction != .reverse } }

  private static func index<T: Identifiable>(_ items: [T]) -> [String: Int] where T.ID == String {
    var index: [String: Int] = [:]
    index.reserveCapacity(items.count)
    for (offset, item) in items.enumerated() {
      // One hash per item; on a repeated identifier, the first one stays.
      if let first = index.updateValue(offset, forKey: item.id) { index[item.id] = first }
    }
    return index
  }

  public static func == (lhs: Diagram, rhs: Diagram) -> Bool {
    lhs.info == rhs.info && lhs.elements == rhs.elements && lhs.boundaries == rhs.boundaries
      && lhs.flows == rhs.flows && lhs.data == rhs.data && lhs.triage == rhs.triage
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(info)
    hasher.combine(elements)
    hasher.combine(boundaries)
    hasher.combine(flows)
    hasher.combine(data)
    hasher.combine(triage)
  }
}
