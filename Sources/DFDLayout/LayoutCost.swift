import DFDModel

/// How much work dot's layout of a diagram will be, estimated from the diagram's shape.
///
/// dot's time goes into the "virtual nodes" it puts on every rank a flow spans: a flat model of
/// 100 elements and 1,000 flows ranks about 100 deep, so its flows span tens of thousands of
/// ranks and layout ran past 120 s, while the same flows between a few nested boundaries took
/// under 1 s. The estimate ranks the diagram's top-level units (outermost boundaries and loose
/// elements) by longest path, as dot does once cycles are broken, and adds up the spans.
public struct LayoutCost: Hashable, Sendable {
  public var elements: Int
  public var flows: Int
  /// Flows with a label (each label is a table dot measures and places).
  public var labelled: Int
  /// The deepest nesting of boundaries.
  public var clusterDepth: Int
  /// The estimated number of ranks the flows cross in all: dot's virtual nodes.
  public var spans: Int

  // Measured on the project machine (2 cores, Graphviz 2.42, debug build, whole `render` to
  // SVG), spans as estimated here:
  //   samples (24-27 elements, 31-41 flows):          spans 58-126,  full 0.1-0.3 s
  //   100 elements, 1,000 flows, boundaries 3 deep:   spans 2,739,   full 0.9 s
  //   100 elements, 1,000 flows, 10 flat boundaries:  spans 3,326,   full 1.8 s
  //   300 elements, 901 flows (generate-model.py):    spans 2,648,   full 2.7 s
  //   1,000 elements, 3,002 flows (generate-model):   spans 13,697,  fast 5.8 s
  //   100 elements, 1,000 flows, no boundaries:       spans 29,999,  full > 120 s, fast > 20 s,
  //                                                   unranked 0.3 s (dot alone)

  /// Below these a layout takes well under a second: it runs in process, with no deadline.
  static let smallSpans = 500, smallFlows = 200, smallElements = 200
  /// From these the fast preset is suggested (elements: the old rule, kept).
  static let fastSpans = 4_000, fastElements = 500
  /// From this, with flows that also span many ranks each, fast dot would not finish: unranked.
  ///
  /// Many short flows stay fast: the 2,000-element generated model (spans 65,968, 11 a flow)
  /// took 20.8 s fast, and dot 2.42 aborted on its boundaries when unranked.
  static let unrankedSpans = 20_000, unrankedAverage = 20

  /// Whether the layout is certainly quick, so runs in process without a deadline.
  public var isSmall: Bool {
    spans < Self.smallSpans && flows < Self.smallFlows && elements < Self.smallElements
  }

  /// The preset the cost suggests: full effort while it is affordable, then fast, then unranked.
  public var preset: LayoutPreset {
    if spans >= Self.unrankedSpans, spans >= Self.unrankedAverage * max(1, flows) {
      return .unranked
    }
    if spans >= Self.fastSpans || elements >= Self.fastElements { return .fast }
    return .full
  }

  public init(_ diagram: Diagram) {
    elements = diagram.elements.count
    let drawn = diagram.drawnFlows
    flows = drawn.count
    labelled = drawn.filter { $0.label != nil }.count
    var depth: [String: Int] = [:]
    var outermost: [String: String] = [:]
    for boundary in diagram.boundaries {
      var chain = [boundary.id]
      var seen: Set<String> = [boundary.id]
      while let parent = diagram.boundary(chain[chain.count - 1])?.parent,
        seen.insert(parent).inserted
      {
        chain.append(parent)
      }
      depth[boundary.id] = chain.count
      outermost[boundary.id] = chain[chain.count - 1]
    }
    clusterDepth = depth.values.max() ?? 0
    var unitOf: [String: Int] = [:]
    var units: [String: Int] = [:]
    for element in diagram.elements {
      let key = element.boundary.flatMap { outermost[$0] }.map { "b:" + $0 } ?? "e:" + element.id
      if units[key] == nil { units[key] = units.count }
      unitOf[element.id] = units[key]
    }
    var edges: [(Int, Int)] = []
    var inside = 0
    for flow in drawn {
      guard let source = unitOf[flow.source], let target = unitOf[flow.target] else { continue }
      if source == target { inside += 1 } else { edges.append((source, target)) }
    }
    let rank = Self.longestPathRanks(count: units.count, edges: edges)
    spans = edges.reduce(inside * max(1, clusterDepth)) { $0 + abs(rank[$1.1] - rank[$1.0]) }
  }

  /// Ranks by longest path from the sources, after dropping the edges a depth-first search
  /// finds closing a cycle (dot reverses those).
  static func longestPathRanks(count: Int, edges: [(Int, Int)]) -> [Int] {
    var outgoing = [[Int]](repeating: [], count: count)
    for (source, target) in edges { outgoing[source].append(target) }
    // Iterative depth-first search: 0 unseen, 1 on the stack, 2 done; post-order is reversed
    // into a topological order of the edges that do not close a cycle.
    var state = [UInt8](repeating: 0, count: count)
    var order: [Int] = []
    var kept = [[Int]](repeating: [], count: count)
    for root in 0..<count where state[root] == 0 {
      var stack: [(node: Int, next: Int)] = [(root, 0)]
      state[root] = 1
      while let top = stack.last {
        if top.next < outgoing[top.node].count {
          stack[stack.count - 1].next += 1
          let target = outgoing[top.node][top.next]
          if state[target] == 1 { continue }  // closes a cycle
          kept[top.node].append(target)
          if state[target] == 0 {
            state[target] = 1
            stack.append((target, 0))
          }
        } else {
          state[top.node] = 2
          order.append(top.node)
          stack.removeLast()
        }
      }
    }
    var rank = [Int](repeating: 0, count: count)
    for node in order.reversed() {
      for target in kept[node] { rank[target] = max(rank[target], rank[node] + 1) }
    }
    return rank
  }
}
