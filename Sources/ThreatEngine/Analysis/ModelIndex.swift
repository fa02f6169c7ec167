import DFDModel

/// A diagram with everything the rules read precomputed once, so analysis stays linear.
struct ModelIndex: Sendable {
  let diagram: Diagram
  let vocabulary: Vocabulary
  let implication: Implication
  var elementIDs: [String: Int] = [:]
  var boundaryIDs: [String: Int] = [:]
  /// Each boundary and its ancestors, innermost first.
  var boundaryChains: [[Int]] = []
  /// Per boundary: its stated `type`.
  var boundaryTypes: [String?] = []
  /// Per boundary: the types along its chain, as `zone-types` reads them.
  var chainTypes: [AttributeValue] = []
  /// Per boundary: the nearest stated `owner` along its chain.
  var chainOwners: [String?] = []
  var elements: [ElementFacts] = []
  var flows: [IndexedFlow] = []
  /// The boundaries each flow enters, at `IndexedFlow.entered`.
  var enteredBoundaries: [Int] = []
  /// Each element's inbound and outbound flows, at `ElementFacts.inbound` and `outbound`.
  var inboundFlows: [Int] = []
  var outboundFlows: [Int] = []
  /// Per boundary: whether it mixes safety-critical and internet-reachable elements.
  var mixedCriticality: [Bool] = []
  /// Per element: where its kind sits in the hierarchy.
  var elementTraits: [KindTraits] = []
  /// Per element: its kind's id in `implication.kindIDs`, nil for a kind outside the vocabulary.
  var elementKinds: [Int?] = []
  /// Per element: a dense id of its (kind, category) pair, which is all a rule's gate reads.
  var elementShapes: [Int] = []
  /// Per element: the position of its kind in `kindDetails`.
  var elementKindPositions: [Int] = []
  /// Per kind in the model: `kind NAME`, the detail of an element's category.
  var kindDetails: [String] = []
  /// Per kind in the model: its name capitalised, which starts an element's phrase.
  var kindPhrases: [String] = []
  /// Per boundary: `boundary ID`, the detail of values inherited from it.
  var boundaryDetails: [String] = []
  /// Chains of flows from entry points, searched once per model (`ModelIndex+Paths`).
  var paths = FlowPaths()
  /// For the reverse half of each two-way flow, its forward half.
  var forwardHalf: [Int: Int] = [:]
  let statedElements: StatedAttributes
  let statedFlows: StatedAttributes
  let statedBoundaries: StatedAttributes

  init(diagram: Diagram, vocabulary: Vocabulary, implication: Implication) {
    self.diagram = diagram
    self.vocabulary = vocabulary
    self.implication = implication
    statedElements = StatedAttributes(count: diagram.elements.count, keys: implication.keys) {
      diagram.elements[$0].attributes
    }
    statedFlows = StatedAttributes(count: diagram.flows.count, keys: implication.keys) {
      diagram.flows[$0].attributes
    }
    statedBoundaries = StatedAttributes(count: diagram.boundaries.count, keys: implication.keys) {
      diagram.boundaries[$0].attributes
    }
    elementIDs = SubjectLocator.ids(
      diagram.elements.lazy.map(\.id), count: diagram.elements.count)
    indexBoundaries()
    indexElements()
    let carried = indexFlows()
    deriveElementFacts(fieldData: fieldData(carried), cardData: cardData(carried))
    derivePaths()
    forwardHalf = forwardHalves()
    deriveMixedCriticality()
  }

  func traits(of element: Int) -> KindTraits { elementTraits[element] }

  private mutating func deriveMixedCriticality() {
    var safety = [Bool](repeating: false, count: diagram.boundaries.count)
    var exposed = safety
    for index in diagram.elements.indices {
      let critical = resolveElement(implication.safetyCritical, index).isTrue
      let reachable = !critical && elements[index].reachableFromInternet
      for boundary in elements[index].chain {
        if critical { safety[boundary] = true }
        if reachable { exposed[boundary] = true }
      }
    }
    mixedCriticality = zip(safety, exposed).map { $0 && $1 }
  }
}

/// What the index needs to know about a kind's place in the hierarchy.
struct KindTraits: Sendable {
  var isUser = false, isCitizen = false, isMobileApp = false
  var isExternal = false, isDevice = false
  var isStaff = false, isGateway = false, isRemoteAccess = false
  /// A supplier or contractor: where supplier remote-administration paths start.
  var isSupplier = false

  init() {}

  init(_ kind: String, _ vocabulary: Vocabulary) {
    isUser = vocabulary.kind(kind, isA: "user")
    isCitizen = vocabulary.kind(kind, isA: "citizen")
    isMobileApp = vocabulary.kind(kind, isA: "mobile-app")
    isExternal = vocabulary.kinds[kind]?.category == .external
    isDevice = vocabulary.kinds[kind]?.category == .device
    isStaff = vocabulary.kind(kind, isA: "staff")
    isGateway = vocabulary.kind(kind, isA: "gateway")
    isRemoteAccess = vocabulary.kind(kind, isA: "remote-access")
    isSupplier = vocabulary.kind(kind, isA: "supplier") || vocabulary.kind(kind, isA: "contractor")
  }
}
