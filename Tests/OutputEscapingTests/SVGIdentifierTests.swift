import OutputEscaping
import Testing

struct SVGIdentifierTests {
  @Test func slugsAreSafeTokens() {
    #expect(SVGIdentifier.slug("met-office") == "met-office")
    #expect(SVGIdentifier.slug("a->b") == "a_to_b")
    #expect(SVGIdentifier.slug("cms->lamp:schedule") == "cms_to_lamp_3aschedule")
    #expect(SVGIdentifier.slug("my_id") == "my__id")
    #expect(SVGIdentifier.slug("x y\"<é") == "x_20y_22_3c_c3_a9")
    for slug in ["a->b", "q\"&<>'", "日本"].map(SVGIdentifier.slug) {
      let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
      #expect(slug.allSatisfy(allowed.contains))
    }
  }

  @Test(arguments: [
    ("a_to_b", "a->b"), ("a__b", "a_b"), ("a:b", "a_3ab"), ("a_3ab", "a:b"), ("a--b", "a->b"),
  ])
  func slugsNeverCollide(_ pair: (String, String)) {
    #expect(SVGIdentifier.slug(pair.0) != SVGIdentifier.slug(pair.1))
  }

  @Test func hooksArePrefixed() {
    #expect(SVGIdentifier.element("aq") == "el-aq")
    #expect(SVGIdentifier.boundary("street") == "tb-street")
    #expect(SVGIdentifier.flow("aq->gw") == "flow-aq_to_gw")
  }
}
