/// A timetable as lists, for terminals too narrow for its grid: first what is for everyone
/// (breaks, plenary talks, sessions), then each room's events, all in time order.
struct TimetableRoomList {
  var renderer: TimetableRenderer

  /// The lists' lines.
  func render(_ timetable: Timetable) -> [String] {
    var lines: [String] = []
    var everyone: [Timetable.Cell] = []
    var byLane = [[Timetable.Cell]](repeating: [], count: timetable.columns.count)
    var listed: Set<Timetable.Content> = []
    for cell in timetable.cells {
      if cell.isForEveryone {
        // A lunch split around a town hall is listed once.
        if listed.insert(cell.content).inserted { everyone.append(cell) }
      } else {
        for lane in cell.columns where byLane.indices.contains(lane) { byLane[lane].append(cell) }
      }
    }
    var sections: [(String, [Timetable.Cell])] = [("All rooms", everyone)]
    for (lane, room) in timetable.columns.enumerated() { sections.append((room, byLane[lane])) }
    for (title, cells) in sections where !cells.isEmpty {
      if !lines.isEmpty { lines.append("") }
      lines.append(renderer.style.bold(DisplayText.printable(title)))
      for cell in cells { lines += item(cell) }
    }
    return lines
  }

  /// `  10:05-10:20  nhrdf4 Oral`, then the title under the header.
  private func item(_ cell: Timetable.Cell) -> [String] {
    let indent = String(repeating: " ", count: 15)
    let width = Swift.max(renderer.width - indent.count, 20)
    let time: String
    switch cell.content {
    case .session(let session): time = session.timeRange
    case .events(let events): time = events.first?.timeRange ?? ""
    }
    let cellLines = renderer.lines(cell, width: width, showingTime: false)
    return cellLines.enumerated().map { index, line in
      (index == 0 ? "  " + DisplayText.padded(time, to: 11) + "  " : indent) + line
    }
  }
}
