/// Per boundary: whether its type is one that decides a crossing flow's medium or owner.
struct BoundaryKinds {
  var internet: [Bool], cloud: [Bool], organisation: [Bool]

  init(_ types: [String?]) {
    internet = types.map { $0 == "internet" }
    cloud = types.map { $0 == "cloud" }
    organisation = types.map { $0 == "organisation" }
  }
}
