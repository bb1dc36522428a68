import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the process knows about where its output goes.
enum Terminal {
  /// Whether standard output is a terminal (not a pipe or a file).
  static var isStdoutTTY: Bool { isatty(1) == 1 }

  /// Whether standard input is a terminal (someone can answer a question).
  static var isStdinTTY: Bool { isatty(0) == 1 }

  /// Whether standard error is a terminal.
  static var isStderrTTY: Bool { isatty(2) == 1 }

  /// Colour on standard output: only on a terminal, and never when NO_COLOR is set.
  static var stdoutUsesColor: Bool { isStdoutTTY && !noColor }

  /// Colour on standard error.
  static var stderrUsesColor: Bool { isStderrTTY && !noColor }

  private static var noColor: Bool {
    guard let value = environment("NO_COLOR") else { return false }
    return !value.isEmpty
  }

  /// The width to fit: `COLUMNS`, else the terminal's, else 80.
  static var width: Int {
    if let text = environment("COLUMNS"), let columns = Int(text), columns > 0 {
      return columns
    }
    var size = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }

  /// The number of lines to fit: `LINES`, else the terminal's, else 24.
  static var height: Int {
    if let text = environment("LINES"), let lines = Int(text), lines > 0 { return lines }
    var size = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
    return 24
  }

  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}

/// Writes to the standard streams, all at once, handling short writes and closed pipes.
enum Output {
  /// Writes text to a file descriptor. A reader that went away (`| head`) ends the process
  /// quietly; any other failure is an I/O error.
  static func send(_ text: String, to descriptor: Int32 = 1) throws(CLIError) {
    var text = text
    let failure: Int32? = text.withUTF8 { buffer in
      guard let base = buffer.baseAddress else { return nil }
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
    guard let failure else { return }
    if failure == EPIPE { exit(0) }
    throw CLIError.failure(
      "cannot write output: \(String(cString: strerror(failure)))", .ioError)
  }

  /// Writes a line to standard error, ignoring failures (there is nowhere left to report them).
  /// A file name's stray bytes show as `\xE9` (`PathBytes`).
  static func error(_ text: String, newline: Bool = true) {
    let text = PathBytes.displayed(text)
    try? send(newline && !text.hasSuffix("\n") ? text + "\n" : text, to: 2)
  }
}
