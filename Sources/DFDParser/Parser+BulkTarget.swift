extension Parser {
  /// Parses a bulk target after `threat RULE on`: `*`, `boundary IDENT` or `kind IDENT`.
  ///
  /// Nil when the target is not a bulk one (nothing is consumed, and `kind` alone stays an
  /// element called `kind`); a nil `target` inside when a bulk target is malformed (reported).
  mutating func parseBulkTarget() -> (selector: ThreatSyntax.Selector, target: IdentifierSyntax?)? {
    switch current.kind {
    case .star:
      let star = current
      advance()
      return (.all, IdentifierSyntax("*", star.range))
    case .keyword(.boundary):
      advance()
      return (.boundary, parseIdentifier("a boundary"))
    case .identifier where text(current) == "kind" && peek(1).kind == .identifier:
      advance()
      return (.kind, parseIdentifier("an element kind"))
    default:
      return nil
    }
  }
}
