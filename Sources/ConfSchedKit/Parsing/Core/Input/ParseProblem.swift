/// A problem found by a grammar that also runs where nobody collects diagnostics (a family's
/// sniff reads card headers and time spans too): where it starts, as a byte offset into the
/// bytes the grammar read, and what is wrong.
///
/// A reader hands these to its `DiagnosticCollector`, which places them; nothing else turns
/// one into a `Diagnostic`.
struct ParseProblem: Hashable, Sendable {
  /// The byte offset the problem starts at.
  var offset: Int
  /// What is wrong, in one sentence without a final period.
  var message: String

  init(_ offset: Int, _ message: String) {
    self.offset = offset
    self.message = message
  }
}
