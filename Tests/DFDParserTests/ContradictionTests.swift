import DFDModel
import DFDParser
import Diagnostics
import Testing

/// DFD307: a flow that states an attribute false while another stated fact implies it.
struct ContradictionTests {
  @Test func statedFalseAgainstAnImplyingAttributeOrProtocol() {
    expectDiagnostics(
      """
      service a
      service b
      a -> b "one" [protocol: mqtt, tls, ↓encrypted: false]
      a -> b "two" [protocol: https, ↓tls: false]
      a -> b "three" [mutual-tls, ↓encrypted: false]
      a -> b "four" [protocol: mqtt, encrypted: false]
      a -> b "five" [tls: false, vpn: false]
      """,
      [
        ("DFD307", "'encrypted' is stated false, but tls implies it"),
        ("DFD307", "'tls' is stated false, but protocol https implies it"),
        ("DFD307", "'encrypted' is stated false, but mutual-tls implies it"),
      ])
  }

  @Test func theWarningPointsAtBothFacts() throws {
    let text = "service a\nservice b\na -> b [protocol: mqtt, tls, encrypted: false]\n"
    let model = load(text)
    let warning = try #require(model.diagnostics.first { $0.code == "DFD307" })
    let rendered = DiagnosticRenderer(files: model.sources, colors: false).render([warning])
    #expect(rendered.contains("main.dfd:3:30: warning[DFD307]"))
    #expect(rendered.contains("^^^^^^^^^^^^^^^^ the stated value counts"))
    #expect(rendered.contains("= note: tls implies 'encrypted' (at 3:25)"))
  }
}
