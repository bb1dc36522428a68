/// Collects a reader's warnings at byte offsets of a dump, as `file:line:column` diagnostics.
struct WarningCollector {
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
    self.bytes = bytes
    self.file = file
  }

  /// Warns about a line, at `offset` or else at its first non-blank character.
  mutating func warn(_ line: Line, at offset: Int? = nil, _ message: String) {
    let position = offset ?? bytes.trimmed(line.start..<line.end).lowerBound
    diagnostics.append(
      Diagnostic(
        .warning,
        at: SourceLocation(
          file: file, line: line.number, column: bytes.column(of: position, in: line)),
        message))
  }

  /// The diagnostics in the dump's order (a stable sort by line and column).
  var sorted: [Diagnostic] {
    diagnostics.enumerated().sorted {
      ($0.element.location.line, $0.element.location.column, $0.offset)
        < ($1.element.location.line, $1.element.location.column, $1.offset)
    }.map(\.element)
  }
}
