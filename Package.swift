// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "scp-dfd",
  // Built and tested on Linux; macOS 15 is the minimum for Synchronization.Mutex, untested.
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "scp-dfd", targets: ["scp-dfd"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    // Tests only: the WebSocket client that drives headless Chromium over DevTools.
    .package(url: "https://github.com/hummingbird-project/swift-websocket", from: "1.6.0"),
  ],
  targets: [
    // The domain model: values only, no dependencies.
    .target(name: "DFDModel"),
    // Escaping of untrusted text for every output context (standard library only).
    .target(name: "OutputEscaping"),
    // Diagnostics of every producer (parser, catalogue, triage, CLI): source files, positions and
    // the one renderer.
    .target(name: "Diagnostics", dependencies: ["OutputEscaping"]),
    // Lexer, parser, resolver and the model loader.
    .target(name: "DFDParser", dependencies: ["DFDModel", "Diagnostics", "OutputEscaping"]),
    // The threat catalogue (YAML), its condition language and the analyser.
    .target(
      name: "ThreatEngine",
      dependencies: [
        "DFDModel", "Diagnostics", "OutputEscaping", .product(name: "Yams", package: "Yams"),
      ],
      // The built-in catalogue's YAML is the source of Generated/BuiltInCatalogue.swift, which
      // a test regenerates and compares; the binary holds only the precompiled form.
      exclude: ["Resources/connected-places.yaml"]
    ),
    // The Graphviz C library, through pkg-config.
    .systemLibrary(
      name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
    // DOT writing (pure Swift) and in-process layout and rendering.
    .target(name: "DFDLayout", dependencies: ["DFDModel", "OutputEscaping", "CGraphviz"]),
    // Reports: every output format of findings (table, JSON, CSV, SARIF, Markdown, HTML through
    // Mustache templates) and of catalogues.
    .target(
      name: "Reports",
      dependencies: [
        "DFDModel", "OutputEscaping", "ThreatEngine",
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      resources: [
        .embedInCode("Templates/report.html.mustache"),
        .embedInCode("Templates/report.md.mustache"),
        .embedInCode("Templates/report.css"),
        .embedInCode("Templates/report.js"),
      ]
    ),
    // Import and export of Threat Dragon v2 and Open Threat Model (OTM) files.
    .target(name: "Interop", dependencies: ["DFDModel", "DFDLayout", "OutputEscaping"]),
    // The pipeline the commands, the fuzz harness and the tests share: load a model with its
    // includes and catalogues, analyse, check triage, lay out, render and write, in process,
    // returning diagnostics and failures as values.
    .target(
      name: "Pipeline",
      dependencies: [
        "DFDModel", "Diagnostics", "DFDParser", "ThreatEngine", "DFDLayout", "Reports",
        "OutputEscaping",
      ]),
    // Watching the files a model reads, for `watch` and `serve` (standard library only).
    .target(name: "LiveReload"),
    // The local preview server behind `serve`: the page, its reload events, nothing else.
    .target(
      name: "LiveServer",
      dependencies: [
        "OutputEscaping", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    .executableTarget(
      name: "scp-dfd",
      dependencies: [
        "DFDModel", "Diagnostics", "DFDParser", "ThreatEngine", "DFDLayout", "Reports",
        "OutputEscaping", "Interop", "LiveReload", "LiveServer", "Pipeline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The fuzz harness: replays inputs in a normal build; scripts/fuzz.sh builds it with
    // -sanitize=fuzzer,address and -D SCP_DFD_FUZZER as a libFuzzer target.
    .executableTarget(
      name: "DFDFuzz",
      dependencies: [
        "DFDModel", "Diagnostics", "DFDParser", "ThreatEngine", "DFDLayout", "Reports", "Pipeline",
      ]),
    // What the tests share: goldens, JSON Schema validation, headless Chromium.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "DFDModelTests", dependencies: ["DFDModel"]),
    .testTarget(name: "OutputEscapingTests", dependencies: ["OutputEscaping"]),
    .testTarget(
      name: "DFDParserTests",
      dependencies: ["TestSupport", "Diagnostics", "DFDParser", "ThreatEngine"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ThreatEngineTests",
      dependencies: ["TestSupport", "Diagnostics", "ThreatEngine", "DFDParser", "Reports"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "DFDLayoutTests",
      dependencies: [
        "TestSupport", "DFDLayout", "Diagnostics", "DFDParser", "ThreatEngine", "OutputEscaping",
      ],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ReportsTests", dependencies: ["TestSupport", "Reports"],
      exclude: ["Golden", "Fixtures"]),
    .testTarget(
      name: "InteropTests",
      dependencies: ["TestSupport", "Interop", "Diagnostics", "DFDParser", "ThreatEngine"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "DiffTests",
      dependencies: ["TestSupport", "Reports", "Diagnostics", "DFDParser", "ThreatEngine"],
      exclude: ["Fixtures", "Golden"]),
    .testTarget(
      name: "PipelineTests",
      dependencies: [
        "TestSupport",
        "Pipeline", "Diagnostics", "DFDLayout", "DFDParser", "Reports", "ThreatEngine",
      ],
      exclude: ["Fixtures"]),
    .testTarget(name: "LiveReloadTests", dependencies: ["LiveReload", "LiveServer"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "TestSupport",
        "scp-dfd", "DFDFuzz", .product(name: "WSClient", package: "swift-websocket"),
        .product(name: "Logging", package: "swift-log"),
      ]),
  ]
)
