// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "confsched",
  products: [
    .executable(name: "confsched", targets: ["confsched"]),
    .library(name: "ConfSchedKit", targets: ["ConfSchedKit"]),
  ],
  targets: [
    // The model, the readers of every dump family, search, filters: never prints or exits.
    .target(name: "ConfSchedKit"),

    // The dumps in Data/, compiled into the binary by the EmbedData plugin.
    .target(name: "ConfSchedData", plugins: ["EmbedData"]),
    .plugin(
      name: "EmbedData",
      capability: .buildTool(),
      dependencies: ["confsched-embed"],
      path: "Sources/EmbedDataPlugin"
    ),
    .executableTarget(name: "confsched-embed", dependencies: ["ConfSchedKit"]),

    // The command-line tool: argument parsing, terminal output, exit status.
    // Release builds link the Swift runtime statically on Linux: it halves start-up, which is
    // most of a search's wall time (see the benchmark).
    .executableTarget(
      name: "confsched", dependencies: ["ConfSchedKit", "ConfSchedData"],
      linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
    ),

    // The benchmark: `swift run -c release confsched-bench`.
    .executableTarget(name: "confsched-bench", dependencies: ["ConfSchedKit", "ConfSchedData"]),

    // The fuzz target of the readers: `.ci/fuzz` builds it with libFuzzer and -DFUZZING;
    // an ordinary build is a reproducer that runs the files it is given through the same code.
    .executableTarget(name: "confsched-fuzz", dependencies: ["ConfSchedKit"]),

    .testTarget(name: "ConfSchedKitTests", dependencies: ["ConfSchedKit", "ConfSchedData"]),
    .testTarget(name: "confschedTests", dependencies: ["confsched"]),
  ]
)
