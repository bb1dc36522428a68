/// Draws rectangles of text in a grid with light box-drawing lines: the text layout under the
/// timetable.
///
/// The grid has rows and lanes (columns). Each slot is given an owner; the slots of one owner
/// must form a rectangle, and become one cell with no line inside it, its text flowing down
/// over the rows it spans (through the lines that separate those rows elsewhere). Rows grow to
/// fit the text of their cells.
struct BoxGrid {
  /// The width of each lane's text, left to right.
  var widths: [Int]
  /// The owner of each slot, by row and then lane.
  var owners: [[Int]]
  /// Each owner's lines, each fitting the width of its lanes (`width(of:)`).
  var text: [Int: [String]]

  /// The text width of a cell spanning some lanes: theirs, plus the lines and padding between.
  func width(of lanes: Range<Int>) -> Int {
    widths[lanes].reduce(0, +) + 3 * Swift.max(lanes.count - 1, 0)
  }

  /// The grid's lines, the borders included, one at a time to `emit`, which answers false to
  /// stop; false when it did.
  func render(lines emit: (String) -> Bool) -> Bool {
    guard !owners.isEmpty else { return true }
    let heights = rowHeights()
    var offsets: [Int] = []
    var line = 0
    for height in heights {
      offsets.append(line)
      line += height + 1
    }
    let firstRow = firstRows()
    func textLine(_ owner: Int, row: Int, line: Int) -> String {
      let index = offsets[row] + line - offsets[firstRow[owner] ?? row]
      let lines = text[owner] ?? []
      return index < lines.count ? lines[index] : ""
    }
    guard emit(separator(above: nil, below: 0, heights: heights, textLine: textLine)) else {
      return false
    }
    for row in owners.indices {
      let runs = runs(row)
      for line in 0..<heights[row] {
        var text = "│"
        for run in runs {
          text += " " + DisplayText.padded(textLine(run.owner, row: row, line: line), to: run.width)
          text += " │"
        }
        guard emit(text) else { return false }
      }
      let below = row + 1 < owners.count ? row + 1 : nil
      guard emit(separator(above: row, below: below, heights: heights, textLine: textLine)) else {
        return false
      }
    }
    return true
  }

  /// The lanes of a row grouped by owner: each run's owner, first lane, and text width.
  private func runs(_ row: Int) -> [(owner: Int, lanes: Range<Int>, width: Int)] {
    var runs: [(owner: Int, lanes: Range<Int>, width: Int)] = []
    var lane = 0
    while lane < widths.count {
      let owner = owners[row][lane]
      var end = lane + 1
      while end < widths.count, owners[row][end] == owner { end += 1 }
      runs.append((owner, lane..<end, width(of: lane..<end)))
      lane = end
    }
    return runs
  }

  /// The line under `above` and over `below` (nil for the top and bottom borders): a rule, but
  /// the text of the cells that continue across it.
  private func separator(
    above: Int?, below: Int?, heights: [Int], textLine: (Int, Int, Int) -> String
  ) -> String {
    func continues(_ lane: Int) -> Bool {
      guard let above, let below else { return false }
      return owners[above][lane] == owners[below][lane]
    }
    func vertical(_ row: Int?, _ boundary: Int) -> Bool {
      guard let row else { return false }
      return boundary == 0 || boundary == widths.count
        || owners[row][boundary - 1] != owners[row][boundary]
    }
    func junction(_ boundary: Int) -> String {
      let left = boundary > 0 && !continues(boundary - 1)
      let right = boundary < widths.count && !continues(boundary)
      return BoxGrid.corner(
        up: vertical(above, boundary), down: vertical(below, boundary), left: left, right: right)
    }
    var text = junction(0)
    var lane = 0
    while lane < widths.count {
      if continues(lane), let above {
        let owner = owners[above][lane]
        var end = lane + 1
        while end < widths.count, continues(end), owners[above][end] == owner { end += 1 }
        let line = textLine(owner, above, heights[above])
        text += " " + DisplayText.padded(line, to: width(of: lane..<end)) + " "
        lane = end
      } else {
        text += String(repeating: "─", count: widths[lane] + 2)
        lane += 1
      }
      text += junction(lane)
    }
    return text
  }

  /// The lines each row takes: one at least, and enough for every cell's text.
  private func rowHeights() -> [Int] {
    var heights = Array(repeating: 1, count: owners.count)
    var spans: [Int: (first: Int, last: Int)] = [:]
    for (row, lanes) in owners.enumerated() {
      for owner in lanes {
        let first = spans[owner]?.first ?? row
        spans[owner] = (first, row)
      }
    }
    for (owner, span) in spans.sorted(by: {
      $0.value.last - $0.value.first < $1.value.last - $1.value.first
    }) {
      let needed = text[owner]?.count ?? 0
      let available = heights[span.first...span.last].reduce(0, +) + span.last - span.first
      if needed > available { heights[span.last] += needed - available }
    }
    return heights
  }

  private func firstRows() -> [Int: Int] {
    var first: [Int: Int] = [:]
    for (row, lanes) in owners.enumerated() {
      for owner in lanes where first[owner] == nil { first[owner] = row }
    }
    return first
  }

  /// The box-drawing character joining lines that leave a crossing up, down, left and right.
  static func corner(up: Bool, down: Bool, left: Bool, right: Bool) -> String {
    switch (up, down, left, right) {
    case (true, true, true, true): return "┼"
    case (true, true, false, true): return "├"
    case (true, true, true, false): return "┤"
    case (false, true, true, true): return "┬"
    case (true, false, true, true): return "┴"
    case (true, true, false, false): return "│"
    case (false, false, true, true): return "─"
    case (false, true, false, true): return "┌"
    case (false, true, true, false): return "┐"
    case (true, false, false, true): return "└"
    case (true, false, true, false): return "┘"
    case (true, false, false, false): return "╵"
    case (false, true, false, false): return "╷"
    case (false, false, true, false): return "╴"
    case (false, false, false, true): return "╶"
    case (false, false, false, false): return " "
    }
  }
}
