/// Thrown by a reader that refuses an included file because its real path (after `..` and
/// symbolic links) is outside the folder that includes must stay in.
public struct IncludeOutsideRoot: Error, Hashable, Sendable {
  /// The folder that includes must stay in, as the reader names it.
  public var root: String

  public init(root: String) {
    self.root = root
  }
}
