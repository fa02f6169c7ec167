/// The text of one model file, with a table of line starts for turning offsets into positions.
public struct SourceFile: Sendable {
  /// The path as the user named it.
  public let path: String
  /// The file's bytes.
  public let bytes: [UInt8]
  /// The UTF-8 offset at which each line starts.
  public let lineStarts: [Int]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    self.lineStarts = starts
  }

  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }
}
