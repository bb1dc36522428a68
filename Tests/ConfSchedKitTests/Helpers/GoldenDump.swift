import Foundation
import Testing

@testable import ConfSchedKit

/// A stable text form of parsed events, one block per event, for golden files.
func goldenText(_ events: [Event]) -> String {
  var lines: [String] = []
  for event in events {
    var head = "[\(event.id)] \(event.kind) | \(event.date?.description ?? "-") \(event.timeRange)"
    head += " | room: \(event.room ?? "-") | board: \(event.board ?? "-")"
    lines.append(head)
    lines.append("  title: \(event.title)")
    if !event.authors.isEmpty {
      lines.append(
        "  authors: "
          + event.authors.map { $0.name + ($0.affiliation.map { " (\($0))" } ?? "") }.joined(
            separator: "; "))
    }
    if let session = event.session { lines.append("  session: \(session)") }
    if let abstract = event.abstract { lines.append("  abstract: \(abstract)") }
    if let notes = event.notes {
      lines.append(
        "  notes: "
          + notes.split(separator: "\n", omittingEmptySubsequences: false).joined(
            separator: "\n    | "))
    }
    for link in event.links { lines.append("  link: \(link.label) <\(link.url)>") }
    if !event.alsoPresented.isEmpty {
      lines.append("  also: " + event.alsoPresented.map(\.rawValue).joined(separator: " "))
    }
    lines.append("  source: \(event.source)")
  }
  return lines.joined(separator: "\n") + "\n"
}

/// Compares text with a golden file in Tests/Fixtures/golden; `CONFSCHED_UPDATE_GOLDEN=1`
/// rewrites the file instead.
func expectGolden(
  _ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let path = fixtures + "/golden/" + name
  if ProcessInfo.processInfo.environment["CONFSCHED_UPDATE_GOLDEN"] == "1" {
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return
  }
  let expected = try String(contentsOfFile: path, encoding: .utf8)
  if expected != text {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = text.split(separator: "\n", omittingEmptySubsequences: false)
    let first =
      zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    Issue.record(
      """
      \(name) differs from the golden file at line \(first + 1):
        golden: \(first < a.count ? String(a[first]) : "<end>")
        actual: \(first < b.count ? String(b[first]) : "<end>")
      Rerun with CONFSCHED_UPDATE_GOLDEN=1 after checking the change by hand.
      """, sourceLocation: sourceLocation)
  }
}
