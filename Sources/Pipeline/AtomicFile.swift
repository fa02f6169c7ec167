import Foundation

/// Writes output files atomically: a temporary file in the same folder, then a rename, so an
/// error never leaves a half-written file behind.
package enum AtomicFile {
  /// Writes `bytes` to `path`, replacing any regular file there.
  package static func write(_ bytes: [UInt8], to path: String) throws {
    try write(to: path) { write in try bytes.withUnsafeBytes(write) }
  }

  /// Writes what `produce` hands to its argument, piece by piece in order, to `path`,
  /// replacing any regular file there only once `produce` has returned; if it or a write
  /// throws, the temporary file goes and `path` is untouched.
  ///
  /// A symbolic link is followed
  /// (the link stays); a device or pipe (`/dev/null`, a FIFO) is written in place, never replaced.
  package static func write(to path: String, _ produce: (Pieces) throws -> Void) throws {
    var status = stat()
    if stat(path, &status) == 0 {
      switch status.st_mode & S_IFMT {
      case S_IFREG: break
      case S_IFDIR: throw AtomicFileError(path: path, reason: "it is a directory")
      default: return try writeInPlace(to: path, produce)
      }
    }
    let resolved = realpath(path, nil).map { pointer in
      defer { free(pointer) }
      return String(cString: pointer)
    }
    try replace(resolved ?? path, produce)
  }

  /// What a producer calls with each piece of a file's bytes.
  package typealias Pieces = (UnsafeRawBufferPointer) throws -> Void

  private static func writeInPlace(to path: String, _ produce: (Pieces) throws -> Void) throws {
    let descriptor = open(path, O_WRONLY | O_TRUNC)
    guard descriptor >= 0 else {
      throw AtomicFileError(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    try produce { try writeAll($0, to: descriptor, path: path) }
  }

  /// Writes all of `bytes` to `descriptor`, retrying short and interrupted writes.
  package static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String)
    throws
  {
    guard let base = bytes.baseAddress else { return }
    var written = 0
    while written < bytes.count {
      let count = Foundation.write(descriptor, base + written, bytes.count - written)
      if count < 0 {
        if errno == EINTR { continue }
        throw AtomicFileError(path: path, reason: String(cString: strerror(errno)))
      }
      written += count
    }
  }

  /// Writes a temporary file beside `path`, then renames it over `path`.
  private static func replace(_ path: String, _ produce: (Pieces) throws -> Void) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var template = Array((folder + "/." + url.lastPathComponent + ".tmp-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard descriptor >= 0 else {
      throw AtomicFileError(path: path, reason: String(cString: strerror(errno)))
    }
    let cleanup = template.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.flatMap(TemporaryFileCleanup.register)
    }
    defer { TemporaryFileCleanup.unregister(cleanup) }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var renamed = false
    defer { if !renamed { unlink(temporary) } }
    do {
      try produce { try writeAll($0, to: descriptor, path: path) }
    } catch {
      close(descriptor)
      throw error
    }
    let mask = umask(0)
    umask(mask)
    fchmod(descriptor, 0o666 & ~mask)
    // No fsync: the rename already guarantees that readers see the old file or the whole new
    // one; syncing to disk would cost more than laying out a small diagram.
    guard close(descriptor) == 0 else {
      throw AtomicFileError(path: path, reason: String(cString: strerror(errno)))
    }
    guard rename(temporary, path) == 0 else {
      throw AtomicFileError(path: path, reason: String(cString: strerror(errno)))
    }
    renamed = true
  }

  /// Whether two paths name the same existing file (through links, `..` or hard links).
  package static func sameFile(_ first: String, _ second: String) -> Bool {
    var a = stat()
    var b = stat()
    guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino
  }
}

/// An output file that could not be written.
package struct AtomicFileError: Error, CustomStringConvertible {
  package var path: String
  package var reason: String
  package var description: String { "cannot write \(path): \(reason)" }
}
