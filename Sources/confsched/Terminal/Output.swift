import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to the standard streams, text at once or output in pieces, handling short writes
/// and closed pipes.
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

  /// Writes output that comes in pieces (a long JSON listing) to standard output as `send`
  /// writes text: each piece as it comes, so the whole is never held at once. Pieces end
  /// between elements or lines, never inside a character or an escape sequence.
  static func send(_ output: StreamedOutput) throws(CLIError) {
    var failure: CLIError?
    let isTerminal = isatty(1) == 1
    _ = output.produce { piece in
      do throws(CLIError) {
        if isTerminal {
          try send(String(decoding: piece, as: UTF8.self))
        } else {
          try check(piece.withUnsafeBytes { written($0, to: 1) }, to: 1)
        }
        return true
      } catch {
        failure = error
        return false
      }
    }
    if let failure { throw failure }
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
    try check(text.withUTF8 { written(UnsafeRawBufferPointer($0), to: descriptor) }, to: descriptor)
  }

  /// Writes bytes as they are; the `errno` of a failed write, else nil.
  private static func written(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
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

  /// What a failed write to `descriptor` means for the command.
  private static func check(_ failure: Int32?, to descriptor: Int32) throws(CLIError) {
    // Standard error has nowhere left to report its own failures.
    guard let failure, descriptor != 2 else { return }
    // SIGPIPE is ignored (see ConfSchedMain), so a closed pipe is this error: the reader has
    // all it wanted, and `set -o pipefail` must not see a failure.
    if failure == EPIPE { exit(0) }
    throw CLIError.failure(
      "cannot write output: \(String(cString: strerror(failure)))", .ioError)
  }
}
