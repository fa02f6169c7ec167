import Mustache

/// Template data computed the first time a template looks at it, so a template pays only for
/// what it uses (the HTML template never builds the per-item dictionaries).
final class LazyValue: MustacheCustomRepresentation {
  private let make: () -> Any?
  private var made: Any??

  init(_ make: @escaping () -> Any?) { self.make = make }

  /// The value, computed once.
  var representation: Any? {
    if let made { return made }
    let value = make()
    made = .some(value)
    return value
  }

  /// `dictionary` with every lazy value in it, and in dictionaries inside it, computed.
  static func resolved(_ dictionary: [String: Any]) -> [String: Any] {
    dictionary.mapValues { value in
      let value = (value as? LazyValue)?.representation ?? value
      if let nested = value as? [String: Any] { return resolved(nested) }
      return value
    }
  }
}
