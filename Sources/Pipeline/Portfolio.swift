import DFDModel
import DFDParser
import Foundation

/// Many models at once, as a council's repository holds them: folders expanded to the models
/// in them, and each model read (and summarised) in its own task, so the work spreads over
/// every core.
package enum Portfolio {
  /// One model of the portfolio: what reading it gave, and its summary when it is valid and
  /// one was asked for.
  package struct Entry: Sendable {
    package var path: String
    package var model: LoadedModel
    package var summary: ModelSummary?
  }

  /// The model files `arguments` name.
  package struct Files: Equatable {
    /// Every file, in order.
    package var paths: [String]
    /// Those found in folders (not named): a fragment another model includes is dropped.
    package var found: Set<String> = []

    package init(paths: [String], found: Set<String> = []) {
      self.paths = paths
      self.found = found
    }

    /// Whether the arguments name exactly one file.
    package var isOneFile: Bool { paths.count == 1 && found.isEmpty }
  }

  /// The model files `arguments` name.
  ///
  /// A file stands for itself; a folder for the `.dfd` files under it, in path order, skipping
  /// hidden folders and `.build*`. Throws (exit 2) for a folder
  /// with no model; a missing file is left for reading to report.
  package static func files(_ arguments: [String]) throws(PipelineFailure) -> Files {
    var files = Files(paths: [])
    for argument in arguments {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder),
        isFolder.boolValue
      else {
        if !files.paths.contains(argument) { files.paths.append(argument) }
        continue
      }
      let found = models(under: argument)
      if found.isEmpty { throw .error("\(argument): no .dfd model in this folder") }
      let new = found.filter { !files.paths.contains($0) }
      files.paths += new
      files.found.formUnion(new)
    }
    return files
  }

  /// Reads every model in `files` with `reader`, one task each, and summarises the valid ones
  /// with `summarise`; the entries come back in the order of `files`.
  ///
  /// A file found in a folder that another model includes is a fragment, not a model: it is
  /// left out of the result.
  package static func read(
    _ files: Files, with reader: ModelReader,
    summarise: (@Sendable (ValidModel) -> ModelSummary)? = nil
  ) async -> [Entry] {
    let paths = files.paths
    let entries = await withTaskGroup(of: (Int, Entry).self) { group in
      for (index, path) in paths.enumerated() {
        group.addTask {
          let result = reader.read(path)
          let summary = summarise.flatMap { summarise in result.valid.map(summarise) }
          return (index, Entry(path: path, model: result.model, summary: summary))
        }
      }
      var entries = [Entry?](repeating: nil, count: paths.count)
      for await (index, entry) in group { entries[index] = entry }
      return entries.compactMap { $0 }
    }
    guard !files.found.isEmpty else { return entries }
    let included = Set(
      entries.flatMap { entry in
        entry.model.files.map { canonical($0.path) }.filter { $0 != canonical(entry.path) }
      })
    return entries.filter {
      !files.found.contains($0.path) || !included.contains(canonical($0.path))
    }
  }

  /// The `.dfd` files under `folder`, sorted.
  private static func models(under folder: String) -> [String] {
    let base = URL(fileURLWithPath: folder)
    guard
      let walker = FileManager.default.enumerator(
        at: base, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { return [] }
    var found: [String] = []
    for case let url as URL in walker {
      if url.lastPathComponent.hasPrefix(".build") {
        walker.skipDescendants()
      } else if url.pathExtension == "dfd" {
        let relative = url.path.dropFirst(base.path.count).drop { $0 == "/" }
        found.append(folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
      }
    }
    return found.sorted()
  }

  private static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
