import ArgumentParser
import DFDLayout
import Foundation
import LiveReload
import LiveServer

extension SCPDFD {
  /// `scp-dfd serve MODEL`: the HTML report in the browser, refreshed on every change.
  struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "serve",
      abstract: "Show the HTML report in a browser and refresh it whenever the model changes.",
      discussion: """
        Serves the report at http://127.0.0.1:PORT/ and reloads it in the open browser \
        (server-sent events, no polling) whenever the model, a file it includes or a \
        --catalogue file changes. While the model has errors the page shows them, with \
        file:line:column and the source line, above the last good diagram. Read-only: the \
        server answers GET / and GET /events and nothing else, and only to 127.0.0.1 unless \
        --host asks for another address. Ctrl-C stops.

        Examples:
          $ scp-dfd serve lighting.dfd                 # then open http://127.0.0.1:8080/
          $ scp-dfd serve city.dfd --port 9000 --catalogue council.yaml
        """)

    @OptionGroup var input: InputOptions

    @Argument(help: "The model file.")
    var model: String

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @Option(help: "The address to listen on; anything but 127.0.0.1 shows the report to others.")
    var host = "127.0.0.1"

    @Flag(help: "Check the files every 250 ms instead of using file notifications.")
    var poll = false

    func validate() throws {
      guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
    }

    func run() throws {
      if !["127.0.0.1", "localhost", "::1"].contains(host) {
        Terminal.writeErrorLine(
          "warning: listening on \(host): anyone who can reach it can read the threat model")
      }
      DiagramRenderer.isolatesEveryLayout = true  // Graphviz's leaks end with each child
      let preview = try LivePreview(input: input, model: model)
      let state = LiveState(page: preview.page(version: 0))
      let watcher = FileWatcher(forcePolling: poll)
      Thread { LiveRefresh.run(preview, watcher, state) }.start()
      defer { watcher.stop() }
      try LiveRefresh.serve(LiveServer(host: host, port: port, state: state), model: model)
    }
  }
}
