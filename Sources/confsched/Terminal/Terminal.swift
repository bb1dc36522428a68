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

  /// `--color`: when to colour. Set once, from the command line, before any output.
  nonisolated(unsafe) static var colorChoice = ColorChoice.auto

  /// Colour on standard output: `--color always`, or a terminal that is not `TERM=dumb`,
  /// without `NO_COLOR`.
  static var stdoutUsesColor: Bool { usesColor(isTerminal: isStdoutTTY) }

  /// Colour on standard error.
  static var stderrUsesColor: Bool { usesColor(isTerminal: isStderrTTY) }

  private static func usesColor(isTerminal: Bool) -> Bool {
    switch colorChoice {
    case .always: return true
    case .never: return false
    case .auto: return isTerminal && !noColor && environment("TERM") != "dumb"
    }
  }

  private static var noColor: Bool {
    guard let value = environment("NO_COLOR") else { return false }
    return !value.isEmpty
  }

  /// The widths `COLUMNS` and a terminal's size are held to: an absurd value (a huge
  /// `COLUMNS`) is read as the nearest bound, so that no layout allocates or loops by it.
  static let widthBounds = 20...1000

  /// The width to fit human output on standard output to: on a terminal, `COLUMNS` or the
  /// terminal's width; off it (a pipe, a file), nil: whole lines, as ripgrep and git print them.
  static var fitWidth: Int? {
    guard isStdoutTTY else { return nil }
    return columns ?? windowSize()?.columns ?? 80
  }

  /// The width to fit messages on standard error to: on a terminal, as `fitWidth`; off it,
  /// nil.
  static var stderrFitWidth: Int? {
    guard isStderrTTY else { return nil }
    return columns ?? windowSize(of: 2)?.columns ?? 80
  }

  /// A width for what needs one even off a terminal (help text, the timetable's grid): the
  /// terminal's, else `COLUMNS`, else 80.
  static var layoutWidth: Int {
    fitWidth ?? columns ?? 80
  }

  /// `COLUMNS`, held within `widthBounds`; nil when unset or not a number.
  static var columns: Int? {
    guard let text = environment("COLUMNS") else { return nil }
    let digits = text.trimmingCharacters(of: " ")
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    // Past 10 digits the value is beyond any bound: no need to read it as an Int.
    guard digits.count <= 10, let value = Int(digits) else { return widthBounds.upperBound }
    return Swift.min(Swift.max(value, widthBounds.lowerBound), widthBounds.upperBound)
  }

  /// The number of lines to fit: `LINES`, else the terminal's, else 24.
  static var height: Int {
    if let text = environment("LINES"), let lines = Int(text), lines > 0 {
      return Swift.min(lines, 100_000)
    }
    return windowSize()?.rows ?? 24
  }

  /// The terminal's size, held within bounds; nil off a terminal.
  private static func windowSize(of descriptor: Int32 = 1) -> (columns: Int, rows: Int)? {
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    let columns = Swift.min(
      Swift.max(Int(size.ws_col), widthBounds.lowerBound), widthBounds.upperBound)
    return (columns, size.ws_row > 0 ? Int(size.ws_row) : 24)
  }

  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}

/// `--color always|never|auto`.
enum ColorChoice: String, CaseIterable {
  case always, never, auto
}
