import DFDModel
import Diagnostics

/// A loaded model: the files read, the resolved diagram, and every diagnostic.
public struct LoadedModel: Sendable {
  /// The files read, included ones first.
  public var files: [SourceFile]
  /// The diagram, unless the file itself could not be read.
  public var resolved: ResolvedModel?
  /// Every diagnostic: reading, syntax and resolution.
  public var diagnostics: [Diagnostic]

  public init(files: [SourceFile], resolved: ResolvedModel?, diagnostics: [Diagnostic]) {
    self.files = files
    self.resolved = resolved
    self.diagnostics = Diagnostic.sorted(diagnostics, fileOrder: files.map(\.path))
  }

  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.isError } }
  public var errorCount: Int { diagnostics.count { $0.severity == .error } }
  public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
  /// The files by path, for the renderer.
  public var sources: [String: SourceFile] {
    Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
  }
}
