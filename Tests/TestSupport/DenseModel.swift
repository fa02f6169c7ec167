/// Generated dense models for the layout budget: services without boundaries and many named,
/// labelled flows between them, the same text on every run.
public enum DenseModel {
  /// `elements` services and `flows` flows between them, chosen by a fixed pseudo-random
  /// sequence.
  public static func text(elements: Int, flows: Int) -> String {
    var text = "model \"Dense\"\n"
    for index in 0..<elements { text += "service e\(index) \"Element \(index)\"\n" }
    var state: UInt64 = 7
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for number in 1...flows {
      let source = next(elements)
      var target = next(elements - 1)
      if target >= source { target += 1 }
      text += "f\(number): e\(source) -> e\(target) \"Batch \(number)\"\n"
    }
    return text
  }
}
