#if SCP_DFD_FUZZER
  /// libFuzzer's entry point: one input per call (built by scripts/fuzz.sh).
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }

  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// SwiftPM links an executable's `main` to `<module>_main`; here that hands over to libFuzzer.
  @_cdecl("DFDFuzz_main")
  public func fuzzerMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { fuzzOneInput($0, $1) }
  }
#else
  import Foundation

  /// Without the fuzzer, `DFDFuzz FILE...` replays inputs (a crash artifact, a corpus) through
  /// the same harness, so a crash can be reproduced and debugged with an ordinary build.
  @main
  enum Replay {
    static func main() {
      var count = 0
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("DFDFuzz: cannot read \(path)\n".utf8))
          exit(2)
        }
        FuzzHarness.run(Array(data))
        count += 1
      }
      print("replayed \(count) input\(count == 1 ? "" : "s")")
    }
  }
#endif
