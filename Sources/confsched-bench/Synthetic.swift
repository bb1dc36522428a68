import ConfSchedKit

/// Synthetic dumps for scaling: the real 2018 Tuesday repeated, each copy's titles shifted
/// (`Title [copy 7]`) so that nothing is merged away, and hostile inputs.
enum Synthetic {
  /// `copies` copies of `text`, titles of copy k ≥ 1 shifted.
  static func repeated(_ text: String, name: String, copies: Int) -> String {
    let titleLines = Set(
      CardReader.read(DumpSource(name: name, text: text)).events.map(\.source.line))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var result = ""
    result.reserveCapacity((text.utf8.count + 16 * titleLines.count) * copies)
    for copy in 0..<copies {
      for (index, line) in lines.enumerated() {
        result += line
        if copy > 0 && titleLines.contains(index + 1) { result += " [copy \(copy)]" }
        result += "\n"
      }
      result += "\n"
    }
    return result
  }

  /// 100 MB on one line: a title that never ends.
  static func longLine(megabytes: Int) -> String {
    let word = "adversarial "
    return String(repeating: word, count: megabytes * 1_000_000 / word.utf8.count) + "\n"
  }

  /// Many cards whose titles nest `<u>` tags ten thousand deep and whose author lines are
  /// ten thousand separators long.
  static func nested(cards: Int) -> String {
    let title =
      String(repeating: "<u>", count: 10_000) + "Deep" + String(repeating: "</u>", count: 10_000)
    let authors = String(repeating: " · ", count: 10_000)
    var text = ""
    for board in 1...cards {
      text +=
        "\(title)\n\nPoster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #\(board)\n\n\(authors)\n\nAn abstract.\n\n"
    }
    return text
  }
}
