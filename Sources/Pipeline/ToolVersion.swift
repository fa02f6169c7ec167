/// The tool's version, as reports and `--version` give it.
package enum ToolVersion {
  package static let current = "0.1.0"
}
