import Mustache

/// Bounds the work of rendering a user's template: a budget of list items for the whole render.
///
/// Every list item a section renders takes one unit. Once the budget is spent every list
/// renders as empty, so the render ends soon, and the renderer refuses the page.
///
/// Sections over lists can nest, and Mustache looks names up in enclosing sections too, so six
/// nested `{{#findings}}` render findings⁶ items; the budget caps that product, whatever the
/// template's shape.
final class TemplateBudget {
  /// The most list items one render may take.
  let limit: Int
  private(set) var taken = 0

  init(limit: Int) {
    self.limit = limit
  }

  /// Whether a render asked for more items than the limit.
  var isExceeded: Bool { taken > limit }

  /// Takes one item; false once the budget is spent.
  func take() -> Bool {
    guard taken <= limit else { return false }
    taken += 1
    return taken <= limit
  }

  /// `value` with every array in it (and in the dictionaries, arrays and lazy values inside
  /// it) made a `BudgetedList` on this budget.
  func wrap(_ value: Any) -> Any {
    if let lazy = value as? LazyValue {
      return LazyValue { lazy.representation.map(self.wrap) }
    }
    if let dictionary = value as? [String: Any] { return dictionary.mapValues(wrap) }
    if let array = value as? [Any] { return BudgetedList(elements: array.map(wrap), budget: self) }
    return value
  }
}

/// A list whose items, when a section renders them, are taken from a `TemplateBudget`.
struct BudgetedList: MustacheSequence, MustacheParent, MustacheTransformable,
  CustomStringConvertible
{
  var elements: [Any]
  let budget: TemplateBudget

  func makeIterator() -> Iterator { Iterator(base: elements.makeIterator(), budget: budget) }

  /// Yields the list's items while the budget lasts.
  struct Iterator: IteratorProtocol {
    var base: IndexingIterator<[Any]>
    let budget: TemplateBudget

    mutating func next() -> Any? {
      guard budget.take() else { return nil }
      return base.next()
    }
  }

  /// No named children: a list is only iterated (so its storage is never reached by name).
  func child(named: String) -> Any? { nil }

  /// The array transforms (`count`, `empty`, `first`, `last`); `reversed` stays budgeted.
  func transform(_ name: String) -> Any? {
    if name == "reversed" { return BudgetedList(elements: elements.reversed(), budget: budget) }
    return elements.transform(name)
  }

  /// What `{{list}}` writes: the number of items, not every item's description.
  var description: String { "\(elements.count) items" }
}
