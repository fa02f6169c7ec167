/// What a flow's stated protocol gives it, looked up once per protocol name.
struct TransportFacts {
  var medium: String?
  var cleartext = false
  var key: Int?
  /// `protocol NAME`, the detail of values the protocol implies.
  var detail: String?
}
