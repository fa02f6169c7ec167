import Foundation
import Testing

@testable import LiveReload

/// The watcher, with inotify and with polling, on files in a temporary folder.
@Suite struct FileWatcherTests {
  static let mechanisms: [Bool] = [false, true]

  @Test(arguments: mechanisms)
  func writeInPlaceIsReported(polling: Bool) throws {
    let folder = try TemporaryFolder()
    let model = try folder.write("model.dfd", "process api \"API\"\n")
    let watcher = FileWatcher(forcePolling: polling)
    #expect(watcher.mechanism == (polling ? .polling : .notification))
    watcher.watch([model])
    let change = nextChange(watcher) {
      _ = try? folder.write("model.dfd", "process api \"API\"\nstore db \"DB\"\n")
    }
    #expect(change?.paths == [model])
  }

  @Test(arguments: mechanisms)
  func saveByRenameIsReported(polling: Bool) throws {
    let folder = try TemporaryFolder()
    let model = try folder.write("model.dfd", "process api \"API\"\n")
    let watcher = FileWatcher(forcePolling: polling)
    watcher.watch([model])
    let change = nextChange(watcher) {
      let copy = try? folder.write(".model.dfd.swp", "process api \"Renamed\"\n")
      if let copy { rename(copy, model) }
    }
    #expect(change?.paths == [model])
  }

  @Test(arguments: mechanisms)
  func otherFilesInTheFolderAreIgnored(polling: Bool) throws {
    let folder = try TemporaryFolder()
    let model = try folder.write("model.dfd", "process api \"API\"\n")
    let watcher = FileWatcher(forcePolling: polling)
    watcher.watch([model])
    let change = nextChange(watcher, within: 0.8) { _ = try? folder.write("notes.txt", "x") }
    #expect(change == nil)
  }

  @Test func theSetOfFilesCanChange() throws {
    let folder = try TemporaryFolder()
    let model = try folder.write("model.dfd", "include \"part.dfd\"\n")
    let part = try folder.write("part.dfd", "process api \"API\"\n")
    let watcher = FileWatcher()
    watcher.watch([model])
    watcher.watch([model, part])
    let change = nextChange(watcher) { _ = try? folder.write("part.dfd", "process web \"Web\"\n") }
    #expect(change?.paths == [part])
  }

  @Test func severalWritesComeAsOneChange() throws {
    let folder = try TemporaryFolder()
    let model = try folder.write("model.dfd", "a")
    let watcher = FileWatcher(debounce: .milliseconds(150))
    watcher.watch([model])
    let change = nextChange(watcher) {
      for text in ["ab", "abc", "abcd"] {
        _ = try? folder.write("model.dfd", text)
        usleep(20_000)
      }
    }
    #expect(change?.paths == [model])
    let second = nextChange(watcher, within: 0.5) {}
    #expect(second == nil)
  }

  @Test func stopEndsTheWait() {
    let watcher = FileWatcher()
    watcher.watch([])
    watcher.stop()
    #expect(watcher.next() == nil)
  }

  /// `watch` and `serve` read the files, then render, then watch: an edit made meanwhile
  /// (the render takes a while) is reported at once, not lost until the next one.
  @Test(arguments: mechanisms)
  func aChangeAfterReadingAndBeforeWatchingIsReported(polling: Bool) throws {
    let folder = try TemporaryFolder()
    let model = try folder.write("model.dfd", "process api \"API\"\n")
    let read = FileSnapshot([model])
    _ = try folder.write("model.dfd", "process api \"API\"\nstore db \"DB\"\n")
    let watcher = FileWatcher(forcePolling: polling)
    watcher.watch(read)
    #expect(nextChange(watcher, within: 2) {}?.paths == [model])
    // Unchanged since it was read: nothing to report.
    watcher.watch(FileSnapshot([model]))
    #expect(nextChange(watcher, within: 0.5) {} == nil)
  }

  /// Runs `edit` shortly after starting to wait, and returns the change seen within `seconds`
  /// (the watcher is stopped then; nil when nothing came).
  func nextChange(
    _ watcher: FileWatcher, within seconds: Double = 5, edit: @escaping @Sendable () -> Void
  ) -> FileChange? {
    let stopper = Thread {
      usleep(50_000)
      edit()
      Thread.sleep(forTimeInterval: seconds)
      watcher.stop()
    }
    stopper.start()
    return watcher.next()
  }
}

/// A folder in the temporary directory, removed when the value goes.
final class TemporaryFolder: Sendable {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("scp-dfd-live-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes `text` to `name` in the folder and returns the file's path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let file = path + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    return file
  }
}
