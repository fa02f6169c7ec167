import DFDModel

/// The model's data assets by id, with dense ids for data items that name no asset.
struct DataTable {
  private var ids: [String: Int] = [:]
  /// Per dense id: what the asset contributes to a flow, nil for an item that names no asset.
  var carried: [CarriedFacts?] = []

  init(_ assets: [DataAsset]) {
    for asset in assets where ids[asset.id] == nil {
      ids[asset.id] = carried.count
      carried.append(CarriedFacts(asset.attributes))
    }
  }

  /// The dense id of data item `id`.
  mutating func id(_ id: String) -> Int {
    if let known = ids[id] { return known }
    ids[id] = carried.count
    carried.append(nil)
    return carried.count - 1
  }
}
