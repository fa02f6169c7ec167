/// A breadth-first search over the flow graph: per element, the flow by which the search from
/// its starting elements first reached it, so a path can be named back to where it started.
struct PathTree: Sendable {
  static let unreached: Int32 = -2, start: Int32 = -1
  /// Per element: `unreached`, `start`, or the flow that reached it.
  var via: [Int32] = []

  func reached(_ element: Int) -> Bool { via[element] != Self.unreached }
}

/// Everything the index knows about chains of flows, searched once per model in time linear in
/// elements and flows (`ModelIndex+Paths`).
struct FlowPaths: Sendable {
  /// From elements reachable from the internet.
  var fromInternet = PathTree()
  /// From external parties: external elements other than the model owner's staff.
  var fromExternal = PathTree()
  /// From suppliers and contractors.
  var fromSupplier = PathTree()
  /// From devices that staff present themselves to (badge readers, kiosks).
  var fromStaffDevices = PathTree()
  /// Per flow: `PathTree.unreached` when it is not on a supplier remote-administration path,
  /// `PathTree.start` for the first hop (from the supplier or contractor), or the hop before it.
  var remoteAdminVia: [Int32] = []
  /// Per boundary: whether its nearest stated owner is the model owner.
  var ownedByModelOwner: [Bool] = []
}
