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
    exit(ConfSched.main(Array(CommandLine.arguments.dropFirst())).rawValue)
  }
}
