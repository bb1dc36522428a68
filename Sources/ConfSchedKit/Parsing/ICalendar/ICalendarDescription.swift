/// What an event's DESCRIPTION holds, as conference calendars write it: links (an HTML anchor or
/// a bare address, often first), a line of speakers' names, then the abstract.
///
///     <a href="https://nips.cc/...?showEvent=12175">Link to details</a>
///
///     Osman Ramadan, Douglas Orr, Dmitry Stratiychuk
///
///     INTRODUCTION ...
///
/// HTML is reduced to text (`<br>` and block ends as line breaks, character references
/// decoded); the abstract keeps its paragraphs.
struct ICalendarDescription {
  var links: [Link] = []
  var speakers: [Author] = []
  var abstract: String?

  init(_ description: String) {
    var text = description.replacing("\r\n", with: "\n")
    if Self.looksLikeHTML(text) { text = readingHTML(text) }
    var paragraphs = Self.paragraphs(text)
    // Paragraphs that are only a link (its label, or an address).
    while let first = paragraphs.first, isLinkOnly(first) { paragraphs.removeFirst() }
    if paragraphs.count >= 1, let names = Self.speakerNames(paragraphs[0]),
      paragraphs.count >= 2 || names.count >= 2
    {
      speakers = names
      paragraphs.removeFirst()
    }
    let joined = paragraphs.joined(separator: "\n\n")
    abstract = joined.isEmpty ? nil : joined
  }

  /// Whether a paragraph is only a link already taken (an anchor's label) or a bare address,
  /// which is taken now.
  private mutating func isLinkOnly(_ paragraph: String) -> Bool {
    if links.contains(where: { $0.label == paragraph }) { return true }
    guard !paragraph.contains(" "),
      paragraph.hasPrefix("http://") || paragraph.hasPrefix("https://")
    else { return false }
    links.append(Link(label: links.isEmpty ? "Event page" : "Link", url: paragraph))
    return true
  }

  static func looksLikeHTML(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return lowered.contains("<a ") || lowered.contains("<br") || lowered.contains("<p>")
      || lowered.contains("</p>") || lowered.contains("</div>") || lowered.contains("<li>")
  }

  /// HTML as text: anchors' labels (their addresses kept as links), line breaks at `<br>` and
  /// block ends, other tags removed, character references decoded.
  private mutating func readingHTML(_ html: String) -> String {
    var output = ""
    var rest = Substring(html)
    var anchor: (url: String, start: String.Index)?
    while let open = rest.firstIndex(of: "<") {
      output += rest[..<open]
      guard let close = rest[open...].firstIndex(of: ">") else {
        rest = rest[open...]
        break
      }
      let tag = rest[rest.index(after: open)..<close]
      let lowered = tag.lowercased()
      let name = lowered.split { $0 == " " || $0 == "/" || $0 == "\n" }.first.map(String.init) ?? ""
      if name == "a", let url = Self.attribute("href", in: String(tag)) {
        anchor = (url, output.endIndex)
      } else if lowered.hasPrefix("/a"), let open = anchor {
        let label = HTMLEntities.decode(String(output[open.start...])).trimmingSpaces()
        links.append(
          Link(label: label.isEmpty ? "Link" : label, url: HTMLEntities.decode(open.url)))
        anchor = nil
      } else if [
        "br", "p", "/p", "div", "/div", "li", "/li", "tr", "/tr", "h1", "h2", "h3", "/h1", "/h2",
        "/h3",
      ]
      .contains(name.isEmpty ? lowered : (lowered.hasPrefix("/") ? "/" + name : name)) {
        output += lowered.hasPrefix("/p") || name == "p" ? "\n\n" : "\n"
      }
      rest = rest[rest.index(after: close)...]
    }
    output += rest
    return HTMLEntities.decode(output)
  }

  /// `href="..."` or `href='...'` in a tag.
  private static func attribute(_ name: String, in tag: String) -> String? {
    guard let range = tag.firstRange(of: name + "=") ?? tag.firstRange(of: name.uppercased() + "=")
    else { return nil }
    var rest = tag[range.upperBound...]
    guard let quote = rest.first, quote == "\"" || quote == "'" else {
      return rest.split(separator: " ").first.map(String.init)
    }
    rest = rest.dropFirst()
    guard let end = rest.firstIndex(of: quote) else { return nil }
    return String(rest[..<end])
  }

  /// The paragraphs: runs of lines between blank lines, each trimmed, spaces collapsed within
  /// lines, empty ones dropped.
  static func paragraphs(_ text: String) -> [String] {
    var paragraphs: [String] = []
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = Markup.collapsingSpaces(String(line))
      if trimmed.isEmpty {
        if !lines.isEmpty { paragraphs.append(lines.joined(separator: "\n")) }
        lines = []
      } else {
        lines.append(trimmed)
      }
    }
    if !lines.isEmpty { paragraphs.append(lines.joined(separator: "\n")) }
    return paragraphs
  }

  /// A paragraph that is a line of names: `A, B and C`, `A · B`, `Name (Affiliation)`; each
  /// name a few words with no digits or sentence marks, most of them capitalised.
  static func speakerNames(_ paragraph: String) -> [Author]? {
    guard !paragraph.contains("\n"), paragraph.utf8.count <= 600 else { return nil }
    var parts: [String] = []
    var current = ""
    var depth = 0
    for character in paragraph {
      if character == "(" { depth += 1 }
      if character == ")" { depth = Swift.max(0, depth - 1) }
      if depth == 0, character == "," || character == "·" || character == ";" {
        parts.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    parts.append(current)
    parts = parts.flatMap { $0.split(separator: " and ") }.flatMap { $0.split(separator: " & ") }
      .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    guard !parts.isEmpty, parts.count <= 100 else { return nil }
    var capitalised = 0
    var authors: [Author] = []
    for part in parts {
      var name = part
      var affiliation: String?
      if part.hasSuffix(")"), let open = part.firstIndex(of: "(") {
        name = part[..<open].trimmingSpaces()
        affiliation = String(part[part.index(after: open)..<part.index(before: part.endIndex)])
          .trimmingSpaces()
      }
      let words = name.split(separator: " ")
      guard (1...6).contains(words.count), name.count <= 60,
        !name.contains(where: { $0.isNumber || "?!:;\"[]{}<>=/\\|@#".contains($0) }),
        !(name.hasSuffix(".") && (words.last?.count ?? 0) > 3)
      else { return nil }
      if words.allSatisfy({ $0.first.map { $0.isUppercase || !$0.isLetter } ?? false }) {
        capitalised += 1
      }
      authors.append(
        Author(name: name, affiliation: affiliation?.isEmpty == true ? nil : affiliation))
    }
    // One name must be wholly capitalised and be more than one word; a list, mostly so.
    if authors.count == 1 {
      guard capitalised == 1, (2...5).contains(parts[0].split(separator: " ").count) else {
        return nil
      }
    } else if capitalised * 2 < authors.count {
      return nil
    }
    return authors
  }
}
