import DFDModel
import Diagnostics

/// Why a file could not be read, as the reader says it.
public struct FileReadError: Error, Hashable, Sendable, CustomStringConvertible {
  public var reason: String

  public init(_ reason: String) {
    self.reason = reason
  }

  public var description: String { reason }
}

/// Loads a model file and everything it includes, then parses and resolves it.
///
/// Files are read through the injected `read` closure, so the parser needs no Foundation.
/// Included files come before the file that includes them; each file is read once, even when
/// two paths name it, if `identify` can tell (it names a file by device and inode, say).
public struct ModelLoader {
  /// Reads a file's bytes, or throws a `FileReadError` (or any error) saying why not.
  public typealias Reader = (String) throws -> [UInt8]
  /// Names the file behind a path, so that two paths to one file compare equal; nil if unknown.
  public typealias Identifier = (String) -> String?

  /// The most bytes one model file may hold; readers refuse larger files before reading them.
  public static let maximumFileSize = 64 << 20
  /// The most bytes a model and all its includes may hold together.
  public static let maximumTotalSize = 64 << 20
  /// The deepest chain of includes (a file that includes a file that includes …).
  public static let maximumIncludeDepth = 32

  let vocabulary: Vocabulary
  let read: Reader
  let identify: Identifier
  var parsed: [ParsedFile] = []
  var diagnostics: [Diagnostic] = []
  var visited = Set<String>()
  /// Files refused after they were read (too large, not a model), by key, with the refusal.
  var refusedAfterReading: [String: Diagnostic] = [:]
  var totalSize = 0

  public init(vocabulary: Vocabulary, read: @escaping Reader, identify: Identifier? = nil) {
    self.vocabulary = vocabulary
    self.read = read
    self.identify = identify ?? { $0 }
  }

  /// Loads the model at `path`.
  public static func load(
    _ path: String, vocabulary: Vocabulary, read: @escaping Reader, identify: Identifier? = nil
  ) -> LoadedModel {
    var loader = ModelLoader(vocabulary: vocabulary, read: read, identify: identify)
    return loader.load(path)
  }

  /// Loads the model at `path`.
  public mutating func load(_ path: String) -> LoadedModel {
    let key = self.key(path)
    visited.insert(key)
    do {
      let bytes = try read(path)
      totalSize = bytes.count
      visit(SourceFile(path: path, bytes: bytes), stack: [key], paths: [path])
    } catch {
      diagnostics.append(.unreadableFile(path, reason: "\(error)"))
      return LoadedModel(files: [], resolved: nil, diagnostics: diagnostics)
    }
    let resolved = Resolver.resolve(parsed, vocabulary: vocabulary)
    return LoadedModel(
      files: parsed.map(\.source), resolved: resolved,
      diagnostics: diagnostics + resolved.diagnostics)
  }

  /// Loads a source text that is already in memory (with includes read through `read`).
  public mutating func load(_ source: SourceFile) -> LoadedModel {
    let key = self.key(source.path)
    visited.insert(key)
    totalSize = source.bytes.count
    visit(source, stack: [key], paths: [source.path])
    let resolved = Resolver.resolve(parsed, vocabulary: vocabulary)
    return LoadedModel(
      files: parsed.map(\.source), resolved: resolved,
      diagnostics: diagnostics + resolved.diagnostics)
  }

  /// The key that names the file at `path` in cycle checks: its identity, or the path itself.
  func key(_ path: String) -> String { identify(path) ?? path }

  /// Parses `source` and, depth first, the files it includes; `stack` holds the keys of the files
  /// being included (outermost first) and `paths` their paths.
  mutating func visit(_ source: SourceFile, stack: [String], paths: [String]) {
    let (syntax, syntaxDiagnostics) = Parser.parse(source)
    visit(source, syntax, syntaxDiagnostics, stack: stack, paths: paths)
  }

  /// Continues `visit` with the syntax of `source` already parsed.
  mutating func visit(
    _ source: SourceFile, _ syntax: FileSyntax, _ syntaxDiagnostics: [Diagnostic],
    stack: [String], paths: [String]
  ) {
    diagnostics += syntaxDiagnostics
    for statement in syntax.statements {
      guard case .include(let include) = statement else { continue }
      visitInclude(include, in: source, stack: stack, paths: paths)
    }
    parsed.append(ParsedFile(source: source, syntax: syntax))
  }
}
