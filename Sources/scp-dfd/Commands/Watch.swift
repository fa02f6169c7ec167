import ArgumentParser
import DFDLayout
import LiveReload

extension SCPDFD {
  /// `scp-dfd watch MODEL -o OUT`: re-write a diagram or report on every change.
  struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "watch",
      abstract:
        "Re-write a diagram or report whenever the model, an include or a catalogue changes.",
      discussion: """
        Writes OUT as `render` (.svg, .png, .pdf, .dot) or `report` (.html, .md) would, then \
        again after each change to the model, a file it includes, a --catalogue file or the \
        --template. Diagnostics are printed as `check` prints them; while the model has \
        errors, OUT keeps its last good version (it is only ever replaced whole). Changes are \
        noticed through Linux inotify, else (or with --poll) by checking every 250 ms. \
        Ctrl-C stops.

        Examples:
          $ scp-dfd watch lighting.dfd -o lighting.svg
          $ scp-dfd watch city.dfd -o city.html --catalogue council.yaml
        """)

    @OptionGroup var input: InputOptions

    @Argument(help: "The model file.")
    var model: String

    @Option(name: .shortAndLong, help: "Output file; its extension chooses diagram or report.")
    var output: String

    @Option(help: "A Mustache template for the report, instead of the built-in one.")
    var template: String?

    @Flag(help: "Check the files every 250 ms instead of using file notifications.")
    var poll = false

    func run() throws {
      DiagramRenderer.isolatesEveryLayout = true  // Graphviz's leaks end with each child
      let runner = try WatchRunner(input: input, model: model, output: output, template: template)
      let watcher = FileWatcher(forcePolling: poll)
      Terminal.writeErrorLine(
        "watching \(model) (\(watcher.mechanism.rawValue)); writing \(output); Ctrl-C stops")
      repeat {
        watcher.watch(try runner.pass())
      } while watcher.next() != nil
    }
  }
}
