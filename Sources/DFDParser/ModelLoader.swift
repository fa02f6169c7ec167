import DFDModel

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
/// Included files come before the file that includes them; each file is read once.
public struct ModelLoader {
  /// Reads a file's bytes, or throws a `FileReadError` (or any error) saying why not.
  public typealias Reader = (String) throws -> [UInt8]

  let vocabulary: Vocabulary
  let read: Reader
  var parsed: [ParsedFile] = []
  var diagnostics: [Diagnostic] = []
  var visited = Set<String>()

  public init(vocabulary: Vocabulary, read: @escaping Reader) {
    self.vocabulary = vocabulary
    self.read = read
  }

  /// Loads the model at `path`.
  public static func load(_ path: String, vocabulary: Vocabulary, read: @escaping Reader)
    -> LoadedModel
  {
    var loader = ModelLoader(vocabulary: vocabulary, read: read)
    return loader.load(path)
  }

  /// Loads the model at `path`.
  public mutating func load(_ path: String) -> LoadedModel {
    visited.insert(path)
    do {
      visit(SourceFile(path: path, bytes: try read(path)), stack: [path])
    } catch {
      diagnostics.append(.unreadableFile(path, reason: "\(error)"))
      return LoadedModel(files: [], resolved: nil, diagnostics: diagnostics)
    }
    let resolved = Resolver.resolve(parsed, vocabulary: vocabulary)
    return LoadedModel(
      files: parsed.map(\.source), resolved: resolved, diagnostics: diagnostics + resolved.diagnostics)
  }

  /// Loads a source text that is already in memory (with includes read through `read`).
  public mutating func load(_ source: SourceFile) -> LoadedModel {
    visited.insert(source.path)
    visit(source, stack: [source.path])
    let resolved = Resolver.resolve(parsed, vocabulary: vocabulary)
    return LoadedModel(
      files: parsed.map(\.source), resolved: resolved, diagnostics: diagnostics + resolved.diagnostics)
  }

  mutating func visit(_ source: SourceFile, stack: [String]) {
    let (syntax, syntaxDiagnostics) = Parser.parse(source)
    diagnostics += syntaxDiagnostics
    for statement in syntax.statements {
      guard case .include(let include) = statement else { continue }
      let here = SourceRange(file: source.path, include.path.range)
      let target = PathName.resolve(include.path.value, relativeTo: source.path)
      if let start = stack.firstIndex(of: target) {
        diagnostics.append(.includeCycle(stack[start...] + [target], at: here))
        continue
      }
      guard visited.insert(target).inserted else { continue }
      do {
        let bytes = try read(target)
        visit(SourceFile(path: target, bytes: bytes), stack: stack + [target])
      } catch {
        diagnostics.append(.unreadableInclude(target, reason: "\(error)", at: here))
      }
    }
    parsed.append(ParsedFile(source: source, syntax: syntax))
  }
}
