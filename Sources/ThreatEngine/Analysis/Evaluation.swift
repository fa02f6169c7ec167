/// What evaluating conditions on one subject shares: the values its paths resolved to, and the
/// paths read while recording evidence.
///
/// Rules read the same paths again and again (`flow.encrypted`, `source.kind`), so each path is
/// resolved once per subject; `start` forgets the values when the subject changes.
struct Evaluation {
  /// The paths read since the caller last cleared it, in the order read, when `recording`.
  var reads: [Read] = []
  var recording = false
  /// Per probe id: the value resolved, valid when its stamp is the current one.
  private var values: [Resolution]
  private var stamps: [Int]
  private var stamp = 1

  init(probes: Int) {
    values = Array(repeating: .unknown, count: probes)
    stamps = Array(repeating: 0, count: probes)
  }

  /// Forgets every value resolved: the next evaluations are on another subject.
  mutating func start() { stamp += 1 }

  /// The value `probe` resolved to on the current subject, if it was resolved.
  func value(_ probe: Probe) -> Resolution? {
    stamps[probe.id] == stamp ? values[probe.id] : nil
  }

  mutating func store(_ resolution: Resolution, for probe: Probe) {
    values[probe.id] = resolution
    stamps[probe.id] = stamp
  }
}
