import DFDParser
import Foundation

/// Reads model files with POSIX calls, turning failures into one-line reasons.
enum FileReader {
  /// The bytes of the file at `path`.
  static func read(_ path: String) throws -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw FileReadError(reason(errno)) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw FileReadError(reason(errno)) }
    if status.st_mode & S_IFMT == S_IFDIR { throw FileReadError("it is a directory") }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(max(0, status.st_size)))
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes {
        Foundation.read(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileReadError(reason(errno))
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: buffer[0..<count])
    }
  }

  private static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file"
    case EACCES: return "permission denied"
    case EISDIR: return "it is a directory"
    default: return String(cString: strerror(code)).lowercased()
    }
  }
}
