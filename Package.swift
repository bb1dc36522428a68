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
    // It uses the kit's `SnapshotStrings` for the frozen schedule's string table.
    .target(name: "ConfSchedData", dependencies: ["ConfSchedKit"], plugins: ["EmbedData"]),
    .plugin(
      name: "EmbedData",
      capability: .buildTool(),
      dependencies: ["confsched-embed"],
      path: "Sources/EmbedDataPlugin"
    ),
    .executableTarget(name: "confsched-embed", dependencies: ["ConfSchedKit"]),

    // The command-line tool: argument parsing, terminal output, exit status.
    // Release builds are one static executable on Linux: no dynamic loader, no shared
    // libraries to map and relocate. Start-up is most of a search's wall time (see the
    // benchmark), and the binary runs anywhere with no other files. Linked with the
    // toolchain's lld, which (unlike gold) does not warn that the runtime mentions dlopen.
    .executableTarget(
      name: "confsched", dependencies: ["ConfSchedKit", "ConfSchedData", "HeapTuning"],
      linkerSettings: [
        .unsafeFlags(
          ["-static-executable", "-use-ld=lld"], .when(platforms: [.linux], configuration: .release)
        )
      ]
    ),

    // One call into glibc's malloc.h (not in Swift's Glibc module): the allocator keeps freed
    // memory for reuse, which compiling a large dump needs (see HeapTuning.h).
    // Its debug information in DWARF 4, as Swift's own: valgrind (callgrind, the profiles the
    // README quotes) cannot read clang's default DWARF 5, and gives up on the whole binary.
    .target(name: "HeapTuning", cSettings: [.unsafeFlags(["-gdwarf-4"])]),

    // The benchmark: `swift run -c release confsched-bench`.
    .executableTarget(name: "confsched-bench", dependencies: ["ConfSchedKit", "ConfSchedData"]),

    // The fuzz target of the readers: `.ci/fuzz` builds it with libFuzzer and -DFUZZING;
    // an ordinary build is a reproducer that runs the files it is given through the same code.
    .executableTarget(name: "confsched-fuzz", dependencies: ["ConfSchedKit"]),

    .testTarget(name: "ConfSchedKitTests", dependencies: ["ConfSchedKit", "ConfSchedData"]),
    .testTarget(name: "confschedTests", dependencies: ["confsched"]),
  ]
)
