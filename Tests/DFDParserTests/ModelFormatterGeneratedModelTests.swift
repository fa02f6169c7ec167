import Testing

/// The formatter keeps the model and is idempotent on 1,000 generated untidy models.
struct ModelFormatterGeneratedModelTests {
  @Test func generatedModelsKeepTheirMeaning() {
    var problems: [String] = []
    for seed in 0..<1000 where problems.count < 3 {
      var generator = MessyModelGenerator(seed: UInt64(seed))
      let path = "model-\(seed).dfd"
      let input = generator.model()
      if let problem = FormatSupport.check(path, root: path, [path: input]).problem {
        problems.append(problem + "\n--- input:\n" + input)
      }
    }
    #expect(problems.isEmpty, Comment(rawValue: problems.joined(separator: "\n\n")))
  }

  @Test func generatorWritesUntidyModels() {
    var generator = MessyModelGenerator(seed: 11)
    let input = generator.model()
    #expect(input.contains("\t") && input.contains("#") && input.contains("\n\n\n"))
    #expect(FormatSupport.format(input) != input)
  }
}
