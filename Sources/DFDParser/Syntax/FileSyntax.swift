/// A parsed file: its top-level statements, in order.
public struct FileSyntax: Hashable, Sendable {
  public var statements: [StatementSyntax]

  public init(statements: [StatementSyntax]) {
    self.statements = statements
  }
}
