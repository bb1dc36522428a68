import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to the standard streams, all at once, handling short writes and closed pipes.
enum Output {
  /// Writes text to a file descriptor. On a terminal, every control character the text holds
  /// is replaced but line feeds, tabs and the colour sequences of `TextStyle` (when colour is
  /// on): the renderers already replace those of the data, and this keeps a machine format
  /// (CSV, Markdown) shown on a terminal from driving it too. A reader that went away (`| head`)
  /// ends the process quietly with status 0; any other failure is an I/O error.
  static func send(_ text: String, to descriptor: Int32 = 1) throws(CLIError) {
    if isatty(descriptor) == 1 {
      let colour = descriptor == 2 ? Terminal.stderrUsesColor : Terminal.stdoutUsesColor
      try writeAll(TerminalText.safe(text, keepingStyles: colour), to: descriptor)
    } else {
      try writeAll(text, to: descriptor)
    }
  }

  /// Writes a line to standard error, ignoring failures (there is nowhere left to report them).
  /// A file name's stray bytes show as `\xE9` (`PathBytes`).
  static func error(_ text: String, newline: Bool = true) {
    let text = PathBytes.displayed(text)
    try? send(newline && !text.hasSuffix("\n") ? text + "\n" : text, to: 2)
  }

  /// Writes bytes as they are.
  static func writeAll(_ text: String, to descriptor: Int32) throws(CLIError) {
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
    // Standard error has nowhere left to report its own failures.
    guard let failure, descriptor != 2 else { return }
    // SIGPIPE is ignored (see ConfSchedMain), so a closed pipe is this error: the reader has
    // all it wanted, and `set -o pipefail` must not see a failure.
    if failure == EPIPE { exit(0) }
    throw CLIError.failure(
      "cannot write output: \(String(cString: strerror(failure)))", .ioError)
  }
}
