import DFDModel

extension Resolver {
  /// The first pass: declares data, elements, boundaries and named flows; keeps flows and
  /// threats for later, when every name is known.
  mutating func declare(_ statements: [StatementSyntax], file: String, boundary: String?) {
    for statement in statements {
      switch statement {
      case .model(let model): declareModel(model, file: file)
      case .include: break
      case .data(let syntax): declareData(syntax, file: file)
      case .element(let syntax): declareElement(syntax, file: file, boundary: boundary)
      case .boundary(let syntax): declareBoundary(syntax, file: file, parent: boundary)
      case .flow(let syntax):
        if let name = syntax.name, claim(name, as: .flow, file: file), syntax.isTwoWay {
          let reverse = IdentifierSyntax(name.text + "-reverse", name.range)
          _ = claim(reverse, as: .flow, file: file)
        }
        pendingFlows.append(PendingFlow(syntax: syntax, file: file))
      case .threat(let syntax): pendingThreats.append((syntax, file))
      }
    }
  }

  mutating func declareModel(_ syntax: ModelSyntax, file: String) {
    let here = range(syntax.keyword, file)
    if let first = modelRange {
      diagnostics.append(.modelDeclaredTwice(at: here, first: first))
      return
    }
    modelRange = here
    sourceMap.model = location(here)
    info = ModelInfo(
      title: syntax.title?.value,
      attributes: attributes(syntax.attributes, scope: .model, category: nil, file: file))
  }

  mutating func declareData(_ syntax: DataSyntax, file: String) {
    let values = attributes(syntax.attributes, scope: .data, category: nil, file: file)
    guard claim(syntax.name, as: .data, file: file) else { return }
    data.append(DataAsset(id: syntax.name.text, label: syntax.label?.value, attributes: values))
  }

  mutating func declareElement(_ syntax: ElementSyntax, file: String, boundary: String?) {
    guard let kind = vocabulary.kinds[syntax.kind.text] else {
      let suggestion = suggest(syntax.kind.text, in: vocabulary.kinds.keys)
      diagnostics.append(
        .unknownKind(syntax.kind.text, at: range(syntax.kind.range, file), suggestion: suggestion))
      // The attributes are still checked, so that their own mistakes are reported too.
      _ = attributes(syntax.attributes, scope: .element, category: nil, file: file)
      _ = claim(syntax.name, as: .brokenElement, file: file)
      return
    }
    let values = attributes(syntax.attributes, scope: .element, category: kind.category, file: file)
    checkCount(syntax.attributes, values, file: file)
    guard claim(syntax.name, as: .element(index: elements.count), file: file) else { return }
    elements.append(
      Element(
        id: syntax.name.text, kind: kind.name, category: kind.category, label: syntax.label?.value,
        attributes: values, boundary: boundary))
  }

  mutating func declareBoundary(_ syntax: BoundarySyntax, file: String, parent: String?) {
    let values = attributes(syntax.attributes, scope: .boundary, category: nil, file: file)
    let claimed = claim(syntax.name, as: .boundary, file: file)
    if claimed {
      boundaries.append(
        TrustBoundary(
          id: syntax.name.text, label: syntax.label?.value, attributes: values, parent: parent))
    }
    let holdsSomething = syntax.statements.contains { statement in
      switch statement {
      case .element, .boundary: return true
      default: return false
      }
    }
    if !holdsSomething {
      diagnostics.append(.emptyBoundary(syntax.name.text, at: range(syntax.name.range, file)))
    }
    let firstElement = elements.count
    let firstBoundary = boundaries.count
    declare(syntax.statements, file: file, boundary: claimed ? syntax.name.text : parent)
    if claimed {
      checkDefaults(
        of: syntax, values: values, file: file,
        inside: (elements: firstElement, boundaries: firstBoundary))
    }
  }
}
