import DFDLayout

/// Whether Graphviz may set itself up while the command line is parsed and the model read.
///
/// Only a `render` or `report` that will lay out a diagram warms up; the guess is made from the
/// raw arguments, and a wrong one costs time, never correctness.
enum EarlyWarmUp {
  /// The format to warm Graphviz up for, or nil when the command will not lay anything out
  /// (other commands, help, version, DOT output) or warm-up is switched off.
  static func format(for arguments: [String], environment: [String: String]) -> RenderFormat? {
    guard environment[SCPDFD.Render.noWarmUpVariable] == nil,
      let command = arguments.dropFirst().first,
      command == "render" || command == "report"
    else { return nil }
    var named: RenderFormat?
    var guessed: RenderFormat?
    var previous = ""
    for argument in arguments.dropFirst(2) {
      if ["-h", "--help", "--version", "help"].contains(argument) { return nil }
      if previous == "--format" {
        named = RenderFormat(rawValue: argument)
      } else if argument.hasPrefix("--format=") {
        named = RenderFormat(rawValue: String(argument.dropFirst("--format=".count)))
      } else if previous == "-o" || previous == "--output" {
        guessed = FileFormats.format(ofFile: argument)
      }
      previous = argument
    }
    let format = command == "render" ? named ?? guessed ?? .svg : .svg
    return format == .dot ? nil : format
  }
}
