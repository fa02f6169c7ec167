import DFDModel

extension Resolver {
  /// One direction of a flow statement whose ends are known elements.
  struct Half {
    var pending: Int
    var source: String
    var target: String
    var direction: Flow.Direction
  }

  /// The second pass: checks each flow's ends, gives every flow its identifier and adds it.
  mutating func resolveFlows() {
    var halves: [Half] = []
    var unnamedPerPair: [String: Int] = [:]
    for (index, pending) in pendingFlows.enumerated() {
      let syntax = pending.syntax
      let sourceOK = checkEndpoint(syntax.source, file: pending.file)
      let targetOK = checkEndpoint(syntax.target, file: pending.file)
      guard sourceOK, targetOK else { continue }
      let (a, b) = (syntax.source.text, syntax.target.text)
      if syntax.isTwoWay {
        halves.append(Half(pending: index, source: a, target: b, direction: .forward))
        halves.append(Half(pending: index, source: b, target: a, direction: .reverse))
      } else {
        halves.append(Half(pending: index, source: a, target: b, direction: .oneWay))
      }
      if syntax.name == nil {
        unnamedPerPair[a + "->" + b, default: 0] += 1
        if syntax.isTwoWay { unnamedPerPair[b + "->" + a, default: 0] += 1 }
      }
    }
    var generated: [String: SourceRange] = [:]
    var reported = Set<Int>()
    var ids: [String?] = []
    for half in halves {
      ids.append(identifier(of: half, unnamedPerPair, &generated, &reported))
    }
    var cached: (pending: Int, attributes: Attributes)?
    for (offset, half) in halves.enumerated() {
      guard let id = ids[offset] else { continue }
      let pending = pendingFlows[half.pending]
      if cached?.pending != half.pending {
        let values = attributes(pending.syntax.attributes, scope: .flow, category: nil, file: pending.file)
        cached = (half.pending, values)
      }
      var pair: String?
      if half.direction == .forward, offset + 1 < ids.count { pair = ids[offset + 1] }
      if half.direction == .reverse, offset > 0 { pair = ids[offset - 1] }
      addFlow(id: id, half: half, pair: pair, attributes: cached?.attributes ?? [:], pending)
    }
  }

  mutating func addFlow(
    id: String, half: Half, pair: String?, attributes values: Attributes, _ pending: PendingFlow
  ) {
    let syntax = pending.syntax
    let here = range(syntax.range, pending.file)
    sourceMap.declarations[id] = location(here)
    flows.append(
      Flow(
        id: id, source: half.source, target: half.target, label: syntax.label?.value,
        attributes: values, direction: half.direction, pair: pair))
    connected.insert(half.source)
    connected.insert(half.target)
    if half.direction != .reverse {
      if half.source == half.target {
        diagnostics.append(.selfFlow(half.source, at: here))
      }
      checkStoreLink(half.source, half.target, at: here)
    }
  }

  /// The identifier of one half: its name, `a->b`, or `a->b:slug`; nil (reported) if ambiguous.
  mutating func identifier(
    of half: Half, _ unnamedPerPair: [String: Int], _ generated: inout [String: SourceRange],
    _ reported: inout Set<Int>
  ) -> String? {
    let pending = pendingFlows[half.pending]
    let syntax = pending.syntax
    if let name = syntax.name {
      let id = half.direction == .reverse ? name.text + "-reverse" : name.text
      return declarations[id]?.range == range(name.range, pending.file) ? id : nil
    }
    let pairID = half.source + "->" + half.target
    let count = unnamedPerPair[pairID, default: 0]
    if count <= 1 { return pairID }
    let here = range(syntax.range, pending.file)
    let slug = Slug.make(syntax.label?.value ?? "")
    guard !slug.isEmpty else {
      if reported.insert(half.pending).inserted {
        diagnostics.append(.unnamedFlowNeedsName(pairID, count: count, at: here))
      }
      return nil
    }
    let id = pairID + ":" + slug
    if let first = generated[id] {
      if reported.insert(half.pending).inserted {
        diagnostics.append(.ambiguousFlow(id, at: here, first: first))
      }
      return nil
    }
    generated[id] = here
    return id
  }

  /// Whether a flow end names an element; reports it when it does not.
  mutating func checkEndpoint(_ name: IdentifierSyntax, file: String) -> Bool {
    let here = range(name.range, file)
    switch declarations[name.text]?.what {
    case .element: return true
    case .brokenElement: return false
    case .boundary, .data, .flow:
      let what = describe(declarations[name.text]?.what ?? .flow)
      diagnostics.append(.flowEndNotElement(name.text, what: what, at: here))
      return false
    case nil:
      let candidates = elements.lazy.map(\.id)
      let suggestion = Suggestion.closest(to: name.text, in: candidates)
      diagnostics.append(
        .unknownElement(
          name.text, at: here, suggestion: suggestion.flatMap { s in declarations[s].map { (s, $0.range) } }))
      return false
    }
  }
}
