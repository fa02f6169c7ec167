/// What changed in the threats between two versions of a model: findings that are new, that are
/// gone (resolved), and whose severity, triage status or basis changed, matched by `RULE@TARGET`.
public struct FindingsDiff: Hashable, Sendable {
  /// How a finding changed.
  public enum Change: String, Hashable, Sendable, CaseIterable {
    /// The rule fires where it did not before.
    case new
    /// The rule no longer fires there (or its target is gone).
    case resolved
    /// The severity, status or basis changed.
    case changed
  }

  /// One finding that is new, resolved or changed.
  public struct Entry: Hashable, Sendable {
    public var change: Change
    /// The finding in the new version (the old one, for a resolved finding).
    public var finding: Finding
    /// The finding in the old version; nil for a new one.
    public var old: Finding?
    public var severity: ValueChange<Severity>?
    public var status: ValueChange<TriageStatus>?
    /// How sure the finding is (`confirmed`, `presumed`), when a basis is known and changed.
    public var basis: ValueChange<String?>?

    public init(
      change: Change, finding: Finding, old: Finding? = nil, severity: ValueChange<Severity>? = nil,
      status: ValueChange<TriageStatus>? = nil, basis: ValueChange<String?>? = nil
    ) {
      self.change = change
      self.finding = finding
      self.old = old
      self.severity = severity
      self.status = status
      self.basis = basis
    }

    /// `RULE@TARGET`.
    public var id: String { finding.id }
  }

  /// Names how sure a finding is (its basis), or nil when findings carry none.
  public typealias Basis = @Sendable (Finding) -> String?

  /// New, then changed, then resolved; each group worst first, otherwise in the order the
  /// engine gave them.
  public var entries: [Entry]
  /// How many findings are in both versions with nothing compared changed.
  public var unchanged: Int

  public init(entries: [Entry], unchanged: Int) {
    self.entries = entries
    self.unchanged = unchanged
  }

  /// The changes from the findings `old` to `new`; `basis` names each finding's basis, so that
  /// a change of basis is reported too.
  public init(from old: [Finding], to new: [Finding], basis: Basis = { _ in nil }) {
    let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let newIDs = Set(new.map(\.id))
    var added: [Entry] = []
    var changed: [Entry] = []
    var unchanged = 0
    for finding in new {
      guard let previous = oldByID[finding.id] else {
        added.append(Entry(change: .new, finding: finding))
        continue
      }
      let entry = Entry(
        change: .changed, finding: finding, old: previous,
        severity: .between(previous.severity, finding.severity),
        status: .between(previous.status, finding.status),
        basis: .between(basis(previous), basis(finding)))
      if entry.severity == nil && entry.status == nil && entry.basis == nil {
        unchanged += 1
      } else {
        changed.append(entry)
      }
    }
    let resolved = old.filter { !newIDs.contains($0.id) }.map {
      Entry(change: .resolved, finding: $0, old: $0)
    }
    self.init(
      entries: Self.worstFirst(added) + Self.worstFirst(changed) + Self.worstFirst(resolved),
      unchanged: unchanged)
  }

  /// Whether no finding is new, resolved or changed.
  public var isEmpty: Bool { entries.isEmpty }

  /// The entries with this change, in order.
  public func entries(_ change: Change) -> [Entry] { entries.filter { $0.change == change } }

  /// How many entries have this change.
  public func count(_ change: Change) -> Int { entries.count { $0.change == change } }

  /// `entries` sorted by severity, highest first, keeping their order otherwise.
  static func worstFirst(_ entries: [Entry]) -> [Entry] {
    entries.enumerated().sorted {
      ($1.element.finding.severity, $0.offset) < ($0.element.finding.severity, $1.offset)
    }.map(\.element)
  }
}
