import DFDModel
import Diagnostics

extension Resolver {
  /// The ends of a flow, as indexes into `elements`.
  struct Ends: Hashable {
    var source: Int
    var target: Int

    var reversed: Ends { Ends(source: target, target: source) }
  }

  /// The second pass: checks each flow's ends, gives every flow its identifier and adds it.
  mutating func resolveFlows() {
    connected = Array(repeating: false, count: elements.count)
    flows.reserveCapacity(pendingFlows.count * 2)
    var ends: [Ends?] = []
    ends.reserveCapacity(pendingFlows.count)
    var unnamedPerPair: [Ends: Int] = [:]
    for pending in pendingFlows {
      let source = endpoint(pending.syntax.source, file: pending.file)
      let target = endpoint(pending.syntax.target, file: pending.file)
      guard let source, let target else {
        // A flow dropped by an error still counts for the end that is known, so that no false
        // "has no flows" warning follows the error.
        for end in [source, target] { if let end { connected[end] = true } }
        ends.append(nil)
        continue
      }
      let pair = Ends(source: source, target: target)
      ends.append(pair)
      if pending.syntax.name == nil {
        unnamedPerPair[pair, default: 0] += 1
        if pending.syntax.isTwoWay { unnamedPerPair[pair.reversed, default: 0] += 1 }
      }
    }
    var generated: [String: SourceRange] = [:]
    for index in pendingFlows.indices {
      guard let pair = ends[index] else { continue }
      addFlows(pendingFlows[index], pair, unnamedPerPair, &generated)
    }
  }

  /// Adds the one or two flows of a statement whose ends are known elements.
  mutating func addFlows(
    _ pending: PendingFlow, _ ends: Ends, _ unnamedPerPair: [Ends: Int],
    _ generated: inout [String: SourceRange]
  ) {
    let syntax = pending.syntax
    var reported = false
    let id = identifier(of: pending, ends, reverse: false, unnamedPerPair, &generated, &reported)
    let reverseID =
      syntax.isTwoWay
      ? identifier(of: pending, ends.reversed, reverse: true, unnamedPerPair, &generated, &reported)
      : nil
    guard id != nil || reverseID != nil else {
      connected[ends.source] = true
      connected[ends.target] = true
      return
    }
    let values = attributes(syntax.attributes, scope: .flow, category: nil, file: pending.file)
    checkContradictions(syntax.attributes, values, file: pending.file)
    let here = range(syntax.range, pending.file)
    if let id {
      let direction: Flow.Direction = syntax.isTwoWay ? .forward : .oneWay
      addFlow(id: id, ends, direction, pair: reverseID, values, pending, at: here)
      if ends.source == ends.target {
        diagnostics.append(.selfFlow(elements[ends.source].id, at: here))
      }
      checkStoreLink(ends, at: here)
    }
    if let reverseID {
      addFlow(id: reverseID, ends.reversed, .reverse, pair: id, values, pending, at: here)
    }
  }

  mutating func addFlow(
    id: String, _ ends: Ends, _ direction: Flow.Direction, pair: String?, _ values: Attributes,
    _ pending: PendingFlow, at here: SourceRange
  ) {
    sourceMap.declarations[id] = location(here)
    flows.append(
      Flow(
        id: id, source: elements[ends.source].id, target: elements[ends.target].id,
        label: pending.syntax.label?.value, attributes: values, direction: direction, pair: pair))
    connected[ends.source] = true
    connected[ends.target] = true
  }

  /// The identifier of one half: its name, `a->b`, or `a->b:slug`; nil (reported once per
  /// statement) if ambiguous.
  mutating func identifier(
    of pending: PendingFlow, _ ends: Ends, reverse: Bool, _ unnamedPerPair: [Ends: Int],
    _ generated: inout [String: SourceRange], _ reported: inout Bool
  ) -> String? {
    let syntax = pending.syntax
    if let name = syntax.name {
      let id = reverse ? name.text + "-reverse" : name.text
      return declarations[id]?.range == range(name.range, pending.file) ? id : nil
    }
    let pairID = Self.pairID(elements[ends.source].id, elements[ends.target].id)
    let count = unnamedPerPair[ends, default: 0]
    if count <= 1 { return pairID }
    let here = range(syntax.range, pending.file)
    let slug = Slug.make(syntax.label?.value ?? "")
    guard !slug.isEmpty else {
      if !reported { diagnostics.append(.unnamedFlowNeedsName(pairID, count: count, at: here)) }
      reported = true
      return nil
    }
    let id = pairID + ":" + slug
    if let first = generated[id] {
      if !reported { diagnostics.append(.ambiguousFlow(id, at: here, first: first)) }
      reported = true
      return nil
    }
    generated[id] = here
    return id
  }

  /// `source->target`, built in one buffer.
  static func pairID(_ source: String, _ target: String) -> String {
    var id = ""
    id.reserveCapacity(source.utf8.count + 2 + target.utf8.count)
    id += source
    id += "->"
    id += target
    return id
  }

  /// The index in `elements` of the element a flow end names; nil (reported) when it names none.
  mutating func endpoint(_ name: IdentifierSyntax, file: String) -> Int? {
    let declared = declarations[name.text]?.what
    switch declared {
    case .element(let index): return index
    case .brokenElement: return nil
    case .boundary, .data, .flow:
      let what = describe(declared ?? .flow)
      diagnostics.append(.flowEndNotElement(name.text, what: what, at: range(name.range, file)))
      return nil
    case nil:
      let candidates = elements.lazy.map(\.id)
      let suggestion = suggest(name.text, in: candidates)
      // The element it probably means is not warned about as having no flows.
      if let suggestion, case .element(let index)? = declarations[suggestion]?.what {
        connected[index] = true
      }
      diagnostics.append(
        .unknownElement(
          name.text, at: range(name.range, file),
          suggestion: suggestion.flatMap { s in declarations[s].map { (s, $0.range) } }))
      return nil
    }
  }
}
