import DFDModel

extension Resolver {
  /// The most candidate comparisons that did-you-mean suggestions may cost in one model.
  ///
  /// Each unknown name is compared with every candidate, so a hostile model with tens of
  /// thousands of misspelt references would otherwise cost time quadratic in its size. Past the
  /// budget, diagnostics are still reported, without suggestions.
  static let suggestionBudget = 2_000_000

  /// The candidate closest to `word`, while the suggestion budget lasts.
  mutating func suggest(_ word: String, in candidates: some Collection<String>) -> String? {
    guard suggestionCost < Self.suggestionBudget else { return nil }
    suggestionCost += max(1, candidates.count)
    return Suggestion.closest(to: word, in: candidates)
  }
}
