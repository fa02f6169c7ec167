import DFDModel
import Diagnostics

/// Turns syntax into a `Diagram` and `SourceMap`, checking names, references and attributes against
/// a `Vocabulary`.
///
/// Problems become diagnostics; it never throws.
public struct Resolver {
  /// What a declared identifier names.
  enum Declared: Hashable {
    /// An element: the index of its `Element` in `elements`.
    case element(index: Int)
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
  let attributeTable: AttributeTable
  var files: [String: SourceFile] = [:]
  var diagnostics: [Diagnostic] = []
  /// Candidate comparisons spent on suggestions so far (see `suggestionBudget`).
  var suggestionCost = 0
  var declarations: [String: (what: Declared, range: SourceRange)] = [:]
  var elements: [Element] = []
  var boundaries: [TrustBoundary] = []
  var data: [DataAsset] = []
  var flows: [Flow] = []
  var triage: [Triage] = []
  var info = ModelInfo()
  var modelRange: SourceRange?
  var sourceMap = SourceMap()
  var cursor: LocationCursor?
  var pendingFlows: [PendingFlow] = []
  var pendingThreats: [(syntax: ThreatSyntax, file: String)] = []
  /// Whether each element (by index in `elements`) has at least one flow.
  var connected: [Bool] = []

  public init(vocabulary: Vocabulary) {
    self.vocabulary = vocabulary
    self.attributeTable = AttributeTable(vocabulary)
  }

  /// Resolves parsed files, in order, into one model.
  public static func resolve(_ files: [ParsedFile], vocabulary: Vocabulary) -> ResolvedModel {
    var resolver = Resolver(vocabulary: vocabulary)
    return resolver.resolve(files)
  }

  /// Resolves parsed files, in order, into one model.
  public mutating func resolve(_ parsed: [ParsedFile]) -> ResolvedModel {
    for file in parsed { files[file.source.path] = file.source }
    let statementCount = parsed.reduce(0) { $0 + Self.count($1.syntax.statements) }
    declarations.reserveCapacity(statementCount)
    sourceMap.declarations.reserveCapacity(2 * statementCount)
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

  /// Where `range` is, through a cursor that stays on the last file used.
  mutating func location(_ range: SourceRange) -> SourceLocation {
    if cursor?.file.path != range.file { cursor = files[range.file].map(LocationCursor.init) }
    return cursor?.location(of: range) ?? SourceLocation(file: range.file, line: 1, column: 1)
  }

  /// The number of statements, those inside boundaries included: a bound on the declarations.
  static func count(_ statements: [StatementSyntax]) -> Int {
    statements.reduce(statements.count) { total, statement in
      guard case .boundary(let boundary) = statement else { return total }
      return total + count(boundary.statements)
    }
  }

  /// Records a new identifier; reports it and returns false when it is already taken.
  mutating func claim(_ name: IdentifierSyntax, as what: Declared, file: String) -> Bool {
    let here = range(name.range, file)
    if let first = declarations.updateValue((what, here), forKey: name.text) {
      declarations[name.text] = first
      diagnostics.append(
        .duplicateIdentifier(
          name.text, at: here, first: first.range, firstWhat: describe(first.what)))
      return false
    }
    sourceMap.declarations[name.text] = location(here)
    return true
  }

  /// How messages name what an identifier declares.
  func describe(_ what: Declared) -> String {
    switch what {
    case .element(let index): return elements[index].kind
    case .brokenElement: return "element"
    case .boundary: return "boundary"
    case .data: return "data asset"
    case .flow: return "flow"
    }
  }
}
