import DFDModel
import Foundation

/// How an analysis splits a diagram's subjects between threads: the subjects in report order
/// (elements, boundaries, flows) cut into consecutive parts of about equal work.
///
/// Each part is analysed on its own thread with its own evaluation state and the parts'
/// findings are joined in order, so the findings do not depend on the plan.
struct AnalysisPlan: Sendable {
  /// The fewest subjects per part: below this, starting a thread costs more than it saves
  /// (a subject takes about 15 µs, a thread tens of µs).
  static let subjectsPerPart = 1_000
  /// The most parts: the analysis is measured on two cores and merging costs per part.
  static let maximumParts = 4

  /// Consecutive ranges of subject positions, covering every subject once, in order.
  let parts: [Range<Int>]

  /// One part per core (up to `maximumParts`) when the diagram has enough subjects, else one.
  init(_ analyzer: Analyzer, _ diagram: Diagram) {
    let subjects = diagram.elements.count + diagram.boundaries.count + diagram.flows.count
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let count = min(cores, Self.maximumParts, subjects / Self.subjectsPerPart)
    self.init(analyzer, diagram, parts: max(count, 1))
  }

  /// `count` parts of about equal work, counting a subject's work as the number of rules that
  /// can apply to it.
  init(_ analyzer: Analyzer, _ diagram: Diagram, parts count: Int) {
    let segments = [
      (diagram.elements.count, analyzer.elementRules.count),
      (diagram.boundaries.count, analyzer.boundaryRules.count),
      (diagram.flows.count, analyzer.flowRules.count),
    ]
    let subjects = segments.reduce(0) { $0 + $1.0 }
    let work = segments.reduce(0) { $0 + $1.0 * $1.1 }
    var cuts = [0]
    for part in 1..<max(count, 1) {
      let cut = Self.position(reaching: work * part / count, in: segments)
      cuts.append(min(max(cut, cuts[cuts.count - 1]), subjects))
    }
    cuts.append(subjects)
    parts = zip(cuts, cuts.dropFirst()).map { $0..<$1 }
  }

  /// The first subject position by which `target` work is done.
  private static func position(reaching target: Int, in segments: [(Int, Int)]) -> Int {
    var position = 0
    var done = 0
    for (subjects, rules) in segments {
      if rules > 0, done + subjects * rules >= target {
        return position + (target - done + rules - 1) / rules
      }
      done += subjects * rules
      position += subjects
    }
    return position
  }
}

extension Analyzer {
  /// The findings of every subject, analysing the parts of `plan` on threads of their own when
  /// there is more than one, settled by `triage`, in report order.
  func findings(_ plan: AnalysisPlan, _ index: ModelIndex, _ triage: inout TriageApplier)
    -> [Finding]
  {
    guard plan.parts.count > 1 else { return findings(of: plan.parts[0], index, &triage) }
    let slots = PartSlots(count: plan.parts.count)
    defer { slots.release() }
    let start = triage
    DispatchQueue.concurrentPerform(iterations: plan.parts.count) { part in
      var own = start
      let found = findings(of: plan.parts[part], index, &own)
      slots.put(part, (found, own))
    }
    var found: [Finding] = []
    for part in plan.parts.indices {
      let result = slots.take(part)
      if part == 0 { found = result.found } else { found += result.found }
      triage.absorb(result.triage)
    }
    return found
  }
}

/// One result per part, each written by the thread analysing that part only.
private struct PartSlots: @unchecked Sendable {
  typealias Result = (found: [Finding], triage: TriageApplier)
  private let base: UnsafeMutablePointer<Result?>
  private let count: Int

  init(count: Int) {
    self.count = count
    base = .allocate(capacity: count)
    base.initialize(repeating: nil, count: count)
  }

  /// Stores the result of part `part`; each part is stored once, by its own thread.
  func put(_ part: Int, _ result: Result) { base[part] = result }

  /// Moves the result of part `part` out, once every part is done (so that the caller holds
  /// the only reference to its findings and can append to them without copying).
  func take(_ part: Int) -> Result {
    guard let result = base[part] else { preconditionFailure("part \(part) was not analysed") }
    base[part] = nil
    return result
  }

  func release() {
    base.deinitialize(count: count)
    base.deallocate()
  }
}
