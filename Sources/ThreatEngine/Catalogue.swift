import DFDModel

/// A threat catalogue: its identity, the vocabulary it declares and (with the analyser) its rules.
public struct Catalogue: Hashable, Sendable {
  public var id: String
  public var version: String
  public var title: String
  public var vocabulary: Vocabulary

  public init(id: String, version: String = "", title: String = "", vocabulary: Vocabulary) {
    self.id = id
    self.version = version
    self.title = title
    self.vocabulary = vocabulary
  }
}

extension Catalogue {
  /// The connected-places catalogue built into scp-dfd.
  ///
  /// It is compiled into the binary; a failure to load it is a bug caught by the tests.
  public static let builtIn: Catalogue = {
    let text = String(decoding: PackageResources.connected_places_yaml, as: UTF8.self)
    do {
      return try CatalogueLoader(file: "<built-in>/connected-places.yaml").load(text)
    } catch {
      fatalError("the built-in catalogue does not load: \(error)")
    }
  }()
}
