import Mustache

/// Template data computed the first time a template looks at it, so a template pays only for
/// what it uses (the built-in ones never build the per-finding dictionaries).
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

  /// `placeholder` when there is one, else a lazy value made by `make`.
  static func unless(_ placeholder: String?, _ make: @escaping () -> Any?) -> Any {
    if let placeholder { return placeholder }
    return LazyValue(make)
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
