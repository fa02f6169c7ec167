import DFDModel

/// Turns syntax into a `Diagram` and `SourceMap`, checking names, references and attributes
/// against a `Vocabulary`. Problems become diagnostics; it never throws.
public struct Resolver {
  /// What a declared identifier names.
  enum Declared: Hashable {
    case element(kind: String, category: ElementCategory)
    /// An element whose kind is unknown: references to it are not reported again.
    case brokenElement
    case boundary
    case data
    case flow
  }

  /// A flow statement waiting for every declaration to be known.
  struct PendingFlow {
    var syntax: FlowSyntax
    var file: String
  }

  let vocabulary: Vocabulary
  var files: [String: SourceFile] = [:]
  var diagnostics: [Diagnostic] = []
  var declarations: [String: (what: Declared, range: SourceRange)] = [:]
  var elements: [Element] = []
  var boundaries: [TrustBoundary] = []
  var data: [DataAsset] = []
  var flows: [Flow] = []
  var triage: [Triage] = []
  var info = ModelInfo()
  var modelRange: SourceRange?
  var sourceMap = SourceMap()
  var pendingFlows: [PendingFlow] = []
  var pendingThreats: [(syntax: ThreatSyntax, file: String)] = []
  /// Elements with at least one flow.
  var connected = Set<String>()

  public init(vocabulary: Vocabulary) {
    self.vocabulary = vocabulary
  }

  /// Resolves parsed files, in order, into one model.
  public static func resolve(_ files: [ParsedFile], vocabulary: Vocabulary) -> ResolvedModel {
    var resolver = Resolver(vocabulary: vocabulary)
    return resolver.resolve(files)
  }

  /// Resolves parsed files, in order, into one model.
  public mutating func resolve(_ parsed: [ParsedFile]) -> ResolvedModel {
    for file in parsed { files[file.source.path] = file.source }
    for file in parsed {
      declare(file.syntax.statements, file: file.source.path, boundary: nil)
    }
    resolveFlows()
    for (syntax, file) in pendingThreats { resolveThreat(syntax, file: file) }
    checkStructure()
    let diagram = Diagram(
      info: info, elements: elements, boundaries: boundaries, flows: flows, data: data,
      triage: triage)
    return ResolvedModel(diagram: diagram, sourceMap: sourceMap, diagnostics: diagnostics)
  }

  func range(_ range: Range<Int>, _ file: String) -> SourceRange {
    SourceRange(file: file, range)
  }

  func location(_ range: SourceRange) -> SourceLocation {
    files[range.file]?.location(of: range)
      ?? SourceLocation(file: range.file, line: 1, column: 1)
  }

  /// Records a new identifier; reports it and returns false when it is already taken.
  mutating func claim(_ name: IdentifierSyntax, as what: Declared, file: String) -> Bool {
    let here = range(name.range, file)
    if let first = declarations[name.text] {
      diagnostics.append(.duplicateIdentifier(name.text, at: here, first: first.range, firstWhat: describe(first.what)))
      return false
    }
    declarations[name.text] = (what, here)
    sourceMap.declarations[name.text] = location(here)
    return true
  }

  /// How messages name what an identifier declares.
  func describe(_ what: Declared) -> String {
    switch what {
    case .element(let kind, _): return kind
    case .brokenElement: return "element"
    case .boundary: return "boundary"
    case .data: return "data asset"
    case .flow: return "flow"
    }
  }
}
