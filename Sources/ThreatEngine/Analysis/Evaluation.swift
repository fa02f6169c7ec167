import DFDModel

/// What evaluating conditions on one subject shares: the values its paths resolved to, and the
/// paths read by the condition being evaluated.
///
/// Rules read the same paths again and again (`flow.encrypted`, `source.kind`), so each path is
/// resolved once per subject; `start` forgets the values when the subject changes.
struct Evaluation {
  /// The ids of the probes read since the caller last cleared it, in the order read: a firing
  /// rule's evidence, without evaluating its condition a second time.
  var reads: [Int] = []
  /// Per probe id: the value resolved, valid when its mark has the current stamp.
  private var values: [Resolution]
  /// Per probe id: the stamp of the subject its value was resolved on, shifted left by three,
  /// and the value's `Flags`, so that truth tests copy no value and a lookup reads one array.
  private var marks: [Int]
  private var stamp = 1

  /// What `truth` and `known` tests read of a value.
  enum Flags {
    static let resolved: UInt8 = 1, isTrue: UInt8 = 2, isKnown: UInt8 = 4
  }

  init(probes: Int) {
    values = Array(repeating: .unknown, count: probes)
    marks = Array(repeating: 0, count: probes)
    reads.reserveCapacity(64)
  }

  /// Forgets every value resolved: the next evaluations are on another subject.
  mutating func start() { stamp += 1 }

  /// What `probe` resolved to on the current subject, if it was resolved.
  func resolution(_ probe: Int) -> Resolution? {
    marks[probe] >> 3 == stamp ? values[probe] : nil
  }

  /// The value `probe` resolved to on the current subject, and whether it is known; only valid
  /// when `flags(probe)` is not 0.
  func value(_ probe: Int) -> (value: AttributeValue, found: Bool) {
    (values[probe].stored, !values[probe].isUnknown)
  }

  /// The flags of the value `probe` resolved to on the current subject; 0 when not resolved.
  func flags(_ probe: Int) -> UInt8 {
    let mark = marks[probe]
    return mark >> 3 == stamp ? UInt8(truncatingIfNeeded: mark & 7) : 0
  }

  /// Resolves `probe` on `subject` and caches the value for the current subject.
  ///
  /// The resolution is made straight into its slot and its flags read there: handing it to the
  /// cache as an argument copied its value and detail, then destroyed the argument.
  mutating func store(_ probe: Probe, on subject: Subject, in index: ModelIndex) {
    let resolution = index.resolve(probe, subject)
    let flags =
      Flags.resolved | (resolution.isTrue ? Flags.isTrue : 0)
      | (resolution.isKnown ? Flags.isKnown : 0)
    values[probe.id] = resolution
    marks[probe.id] = stamp << 3 | Int(flags)
  }
}
