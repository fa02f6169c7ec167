import DFDModel

/// How a trust boundary is drawn, by its `type`: outline, corners, colour, fill and title badge.
///
/// Each type differs in at least two ways that survive greyscale print (line pattern, corners,
/// line weight) and carries its type as a word in the title badge; the colours are dark,
/// colour-blind-safe hues (after Okabe and Ito). None is red: red means danger (unencrypted
/// crossings, high and critical findings).
enum BoundaryStyle: String, Hashable, Sendable, CaseIterable {
  case organisation, physical, network, cloud, internet
  /// Any other type, or none.
  case other

  /// The style for a boundary of `type` (nil when the boundary has none).
  init(type: String?) {
    self = type.flatMap { BoundaryStyle(rawValue: $0) } ?? .other
  }

  /// The Graphviz cluster `style`.
  var dotStyle: String {
    switch self {
    case .organisation: "filled"
    case .physical: "filled,rounded"
    case .network: "dashed,filled"
    case .cloud: "dashed,filled,rounded"
    case .internet: "dotted,filled"
    case .other: "dotted,filled,rounded"
    }
  }

  /// The line pattern (and corners) of the legend sample, as an HTML `STYLE`.
  var legendStyle: String {
    switch self {
    case .organisation: "solid"
    case .physical: "rounded"
    case .network: "dashed"
    case .cloud: "rounded,dashed"
    case .internet: "dotted"
    case .other: "rounded,dotted"
    }
  }

  /// Outline and title colour.
  var colour: String {
    switch self {
    case .organisation: "#1f2d3d"
    case .physical: "#6a4c93"
    case .network: "#00735a"
    case .cloud: "#0067a5"
    case .internet: "#5f5f5f"
    case .other: "#607080"
    }
  }

  /// The fill: a light tint of the colour.
  var fill: String {
    switch self {
    case .organisation: "#f3f5f8"
    case .physical: "#f6f2fa"
    case .network: "#edf7f3"
    case .cloud: "#eef5fb"
    case .internet: "#f6f6f6"
    case .other: "#f7f8f9"
    }
  }

  /// Line width in points of an outermost boundary; nested ones are thinner (`penwidth(depth:)`).
  var penwidth: Double {
    switch self {
    case .organisation: 2.6
    case .physical: 1.6
    case .network: 1.6
    case .cloud: 1.8
    case .internet: 2.2
    case .other: 1.4
    }
  }

  /// The line width at nesting `depth` (0 is outermost), as DOT text.
  func penwidth(depth: Int) -> String {
    let scale = depth == 0 ? 1 : (depth == 1 ? 0.8 : 0.65)
    let tenths = Int((penwidth * scale * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// The badge word in the title; `other` shows the boundary's own type instead.
  var word: String {
    switch self {
    case .organisation: "ORG"
    case .physical: "SITE"
    case .network: "NETWORK"
    case .cloud: "CLOUD"
    case .internet: "INTERNET"
    case .other: "BOUNDARY"
    }
  }

  /// What the legend says the style means.
  var meaning: String {
    switch self {
    case .organisation: "organisation"
    case .physical: "physical site"
    case .network: "network"
    case .cloud: "cloud"
    case .internet: "internet"
    case .other: "other boundary"
    }
  }

  /// The styles `boundaries` use, in declaration order of the cases.
  static func used(by boundaries: [TrustBoundary]) -> [BoundaryStyle] {
    let used = Set(boundaries.map { BoundaryStyle(type: $0.type) })
    return allCases.filter(used.contains)
  }
}
