import ConfSchedKit
import HeapTuning

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process: the one place that exits.
@main
enum ConfSchedMain {
  static func main() {
    // A write past a file-size limit fails with EFBIG and gets a message, instead of killing
    // the process half-way through a file.
    signal(SIGXFSZ, SIG_IGN)
    // A reader that closes the pipe early (`| head -1`) makes a write fail with EPIPE, which
    // `Output` ends on with status 0, instead of killing the process (141 under pipefail).
    signal(SIGPIPE, SIG_IGN)
    // Large arrays freed while a dump is compiled are used again, not faulted in afresh.
    confsched_keep_freed_memory()
    // File names are bytes: an argument that is not UTF-8 (`caf\xE9.md`) keeps its bytes
    // (CommandLine.arguments would turn them into U+FFFD, and name another file).
    let arguments = (1..<Int(CommandLine.argc)).compactMap { index in
      CommandLine.unsafeArgv[index].map { PathBytes.string(fromCString: $0) }
    }
    exit(ConfSched.main(arguments).rawValue)
  }
}
