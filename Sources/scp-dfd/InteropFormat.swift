import ArgumentParser

/// The outside formats `import` reads and `export` writes.
enum InteropFormat: String, ExpressibleByArgument, CaseIterable {
  case threatDragon = "threat-dragon"
  case otm
}
