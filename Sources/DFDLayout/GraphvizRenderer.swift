internal import CGraphviz

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lays out DOT text with the Graphviz C library in process and renders SVG, PNG or PDF.
///
/// Graphviz is not thread-safe, so every call into it, from any instance, runs under one
/// process-wide lock. This is the only file that touches the C API.
public struct GraphvizRenderer: Sendable {
  public init() {}

  /// Renders `dot` as `format`; `.dot` returns the text itself without touching Graphviz.
  public func render(dot: String, as format: RenderFormat) throws(GraphvizError) -> Rendering {
    try render(dotUTF8: Array(dot.utf8), as: format)
  }

  /// Renders DOT text given as UTF-8 bytes, as `render(dot:as:)` does; `.dot` returns the
  /// bytes themselves.
  ///
  /// With a `deadline` (seconds), the layout runs in a child process that is killed when the
  /// deadline passes (`.layoutTimedOut`); a crash inside Graphviz becomes `.layoutCrashed`.
  /// `engine` is the layout engine: `dot`, or `fdp` for the force-directed fallback. With
  /// `movesText`, dot's boundary titles and flow labels are moved off the flows
  /// (`TitlePlacement`, `FlowLabelPlacement`) before drawing.
  public func render(
    dotUTF8 dot: [UInt8], as format: RenderFormat, engine: String = "dot", deadline: Double? = nil,
    movesText: Bool = true
  ) throws(GraphvizError) -> Rendering {
    if format == .dot { return Rendering(data: dot) }
    let device = format.rawValue
    return try graphvizLock.withLock { (state: inout GraphvizState) throws(GraphvizError) in
      guard let deadline else {
        return try state.render(dot: dot, device: device, engine: engine, movesText: movesText)
      }
      // Context and plugins are set up here, once, rather than in every child.
      _ = try state.prepared(device: device, engine: engine)
      let outcome = LayoutChild.run(deadline: deadline) {
        let rendering = try? state.render(
          dot: dot, device: device, engine: engine, movesText: movesText, freesGraph: false)
        return rendering.map(RenderingWire.encode)
      }
      switch outcome {
      case .finished(let bytes):
        guard let rendering = RenderingWire.decode(bytes) else {
          throw .renderFailed(format: device, messages: [])
        }
        return rendering
      case .failed:
        // Graphviz reported an error (quickly): again in process, for its messages.
        return try state.render(dot: dot, device: device, engine: engine, movesText: movesText)
      case .timedOut: throw .layoutTimedOut(seconds: deadline)
      case .crashed(let signal): throw .layoutCrashed(signal: signal)
      }
    }
  }

  /// Lays out `dot` and returns Graphviz's `json0` description of the result (node positions
  /// and cluster boxes), for writers that place shapes themselves.
  public func layoutJSON(dot: String) throws(GraphvizError) -> [UInt8] {
    let bytes = Array(dot.utf8)
    return try graphvizLock.withLock { (state: inout GraphvizState) throws(GraphvizError) in
      try state.render(dot: bytes, device: "json0", engine: "dot", movesText: false).data
    }
  }

}

/// Everything Graphviz-related that lives for the whole process.
private struct GraphvizState: ~Copyable {
  var context: OpaquePointer?
  /// The reading discipline with deterministic object ids (see shim.h), made with the context.
  var discipline: UnsafeMutablePointer<Agdisc_t>?
  var plugins: [String: Set<String>] = [:]

