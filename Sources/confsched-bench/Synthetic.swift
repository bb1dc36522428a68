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

  /// A program of `count` events in the virtual site's JSON, as compact as the site serves it:
  /// the 2018 Tuesday's titles, authors and abstracts in turn (titles of later rounds shifted,
  /// `Title [copy 7]`), posters over five days with every tenth paper also an oral linked by
  /// `related_events_ids`, in San Diego's zone.
  static func virtualSiteProgram(from text: String, name: String, count: Int) -> String {
    let events = CardReader.read(DumpSource(name: name, text: text)).events
    guard !events.isEmpty else { return "{}" }
    var results: [JSONValue] = []
    results.reserveCapacity(count)
    for number in 0..<count {
      let base = events[number % events.count]
      let round = number / events.count
      let id = 100_000 + number
      let isOral = number % 10 == 9
      let day = 2 + number % 5
      let hour = isOral ? 10 + number % 6 : (number % 2 == 0 ? 11 : 16)
      let start = "2025-12-0\(day)T\(hour):\(isOral ? "15" : "00"):00-08:00"
      let end = "2025-12-0\(day)T\(isOral ? hour : hour + 3):\(isOral ? "30" : "00"):00-08:00"
      let title = base.title + (round > 0 ? " [copy \(round)]" : "")
      let authors: [JSONValue] = base.authors.enumerated().map { index, author in
        .object([
          ("id", .int(500_000 + number * 8 + index)), ("fullname", .string(author.name)),
          (
            "url",
            .string(
              "http://neurips.cc/api/miniconf/users/\(500_000 + number * 8 + index)?format=json")
          ),
          ("institution", .optional(author.affiliation ?? "University of Somewhere")),
        ])
      }
      let kind = isOral ? "oral" : "poster"
      results.append(
        .object([
          ("id", .int(id)),
          ("uid", .string(String(UInt64(id) &* 0x9E37_79B9_7F4A_7C15, radix: 16))),
          ("name", .string(title)), ("authors", .array(authors)),
          ("abstract", .optional(base.abstract)),
          ("topic", .string("General Machine Learning->Representation Learning")),
          ("keywords", .array([])),
          ("decision", .string(isOral ? "Accept (oral)" : "Accept (poster)")),
          (
            "session",
            .string(
              isOral ? "San Diego Oral \(day)A" : "San Diego Poster Session \(number % 6 + 1)")
          ),
          ("eventtype", .string(isOral ? "Oral" : "Poster")),
          ("event_type", .string(isOral ? "Oral Presentation" : "{location} Poster")),
          ("room_name", .string(isOral ? "Upper Level Ballroom 20AB" : "Exhibit Hall C,D,E")),
          ("starttime", .string(start)), ("endtime", .string(end)),
          ("poster_position", isOral ? .null : .string("#\(number % 1500 + 1)")),
          ("virtualsite_url", .string("/virtual/2025/\(kind)/\(id)")),
          ("paper_url", .string("https://openreview.net/forum?id=P\(id)")),
          ("paper_pdf_url", .string("https://openreview.net/pdf?id=P\(id)")),
          ("sourceurl", .string("https://openreview.net/forum?id=P\(id)")),
          ("related_events_ids", .array(isOral ? [.int(id - 1)] : [])), ("visible", .bool(true)),
        ]))
    }
    return JSONValue.object([
      ("count", .int(count)), ("next", .null), ("previous", .null), ("results", .array(results)),
    ]).serialized(pretty: false) + "\n"
  }
}
