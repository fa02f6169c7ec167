/// A node of the data-flow diagram: an external entity, process, device or data store.
public struct Element: Hashable, Sendable, Identifiable {
  public var id: String
  /// The kind's name, as the catalogue declares it (`sensor`, `cms`).
  public var kind: String
  public var category: ElementCategory
  /// The label written in the model, if any.
  public var label: String?
  public var attributes: Attributes
  /// The innermost boundary that contains the element, or nil at the top level.
  public var boundary: String?

  public init(
    id: String, kind: String, category: ElementCategory, label: String? = nil,
    attributes: Attributes = [:], boundary: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.category = category
    self.label = label
    self.attributes = attributes
    self.boundary = boundary
  }

  /// What a diagram or report shows: the label, or the identifier when there is none.
  public var displayName: String { label ?? id }

  /// How many identical units the element stands for: its `count`, else 1.
  public var count: Int {
    guard let number = attributes["count"]?.numberValue, number >= 1,
      number <= Double(Vocabulary.maximumCount)
    else { return 1 }
    return Int(number)
  }

  /// The display name with the number of units when there are several: `Street lights ×4,000`.
  public var countedName: String {
    count > 1 ? displayName + " ×" + Self.grouped(count) : displayName
  }

  /// A whole number with thousands separated by commas (`4,000`).
  public static func grouped(_ number: Int) -> String {
    var digits = Array(String(number))
    var index = digits.count - 3
    while index > 0 {
      digits.insert(",", at: index)
      index -= 3
    }
    return String(digits)
  }
}
