import DFDParser
import Foundation

/// Reads model files with POSIX calls, turning failures into one-line reasons.
///
/// Only regular files are read: a directory, FIFO, socket or device (`/dev/zero`) is refused
/// before a byte is read, and so is a file larger than `ModelLoader.maximumFileSize`, so hostile
/// paths end at once with a reason instead of blocking or exhausting memory.
package enum FileReader {
  /// The bytes of the file at `path`, at most `limit` of them.
  package static func read(_ path: String) throws -> [UInt8] {
    try read(path, limit: ModelLoader.maximumFileSize)
  }

  /// The bytes of the regular file at `path`, refusing it when it holds more than `limit` bytes.
  package static func read(_ path: String, limit: Int) throws -> [UInt8] {
    // The type is checked before opening, so a device is never opened; fstat checks it again on
    // the descriptor in case the path changed in between. O_NONBLOCK: opening a FIFO for reading
    // must not wait for a writer.
    var before = stat()
    guard stat(path, &before) == 0 else { throw FileReadError(reason(errno)) }
    if let kind = nonRegularKind(before.st_mode) { throw FileReadError("it is \(kind)") }
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileReadError(reason(errno)) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw FileReadError(reason(errno)) }
    if let kind = nonRegularKind(status.st_mode) { throw FileReadError("it is \(kind)") }
    guard status.st_size <= limit else { throw tooLarge(Int(status.st_size), limit: limit) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(max(0, status.st_size)))
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes {
        Foundation.read(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        throw FileReadError(reason(errno))
      }
      if count == 0 { return bytes }
      // The file may grow while it is read: the limit holds for what is read, not what was stat'ed.
      guard bytes.count + count <= limit else { throw tooLarge(bytes.count + count, limit: limit) }
      bytes.append(contentsOf: buffer[0..<count])
    }
  }

  /// The most bytes a catalogue or template file may hold.
  package static let maximumTextFileSize = 16 << 20

  /// The text of a catalogue or template: a regular file of at most `maximumTextFileSize`
  /// bytes, in valid UTF-8.
  package static func readText(_ path: String) throws -> String {
    let bytes = try read(path, limit: maximumTextFileSize)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw FileReadError("it is not valid UTF-8 text")
    }
    return text
  }

  /// The identity of the file that `path` names after following symbolic links (device and inode),
  /// so that one file reached through two paths is recognised as one.
  package static func identity(_ path: String) -> String? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return "\(status.st_dev):\(status.st_ino)"
  }

  /// What a file of this mode is, in words, unless it is a regular file.
  package static func nonRegularKind(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return "a directory"
    case S_IFIFO: return "a FIFO (named pipe), not a regular file"
    case S_IFSOCK: return "a socket, not a regular file"
    case S_IFCHR, S_IFBLK: return "a device, not a regular file"
    default: return "not a regular file"
    }
  }

  private static func tooLarge(_ size: Int, limit: Int) -> FileReadError {
    FileReadError("it is larger than the limit of \(limit >> 20) MiB (\(size) bytes or more)")
  }

  private static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file"
    case EACCES: return "permission denied"
    case EISDIR: return "it is a directory"
    case ELOOP: return "too many levels of symbolic links (a symbolic link loop?)"
    case ENAMETOOLONG: return "the path is too long"
    case ENXIO: return "no such device or address"
    default: return String(cString: strerror(code)).lowercased()
    }
  }
}
