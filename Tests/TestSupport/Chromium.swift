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

  /// The JSON object the page's `#selftest` run wrote into `<pre id="selftest-result">`.
  public static func selftest(_ dom: String) throws -> [String: Any] {
    let start = try #require(
      dom.range(of: "<pre id=\"selftest-result\">"), "the self-test did not run")
    let rest = dom[start.upperBound...]
    let end = try #require(rest.range(of: "</pre>"))
    let text = String(rest[..<end.lowerBound]).replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }
}
