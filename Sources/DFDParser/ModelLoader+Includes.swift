import Diagnostics

extension ModelLoader {
  /// Reads and visits the file that `include` names, unless the include is refused: an absolute
  /// path, a cycle, too deep, outside the include root, unreadable, too large, or not a model.
  ///
  /// A refused include adds one diagnostic at the `include` and nothing of the file's contents: a
  /// file that is not a model (binary, or not DFD from its first statement) is never shown in an
  /// excerpt.
  mutating func visitInclude(
    _ include: IncludeSyntax, in source: SourceFile, stack: [String], paths: [String]
  ) {
    let here = SourceRange(file: source.path, include.path.range)
    let written = include.path.value
    guard !written.hasPrefix("/") else {
      diagnostics.append(.absoluteInclude(written, at: here))
      return
    }
    let target = PathName.resolve(written, relativeTo: source.path)
    let key = self.key(target)
    if let start = stack.firstIndex(of: key) {
      diagnostics.append(.includeCycle(paths[start...] + [target], at: here))
      return
    }
    guard stack.count < Self.maximumIncludeDepth else {
      diagnostics.append(.includeTooDeep(target, limit: Self.maximumIncludeDepth, at: here))
      return
    }
    // A file refused after reading is not read again: each later include repeats the refusal.
    if var earlier = refusedAfterReading[key] {
      earlier.range = here
      diagnostics.append(earlier)
      return
    }
    guard !visited.contains(key) else { return }
    let bytes: [UInt8]
    do {
      bytes = try read(target)
    } catch let refusal as IncludeOutsideRoot {
      diagnostics.append(.includeOutsideRoot(target, root: refusal.root, at: here))
      return
    } catch {
      diagnostics.append(.unreadableInclude(target, reason: "\(error)", at: here))
      return
    }
    guard totalSize + bytes.count <= Self.maximumTotalSize else {
      refuse(.modelTooLarge(target, limit: Self.maximumTotalSize, at: here), key: key)
      return
    }
    totalSize += bytes.count
    guard Self.index(of: 0, in: bytes, from: 0) == nil else {
      refuse(.includeNotAModel(target, reason: "it holds NUL bytes", at: here), key: key)
      return
    }
    let file = SourceFile(path: target, bytes: bytes)
    let (syntax, syntaxDiagnostics) = Parser.parse(file)
    let firstStatementEnd = Self.firstStatementLineEnd(bytes)
    if syntaxDiagnostics.contains(where: { $0.isError && $0.range.start <= firstStatementEnd }) {
      refuse(
        .includeNotAModel(target, reason: "its first statement is not DFD", at: here), key: key)
      return
    }
    visited.insert(key)
    visit(file, syntax, syntaxDiagnostics, stack: stack + [key], paths: paths + [target])
  }

  /// Reports a file refused after it was read, and remembers the refusal for later includes.
  mutating func refuse(_ diagnostic: Diagnostic, key: String) {
    diagnostics.append(diagnostic)
    refusedAfterReading[key] = diagnostic
  }

  /// The end of the first line that holds more than blanks and comments: where a file's first
  /// statement ends, unless it runs over several lines.
  static func firstStatementLineEnd(_ bytes: [UInt8]) -> Int {
    let newline = UInt8(ascii: "\n")
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let startsComment =
        byte == UInt8(ascii: "#")
        || (byte == UInt8(ascii: "/") && index + 1 < bytes.count && bytes[index + 1] == byte)
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), 0x0C, newline:
        index += 1
      default:
        let lineEnd = Self.index(of: newline, in: bytes, from: index) ?? bytes.count
        guard startsComment else { return lineEnd }
        index = lineEnd
      }
    }
    return bytes.count
  }

  /// The index of the first `byte` in `bytes` at or after `start`: a plain loop over the buffer,
  /// which stays fast in debug builds on files of many megabytes.
  static func index(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      var index = start
      while index < buffer.count {
        if buffer[index] == byte { return index }
        index += 1
      }
      return nil
    }
  }
}
