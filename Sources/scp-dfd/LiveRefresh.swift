import ArgumentParser
import Dispatch
import LiveReload
import LiveServer

/// The two loops of `serve`: rebuilding the page on each change, and answering requests.
enum LiveRefresh {
  /// Rebuilds the page after each change to the files it was made from, until `watcher` stops.
  static func run(_ preview: LivePreview, _ watcher: FileWatcher, _ state: LiveState) {
    repeat {
      watcher.watch(preview.files)
      guard watcher.next() != nil else { return }
      let version = state.nextVersion
      state.publish(preview.page(version: version), version: version)
    } while true
  }

  /// Runs `server` until SIGINT or SIGTERM; a server that cannot listen exits 2.
  static func serve(_ server: LiveServer, model: String) throws {
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    Task {
      do {
        try await server.run { port in
          Terminal.writeErrorLine(
            "serving \(model) at http://\(hostInURL(server.host)):\(port)/; Ctrl-C stops")
        }
      } catch {
        outcome.error = error
      }
      done.signal()
    }
    done.wait()
    if let error = outcome.error {
      Terminal.writeErrorLine(
        "error: cannot serve on \(server.host):\(server.port): \(error)")
      throw ExitCode(2)
    }
  }

  /// `host` as written in a URL (IPv6 addresses in brackets).
  static func hostInURL(_ host: String) -> String {
    host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
  }

  /// The server task's error, read once the task has signalled.
  private final class Outcome: @unchecked Sendable {
    var error: (any Error)?
  }
}
