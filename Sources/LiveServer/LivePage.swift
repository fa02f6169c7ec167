import Foundation
import OutputEscaping

/// The page `serve` shows: the report with a reload script added before `</body>`, and the
/// diagnostics of a broken model in a banner after `<body…>`; the report itself is not changed.
///
/// The script runs under the page's Content-Security-Policy nonce, and the policy gains only
/// `connect-src 'self'`, for the event stream.
public enum LivePage {
  /// The path of the server-sent event stream.
  public static let eventsPath = "/events"

  /// `report` (a whole HTML page) at `version`, with the reload script and, when `diagnostics`
  /// is given, the banner above the last good diagram.
  public static func live(_ report: String, version: Int, diagnostics: String?) -> String {
    var page = report
    var nonce: String? = nil
    if let policy = PagePolicy.find(in: page) {
      let (rewritten, pageNonce) = PagePolicy.allowingEvents(policy.content)
      page.replaceSubrange(policy.range, with: rewritten)
      nonce = pageNonce
    }
    let script = reloadScript(version: version, nonce: nonce)
    if let end = page.range(of: "</body>", options: .backwards) {
      page.insert(contentsOf: script, at: end.lowerBound)
    } else {
      page += script
    }
    if let diagnostics {
      let banner = self.banner(diagnostics, lastGood: true)
      page.insert(contentsOf: banner, at: bodyStart(of: page))
    }
    return page
  }

  /// The page before the model was ever valid: the diagnostics alone.
  public static func placeholder(version: Int, diagnostics: String, title: String) -> String {
    let nonce = PagePolicy.freshNonce()
    let page = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
      style-src 'unsafe-inline'; script-src 'nonce-\(nonce)'; base-uri 'none'; form-action 'none'">
      <title>\(Escaping.html(title))</title>
      </head>
      <body>
      \(banner(diagnostics, lastGood: false))</body>
      </html>

      """
    return live(page, version: version, diagnostics: nil)
  }

  /// The diagnostics, HTML-escaped, in a banner.
  static func banner(_ diagnostics: String, lastGood: Bool) -> String {
    let heading =
      lastGood
      ? "The model has errors: the diagram below is the last good version."
      : "The model has errors, and no version of it has been valid yet."
    return """
      <section id="scp-dfd-live-diagnostics" role="alert" style="border:2px solid #b00020;\
      background:#fff4f4;color:#1a1a1a;padding:0.5em 1em;margin:0 0 1em">\
      <h2 style="margin:0.3em 0;font-size:1.1em">\(heading)</h2>\
      <pre style="white-space:pre-wrap;overflow-x:auto;margin:0">\(Escaping.html(diagnostics))</pre>\
      </section>

      """
  }

  /// The script that shows a new version: the new diagram first, swapped in from the new
  /// page as soon as it arrives, then the whole page, reloaded.
  ///
  /// Reloading alone redraws the picture only once Chromium has parsed and laid out the whole
  /// report (0.2–0.3 s for an 800 KB sample); the figure alone is in place in a fraction of
  /// that (docs/live-preview.md). The swapped figure comes from the same server and the same
  /// sanitiser as the page, and scripts inside imported nodes never run.
  static func reloadScript(version: Int, nonce: String?) -> String {
    let attribute = nonce.map { " nonce=\"\(Escaping.htmlAttribute($0))\"" } ?? ""
    return """
      <script\(attribute)>(function () { var seen = "\(version)"; \
      var events = new EventSource("\(eventsPath)"); \
      events.onmessage = function (event) { \
      if (event.data === seen) { return; } events.close(); \
      fetch("/", { cache: "no-store" }).then(function (response) { return response.text(); }) \
      .then(function (html) { \
      var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("\(figureID)"); \
      var shown = document.getElementById("\(figureID)"); \
      if (fresh && shown) { shown.replaceWith(document.importNode(fresh, true)); } }) \
      .catch(function () {}).then(function () { location.reload(); }); }; })();</script>

      """
  }

  /// The id of the report's diagram figure, which a new version replaces first.
  static let figureID = "diagram-figure"

  /// Where the body's content starts: after `<body…>`, else at the start.
  static func bodyStart(of page: String) -> String.Index {
    guard let open = page.range(of: "<body", options: .caseInsensitive),
      let close = page[open.upperBound...].firstIndex(of: ">")
    else { return page.startIndex }
    return page.index(after: close)
  }
}
