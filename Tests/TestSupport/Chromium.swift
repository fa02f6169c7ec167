import Foundation
import Testing

/// Headless Chromium for checking reports in a real browser.
///
/// A missing browser fails the test with the package to install; it never skips.
public enum Chromium {
  public static var executable: String? {
    ExternalTool.find([
      "chromium", "chromium-browser", "google-chrome", "/usr/lib/chromium/chromium",
    ])
  }

  /// The DOM after the page's scripts ran, for `file` opened with `fragment`.
  public static func dumpDOM(_ file: URL, fragment: String = "") throws -> String {
    let browser = try #require(executable, "headless chromium is needed: apt-get install chromium")
    let profile = try ExternalTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: profile) }
    let result = try ExternalTool.run(
      browser,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
        "--user-data-dir=\(profile.path)", "--virtual-time-budget=5000", "--dump-dom",
        file.absoluteString + fragment,
      ])
    #expect(result.status == 0, "chromium failed: \(result.stderr.suffix(2000))")
    return result.stdout
  }

  /// Writes a screenshot of `file` to `png`.
  public static func screenshot(_ file: URL, to png: URL, size: String = "1400,1000") throws {
    let browser = try #require(executable, "headless chromium is needed: apt-get install chromium")
    let profile = try ExternalTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: profile) }
    _ = try ExternalTool.run(
      browser,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--user-data-dir=\(profile.path)", "--window-size=\(size)", "--screenshot=\(png.path)",
        file.absoluteString,
      ])
  }

  /// Opens `html` with `fragment` after adding the script `probe` behind the page's own script
  /// (with the page's nonce, so its Content-Security-Policy lets it run), and returns the JSON
  /// object the probe wrote into `<pre id="probe-result">` and the DOM it left.
  public static func probe(_ html: String, script probe: String, fragment: String = "") throws -> (
    result: [String: Any], dom: String
  ) {
    let nonce = try #require(
      html.firstMatch(of: /<script nonce="([a-z0-9]+)">/)?.output.1, "the page has no script")
    let end = try #require(html.range(of: "</body>", options: .backwards))
    var page = html
    page.insert(contentsOf: "<script nonce=\"\(nonce)\">\n\(probe)</script>\n", at: end.lowerBound)
    let folder = try ExternalTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("report.html")
    try page.write(to: file, atomically: true, encoding: .utf8)
    let dom = try dumpDOM(file, fragment: fragment)
    let start = try #require(
      dom.range(of: "<pre id=\"probe-result\">", options: .backwards), "the probe did not run")
    let rest = dom[start.upperBound...]
    let close = try #require(rest.range(of: "</pre>"))
    let text = String(rest[..<close.lowerBound]).replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    let result = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    return (result, dom)
  }
}
