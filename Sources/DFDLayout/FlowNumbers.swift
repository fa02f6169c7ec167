import DFDModel

/// The number each flow carries in every view of a model: its position among the full model's
/// drawn flows (the reverse half of a two-way flow is drawn with its pair and has none).
///
/// Made once from the whole diagram and handed to every view, so that a focused diagram shows
/// a flow under the same number as the full one.
public struct FlowNumbers: Hashable, Sendable {
  private var numbers: [String: Int] = [:]
  /// The members' numbers of flows that stand for several (the overview's merged flows).
  private var members: [String: [Int]] = [:]

  /// Numbers `diagram`'s flows 1...n in declaration order, skipping reverse halves.
  public init(_ diagram: Diagram) {
    var number = 0
    for flow in diagram.flows where flow.direction != .reverse {
      number += 1
      numbers[flow.id] = number
    }
  }

  /// Numbers given flow by flow; a flow standing for several (`members`, in order) carries
  /// the first member's.
  public init(numbers: [String: Int], members: [String: [Int]] = [:]) {
    self.numbers = numbers
    self.members = members
  }

  /// The number of the flow with id `id`, nil for a reverse half or a flow not in the model.
  public subscript(id: String) -> Int? { numbers[id] }

  /// The numbers a compact label shows for flow `id`: its members' for a merged flow, else
  /// its own.
  public func shown(_ id: String) -> [Int] {
    members[id] ?? numbers[id].map { [$0] } ?? []
  }

  /// The most numbers a label lists for a merged flow.
  ///
  /// Generated-300's overview listed 257 numbers for one merged flow and printed at 5.2 points
  /// on A4 (7.3 listing six at most, 6.8 listing eight); each member is on its boundary's page
  /// under its own number, and the samples' merged flows have up to 14 members.
  public static let listedLimit = 6

  /// `numbers` as a label lists them: all of them up to `listedLimit` (`4, 6`), else the first
  /// `listedLimit - 1` and how many more there are (`1, 2, 3, 4, 5 and 7 more`).
  public static func listed(_ numbers: [Int]) -> String {
    guard numbers.count > listedLimit else {
      return numbers.map(String.init).joined(separator: ", ")
    }
    let shown = numbers.prefix(listedLimit - 1).map(String.init).joined(separator: ", ")
    return shown + " and \(numbers.count - (listedLimit - 1)) more"
  }
}