  /// Lays out and renders `dot`, DOT text as UTF-8 bytes (read up to a NUL, as C text is).
  ///
  /// Without `freesGraph` the graph and its layout are left for the process's exit to free: a
  /// layout child exits right after, and freeing a 1,000-element layout took 35 ms there.
  ///
  /// Text is measured by pango every time. A memo of measurements in front of pango (removed)
  /// saved 5-8 % of a 1,000-element render and nothing measurable on the samples, for a
  /// private Graphviz symbol and a hard-coded plugin path.
  mutating func render(
    dot: [UInt8], device: String, engine: String, movesText: Bool, freesGraph: Bool = true
  ) throws(GraphvizError) -> Rendering {
    let gvc = try prepared(device: device, engine: engine)
    guard let discipline else { throw .missingPlugin(kind: "layout", name: "dot") }
    capturedMessages = []
    pendingMessage = ""
    agreseterrors()
    let textLength = dot.firstIndex(of: 0) ?? dot.count
    let read = dot.withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) {
        cg_read_memory(discipline, $0.baseAddress, textLength)
      }
    }
    guard let graph = read else {
      throw .unreadableDOT(messages: takeMessages())
    }
    defer { if freesGraph { agclose(graph) } }
    var degraded = try layOut(graph, context: gvc, engine: engine)
    var placed = (flowsThroughTitles: 0, labelsCrossed: 0)
    if movesText && engine == "dot" && !degraded {
      (degraded, placed.flowsThroughTitles, placed.labelsCrossed) = try placeText(
        graph, context: gvc)
    }
    // After an error inside dot, gvFreeLayout double-frees (2.42); leaking is the safe choice.
    defer { if freesGraph && !degraded { gvFreeLayout(gvc, graph) } }
    var buffer: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    let status = gvRenderData(gvc, graph, device, &buffer, &length)
    defer { if let buffer { gvFreeRenderData(buffer) } }
    guard status == 0, let buffer else {
      throw .renderFailed(format: device, messages: takeMessages())
    }
    let data = buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
      Array(UnsafeBufferPointer(start: $0, count: Int(length)))
    }
    var rendering = Rendering(data: data, messages: takeMessages(), isDegraded: degraded)
    rendering.flowsThroughTitles = placed.flowsThroughTitles
    rendering.labelsCrossed = placed.labelsCrossed
    return rendering
  }

  /// Lays `graph` out with `engine`; throws when Graphviz fails, and returns whether it reported
  /// an error on the way (the drawing is then degraded).
  private func layOut(
    _ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer, engine: String
  ) throws(GraphvizError) -> Bool {
    if gvLayout(context, graph, engine) != 0 { throw .layoutFailed(messages: takeMessages()) }
    return agerrors() >= Int32(AGERR.rawValue)
  }

  /// The most elements (nodes) a graph may have to be laid out a second time for its titles.
  static let relayoutLimit: Int32 = 150

  /// Moves boundary titles and flow labels off the flows, laying the graph out again where that
  /// clears titles; returns whether a layout reported an error (the drawing is then degraded),
  /// how many flows still run through titles and how many labels are still crossed.
  ///
  /// Where flows still run through some titles, the graph is laid out again with those titles'
  /// strips along the other edge of their boundaries (top for bottom); then, if any of those
  /// titles is crossed by more flows than before, again with those strips put back. The layout
  /// with the fewest flows through titles, the later among equals, is drawn (laid out once
  /// more if it was not the last).
  ///
  /// Dot leaves room for a title along one edge of its boundary only, and routes the flows
  /// afterwards: in a boundary no wider than its title, a flow leaving through that edge has
  /// to cross it. The flows mostly leave a boundary through one edge, so the other is mostly
  /// free.
  ///
  /// Only graphs of up to `relayoutLimit` elements are laid out again: on the samples the
  /// second layout leaves 4 of 17 (flow, title) pairs, counting flows within 3 points, for
  /// about 15 ms each; on a generated 300-element model it took 1.8 s to 3.1-4.2 s and left
  /// its three crossed titles crossed.
  private func placeText(
    _ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer
  ) throws(GraphvizError) -> (degraded: Bool, flowsThroughTitles: Int, labelsCrossed: Int) {
    let first = Self.placeTitles(graph)
    guard !first.crossed.isEmpty, agnnodes(graph) <= Self.relayoutLimit else {
      return (false, first.flowsThroughTitles, Self.placeLabels(first))
    }
    var pass = first
    // The clusters whose title strip is on the other edge than the DOT text says.
    var flipped = Set<UnsafeMutablePointer<Agraph_t>>()
    var best = (flipped: flipped, flows: first.flowsThroughTitles)
    func layout(flipping target: Set<UnsafeMutablePointer<Agraph_t>>) throws(GraphvizError)
      -> Bool
    {
      for cluster in flipped.symmetricDifference(target) { cg_flip_title_strip(cluster) }
      flipped = target
      gvFreeLayout(context, graph)
      if try layOut(graph, context: context, engine: "dot") { return true }
      pass = Self.placeTitles(graph)
      if pass.flowsThroughTitles <= best.flows { best = (flipped, pass.flowsThroughTitles) }
      return false
    }
    let failed = (degraded: true, flowsThroughTitles: 0, labelsCrossed: 0)
    if try layout(flipping: Set(first.crossed)) { return failed }
    let worse = flipped.filter { pass.flows(through: $0) > first.flows(through: $0) }
    let kept = flipped.subtracting(worse)
    if !worse.isEmpty {
      if !kept.isEmpty {
        if try layout(flipping: kept) { return failed }
      } else if first.flowsThroughTitles <= best.flows {
        // That layout would be the first again, already counted (the later among equals).
        best = (kept, first.flowsThroughTitles)
      }
    }
    if flipped != best.flipped, try layout(flipping: best.flipped) { return failed }
    return (false, pass.flowsThroughTitles, Self.placeLabels(pass))
  }

  /// A laid-out graph read (`LaidOutGeometry`), its flows set apart and its titles placed, with
  /// the Graphviz objects to write the new places back to.
  private struct TitlesPlaced {
    var geometry = LaidOutGeometry()
    var clusters: [UnsafeMutablePointer<Agraph_t>] = []
    var titles: [UnsafeMutablePointer<textlabel_t>?] = []
    var labels: [UnsafeMutablePointer<textlabel_t>?] = []
    /// How many flows still run through each cluster's title (`TitlePlacement.place`).
    var crossings: [Int] = []

    var crossed: [UnsafeMutablePointer<Agraph_t>] {
      zip(clusters, crossings).filter { $0.1 > 0 }.map(\.0)
    }
    var flowsThroughTitles: Int { crossings.reduce(0, +) }

    func flows(through cluster: UnsafeMutablePointer<Agraph_t>) -> Int {
      clusters.firstIndex(of: cluster).map { crossings[$0] } ?? 0
    }
  }

  /// Reads where dot put things, sets apart flows drawn as one (`FlowSeparation`, moved in the
  /// graph at once) and places the titles (`TitlePlacement`), not yet written back.
  private static func placeTitles(_ graph: UnsafeMutablePointer<Agraph_t>) -> TitlesPlaced {
    var pass = TitlesPlaced()
    var curves: [UnsafeMutablePointer<splines>] = []
    func collect(_ parent: UnsafeMutablePointer<Agraph_t>) {
      let count = cg_cluster_count(parent)
      guard count > 0 else { return }
      for index in 1...count {
        guard let cluster = cg_cluster(parent, index) else { continue }
        let box = cg_graph_box(cluster)
        let title = cg_graph_label(cluster).flatMap { $0.pointee.set != 0 ? $0 : nil }
        pass.clusters.append(cluster)
        pass.titles.append(title)
        pass.geometry.boundaries.append(
          .init(
            outline: .init(minX: box.LL.x, minY: box.LL.y, maxX: box.UR.x, maxY: box.UR.y),
            title: title.map { rect($0.pointee) }))
        collect(cluster)
      }
    }
    collect(graph)
    let frame = cg_graph_box(graph)
    pass.geometry.frame = .init(
      minX: frame.LL.x, minY: frame.LL.y, maxX: frame.UR.x, maxY: frame.UR.y)
    pass.geometry.heading = cg_graph_label(graph).flatMap {
      $0.pointee.set != 0 ? rect($0.pointee) : nil
    }
    var node = agfstnode(graph)
    while let current = node {
      let size = cg_node_size(current)
      pass.geometry.elements.append(
        .init(
          centre: point(cg_node_centre(current)), width: size.x, height: size.y))
      var edge = agfstout(graph, current)
      while let out = edge {
        let label = cg_edge_xlabel(out).flatMap { $0.pointee.set != 0 ? $0 : nil }
        if let splines = cg_edge_splines(out) {
          pass.labels.append(label)
          curves.append(splines)
          // An edge is one curve (several only where dot merges edges, which it is not asked to).
          let line = lines(splines.pointee).flatMap { $0 }
          pass.geometry.flows.append(.init(line: line, label: label.map { rect($0.pointee) }))
        }
        edge = agnxtout(graph, out)
      }
      node = agnxtnode(graph, current)
    }
    for (flow, shift) in FlowSeparation.separate(&pass.geometry) {
      move(curves[flow].pointee, by: shift)
    }
    pass.crossings = TitlePlacement.place(&pass.geometry)
    return pass
  }

  /// Places the flow labels (`FlowLabelPlacement`) and writes the titles' and labels' new
  /// places back into the graph; returns how many labels are still crossed.
  private static func placeLabels(_ pass: TitlesPlaced) -> Int {
    var geometry = pass.geometry
    let crossed = FlowLabelPlacement.place(&geometry)
    for (title, boundary) in zip(pass.titles, geometry.boundaries) {
      if let title, let box = boundary.title { title.pointee.pos = pointf(box.centre) }
    }
    for (label, flow) in zip(pass.labels, geometry.flows) {
      if let label, let box = flow.label { label.pointee.pos = pointf(box.centre) }
    }
    return crossed
  }

  /// Moves every point of an edge's curves, arrowhead ends included, by `shift`.
  private static func move(_ splines: splines, by shift: LaidOutGeometry.Point) {
    func moved(_ point: CGraphviz.pointf) -> CGraphviz.pointf {
      CGraphviz.pointf(x: point.x + shift.x, y: point.y + shift.y)
    }
    for index in 0..<Int(splines.size) {
      let curve = splines.list + index
      for point in 0..<Int(curve.pointee.size) {
        curve.pointee.list[point] = moved(curve.pointee.list[point])
      }
      curve.pointee.sp = moved(curve.pointee.sp)
      curve.pointee.ep = moved(curve.pointee.ep)
    }
  }

  private static func point(_ point: pointf) -> LaidOutGeometry.Point {
    .init(x: point.x, y: point.y)
  }

  private static func pointf(_ point: LaidOutGeometry.Point) -> CGraphviz.pointf {
    CGraphviz.pointf(x: point.x, y: point.y)
  }

  private static func rect(_ label: textlabel_t) -> LaidOutGeometry.Rect {
    .init(centre: point(label.pos), width: label.dimen.x, height: label.dimen.y)
  }

  /// An edge's curves as lines: each cubic piece sampled eight times, arrowheads included.
  private static func lines(_ splines: splines) -> [[LaidOutGeometry.Point]] {
    (0..<Int(splines.size)).map { index in
      let curve = splines.list[index]
      let points = (0..<Int(curve.size)).map { point(curve.list[$0]) }
      var line: [LaidOutGeometry.Point] = []
      if curve.sflag != 0 { line.append(point(curve.sp)) }
      if let first = points.first { line.append(first) }
      for start in stride(from: 0, to: points.count - 3, by: 3) {
        let (p0, p1, p2, p3) = (
          points[start], points[start + 1], points[start + 2], points[start + 3]
        )
        for step in 1...8 {
          let t = Double(step) / 8
          let u = 1 - t
          let (a, b, c, d) = (u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t)
          line.append(
            .init(
              x: a * p0.x + b * p1.x + c * p2.x + d * p3.x,
              y: a * p0.y + b * p1.y + c * p2.y + d * p3.y))
        }
      }
      if curve.eflag != 0 { line.append(point(curve.ep)) }
      return line
    }
  }

  /// The context, created on first use, after checking that layout `engine` and `device` exist.
  mutating func prepared(device: String, engine: String) throws(GraphvizError) -> OpaquePointer {
    let gvc: OpaquePointer
    if let context {
      gvc = context
    } else {
      _ = agseterrf(collectMessage)
      guard let created = gvContext() else {
        throw .missingPlugin(kind: "layout", name: "dot")
      }
      context = created
      discipline = cg_make_disc()
      gvc = created
      plugins["layout"] = Self.pluginNames(gvc, kind: "layout")
      plugins["device"] = Self.pluginNames(gvc, kind: "device")
    }
    if plugins["layout"]?.contains(engine) != true {
      throw .missingPlugin(kind: "layout", name: engine)
    }
    if plugins["device"]?.contains(device) != true {
      throw .missingPlugin(kind: "device", name: device)
    }
    return gvc
  }

  /// The plugin names of `kind` (without their `:package` suffix).
  private static func pluginNames(_ gvc: OpaquePointer, kind: String) -> Set<String> {
    var count: Int32 = 0
    guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
    defer { free(list) }
    var names = Set<String>()
    for index in 0..<Int(count) {
      guard let entry = list[index] else { continue }
      let name = String(cString: entry)
      names.insert(String(name.split(separator: ":").first ?? Substring(name)))
      free(entry)
    }
    return names
  }

  private func takeMessages() -> [String] {
    var messages = capturedMessages
    if !pendingMessage.isEmpty { messages.append(pendingMessage) }
    capturedMessages = []
    pendingMessage = ""
    return messages
  }
}

private let graphvizLock = PthreadLock(GraphvizState())

// Graphviz reports messages through a C callback that cannot capture context. These buffers
// are only read or written while `graphvizLock` is held.
nonisolated(unsafe) private var capturedMessages: [String] = []
nonisolated(unsafe) private var pendingMessage = ""

/// Receives Graphviz's messages in pieces (`"Error"`, `": "`, text) and keeps whole lines.
private func collectMessage(_ piece: UnsafeMutablePointer<CChar>?) -> Int32 {
  guard let piece else { return 0 }
  let text = String(cString: piece)
  for character in text {
    if character == "\n" {
      let line = pendingMessage.trimmingSpaces()
      if !line.isEmpty { capturedMessages.append(line) }
      pendingMessage = ""
    } else {
      pendingMessage.append(character)
    }
  }
  return 0
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    var slice = Substring(self)
    while slice.first?.isWhitespace == true { slice.removeFirst() }
    while slice.last?.isWhitespace == true { slice.removeLast() }
    return String(slice)
  }
}
