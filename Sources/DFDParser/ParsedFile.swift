import Diagnostics

/// A source file and its syntax, ready for the resolver.
public struct ParsedFile: Sendable {
  public var source: SourceFile
  public var syntax: FileSyntax

  public init(source: SourceFile, syntax: FileSyntax) {
    self.source = source
    self.syntax = syntax
  }
}
