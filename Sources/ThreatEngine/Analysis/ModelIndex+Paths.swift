import DFDModel

extension ModelIndex {
  /// The longest path evidence names in full; longer ones keep their two ends.
  static let namedPathLimit = 8

  /// Searches the flow graph once from each kind of entry point.
  mutating func derivePaths() {
    let everything = diagram.elements.indices
    paths.fromInternet = search(from: everything.filter { elements[$0].reachableFromInternet })
    paths.fromExternal = search(
      from: everything.filter { traits(of: $0).isExternal && !traits(of: $0).isStaff })
    paths.fromSupplier = search(from: everything.filter { traits(of: $0).isSupplier })
    paths.fromStaffDevices = search(
      from: everything.filter { element in
        traits(of: element).isDevice
          && inboundFlows[elements[element].inbound].contains { flow in
            flows[flow].source.map { traits(of: $0).isStaff } ?? false
          }
      })
    paths.remoteAdminVia = remoteAdminPaths()
    paths.ownedByModelOwner = chainOwners.map { owner in owner.map(isModelOwner) ?? false }
  }

  /// Breadth first along flows from `starts`.
  private func search(from starts: [Int]) -> PathTree {
    var tree = PathTree(via: [Int32](repeating: PathTree.unreached, count: elements.count))
    var queue = starts
    for start in starts { tree.via[start] = PathTree.start }
    var next = 0
    while next < queue.count {
      let element = queue[next]
      next += 1
      for flow in outboundFlows[elements[element].outbound] {
        guard let target = flows[flow].target, !tree.reached(target) else { continue }
        tree.via[target] = Int32(flow)
        queue.append(target)
      }
    }
    return tree
  }

  /// Per flow, its place on a remote-administration path: remote-admin flows that start at a
  /// supplier or contractor and continue only through remote-access elements (brokers, jump
  /// hosts, VPN concentrators).
  private func remoteAdminPaths() -> [Int32] {
    var via = [Int32](repeating: PathTree.unreached, count: flows.count)
    let remoteAdmin = flows.indices.map { resolveFlow(implication.remoteAdmin, $0).isTrue }
    var queue: [Int] = []
    for flow in flows.indices where remoteAdmin[flow] {
      guard let source = flows[flow].source, traits(of: source).isSupplier else { continue }
      via[flow] = PathTree.start
      queue.append(flow)
    }
    var next = 0
    while next < queue.count {
      let flow = queue[next]
      next += 1
      guard let hop = flows[flow].target, traits(of: hop).isRemoteAccess else { continue }
      for onward in outboundFlows[elements[hop].outbound]
      where remoteAdmin[onward] && via[onward] == PathTree.unreached {
        via[onward] = Int32(flow)
        queue.append(onward)
      }
    }
    return via
  }

  /// The elements from the start of `tree`'s search to `element`, as evidence names them.
  func pathText(to element: Int, in tree: PathTree) -> String {
    var names = [diagram.elements[element].id]
    var current = element
    while tree.via[current] >= 0, let source = flows[Int(tree.via[current])].source {
      names.append(diagram.elements[source].id)
      current = source
      if names.count > elements.count { break }
    }
    return Self.joinedPath(names.reversed())
  }

  /// The elements of the remote-administration path that ends with `flow`.
  func remoteAdminPathText(flow: Int) -> String {
    var names: [String] = []
    if let target = flows[flow].target { names.append(diagram.elements[target].id) }
    var current = flow
    while true {
      if let source = flows[current].source { names.append(diagram.elements[source].id) }
      let before = paths.remoteAdminVia[current]
      guard before >= 0, names.count <= flows.count else { break }
      current = Int(before)
    }
    return Self.joinedPath(names.reversed())
  }

  /// `a → b → c`; a path longer than `namedPathLimit` keeps two names at its start and the rest
  /// of the limit at its end.
  static func joinedPath<C: Collection>(_ names: C) -> String where C.Element == String {
    let names = Array(names)
    guard names.count > namedPathLimit else { return names.joined(separator: " → ") }
    let tail = names.suffix(namedPathLimit - 2)
    return (names.prefix(2) + ["…"] + tail).joined(separator: " → ")
  }

  /// Whether `owner` is the model owner's organisation: the same text, or the text before the
  /// model owner's first comma (`Harbourside Borough Council, Parking Services`).
  func isModelOwner(_ owner: String) -> Bool {
    guard let model = diagram.info.owner else { return false }
    return owner == model || model.hasPrefix(owner + ",")
  }

  /// Whether an element sits on the model owner's own premises: its nearest owner is the model
  /// owner and no enclosing boundary is a cloud.
  func isOnOwnerPremises(_ element: Int) -> Bool {
    guard let first = elements[element].chain.first, paths.ownedByModelOwner[first] else {
      return false
    }
    return !elements[element].chain.contains { boundaryTypes[$0] == "cloud" }
  }

  /// Whether an element belongs to another organisation: the model states its owner, and the
  /// element's nearest owner is a different one.
  func isThirdPartyOwned(_ element: Int) -> Bool {
    guard diagram.info.owner != nil, let first = elements[element].chain.first,
      chainOwners[first] != nil
    else { return false }
    return !paths.ownedByModelOwner[first]
  }

  /// Where a flow takes data out of the model owner's organisation, as `from A to B`; nil when
  /// it does not: the source must be inside the owner's organisation, and the target owned by
  /// someone else or an external party outside every owned boundary (not a citizen receiving
  /// their own data).
  func leavesOwner(_ flow: Int) -> String? {
    guard let source = flows[flow].source, let target = flows[flow].target,
      let first = elements[source].chain.first, paths.ownedByModelOwner[first],
      let from = chainOwners[first]
    else { return nil }
    if let inner = elements[target].chain.first, let to = chainOwners[inner] {
      return paths.ownedByModelOwner[inner] ? nil : "from \(from) to \(to)"
    }
    let traits = traits(of: target)
    guard traits.isExternal, !traits.isCitizen else { return nil }
    return "from \(from) to \(diagram.elements[target].id), outside it"
  }
}
