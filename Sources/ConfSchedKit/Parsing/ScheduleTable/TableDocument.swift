/// A page with schedule tables, as the parts a schedule table reader needs, in order: lines of
/// text (where the day, the zone and the room are stated) and table rows (each cell's text,
/// with bold kept as `**` so that a row's label can be found).
///
/// Markdown tables (`| 08:15 -- 08:30 | **Opening** |`, a `|---|` line under the header) and
/// HTML tables (`<tr><td>...`) both give rows; Jekyll front matter gives `key: value` lines.
struct TableDocument {
  enum Block {
    /// A line of text (markup removed but for `**`), at a byte offset.
    case text(String, offset: Int)
    /// A table row: its cells; header rows (above a markdown rule, or of `<th>`) are marked.
    case row([String], isHeader: Bool, offset: Int)
  }

  var blocks: [Block] = []

  /// Reads a page: HTML when it has a `<table>`, else markdown.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    if Self.hasHTMLTable(bytes) {
      readHTML(bytes)
    } else {
      readMarkdown(bytes)
    }
  }

  static func hasHTMLTable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let needle = Array("<table".utf8)
    var index = 0
    while let found = bytes.firstIndex(of: UInt8(ascii: "<"), in: index..<bytes.count) {
      if found + needle.count <= bytes.count,
        zip(bytes[found..<found + needle.count], needle).allSatisfy({ $0.lowercasedASCII == $1 })
      {
        return true
      }
      index = found + 1
    }
    return false
  }

  // MARK: Markdown

  private mutating func readMarkdown(_ bytes: UnsafeBufferPointer<UInt8>) {
    var lines: [Line] = []
    for line in bytes.eachLine() { lines.append(line) }
    var index = 0
    // Front matter: its lines are `key: value` text.
    if let first = lines.first, bytes.string(bytes.trimmed(first.start..<first.end)) == "---" {
      index = 1
      while index < lines.count {
        let text = bytes.string(bytes.trimmed(lines[index].start..<lines[index].end))
        index += 1
        if text == "---" || text == "..." { break }
        blocks.append(.text(text, offset: lines[index - 1].start))
      }
    }
    while index < lines.count {
      let line = lines[index]
      let range = bytes.trimmed(line.start..<line.end)
      index += 1
      guard !range.isEmpty else { continue }
      if bytes[range.lowerBound] == UInt8(ascii: "|") {
        let cells = Self.cells(bytes.string(range))
        if Self.isRule(cells) {
          // The row above was the header.
          if case .row(let header, _, let offset)? = blocks.last {
            blocks[blocks.count - 1] = .row(header, isHeader: true, offset: offset)
          }
          continue
        }
        blocks.append(.row(cells, isHeader: false, offset: line.start))
      } else {
        blocks.append(.text(Self.readable(bytes.string(range)), offset: line.start))
      }
    }
  }

  /// `| a | b \| c |` is `a`, `b | c`.
  static func cells(_ line: String) -> [String] {
    var cells: [String] = []
    var current = ""
    var escaped = false
    for character in line {
      if escaped {
        current.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "|" {
        cells.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    cells.append(current)
    if cells.first?.trimmingSpaces().isEmpty == true { cells.removeFirst() }
    if cells.last?.trimmingSpaces().isEmpty == true { cells.removeLast() }
    return cells.map { readable($0) }
  }

  /// `|---|:---:|`.
  static func isRule(_ cells: [String]) -> Bool {
    !cells.isEmpty
      && cells.allSatisfy { cell in
        let text = cell.trimmingSpaces()
        return text.contains("-") && text.allSatisfy { $0 == "-" || $0 == ":" }
      }
  }

  /// A line of markdown as text: inline HTML tags (`<sup>th</sup>`, `<br>`) and character
  /// references removed, bold kept.
  static func readable(_ text: String) -> String {
    var output = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
      output += rest[..<open]
      let tag = rest[rest.index(after: open)..<close].lowercased()
      if tag == "b" || tag == "/b" || tag == "strong" || tag == "/strong" {
        output += "**"
      } else if tag.hasPrefix("br") {
        output += " "
      } else if !(tag.first?.isLetter ?? false) && !tag.hasPrefix("/") {
        output += rest[open...close]  // not a tag: `a < b > c`
      }
      rest = rest[rest.index(after: close)...]
    }
    output += rest
    return Markup.collapsingSpaces(HTMLEntities.decode(output))
  }

  // MARK: HTML

  private mutating func readHTML(_ bytes: UnsafeBufferPointer<UInt8>) {
    var scanner = HTMLScanner(bytes)
    var row: [String]?
    var rowIsHeader = false
    var rowOffset = 0
    var cell: String?
    var text = ""
    var textOffset = 0
    func flushText(_ blocks: inout [Block]) {
      let line = Self.readable(text)
      if !line.isEmpty, line != "#" { blocks.append(.text(line, offset: textOffset)) }
      text = ""
    }
    while let token = scanner.next() {
      switch token {
      case .text(let range):
        let piece = bytes.string(range)
        if cell != nil {
          cell? += piece
        } else if row == nil {
          if text.isEmpty { textOffset = range.lowerBound }
          text += piece
        }
      case .startTag(let tag):
        let name = bytes.string(tag.name).lowercased()
        switch name {
        case "tr":
          flushText(&blocks)
          row = []
          rowIsHeader = false
          rowOffset = tag.start
        case "td", "th":
          if row == nil {
            row = []
            rowOffset = tag.start
          }
          if let open = cell { row?.append(Self.readable(open)) }
          cell = ""
          if name == "th" { rowIsHeader = true }
        case "b", "strong":
          if cell != nil { cell? += "**" } else { text += "**" }
        case "h1", "h2", "h3", "h4", "h5", "h6":
          if cell != nil {
            cell? += " "
          } else {
            flushText(&blocks)
            text = "# "
            textOffset = tag.start
          }
        case "br", "p", "div", "li":
          if cell != nil { cell? += " " } else { flushText(&blocks) }
        default:
          break
        }
      case .endTag(let nameRange):
        let name = bytes.string(nameRange).lowercased()
        switch name {
        case "td", "th":
          if let open = cell { row?.append(Self.readable(open)) }
          cell = nil
        case "tr":
          if let open = cell { row?.append(Self.readable(open)) }
          cell = nil
          if let cells = row, !cells.isEmpty {
            blocks.append(.row(cells, isHeader: rowIsHeader, offset: rowOffset))
          }
          row = nil
        case "b", "strong":
          if cell != nil { cell? += "**" } else { text += "**" }
        case "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table":
          if cell == nil { flushText(&blocks) }
        default:
          break
        }
      }
    }
    flushText(&blocks)
  }
}
