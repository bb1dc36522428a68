/// A day as a grid, the data behind `confsched timetable`: a column per room where talks run in
/// parallel, a row per step of the day's own times, and cells that span rows and columns.
///
/// - Rows run between the distinct start and end times of the events in the grid, so a 5-minute
///   spotlight takes one row and a 50-minute keynote as many as the times inside it.
/// - Columns are the rooms that hold an event while another room holds one too. An event in a
///   room that is not a column (a keynote in `Rooms 220 CDE`) or in no room (a coffee break)
///   is for everyone: its cell spans every column free for its whole time (a lunch beside a
///   town hall takes the other columns, and the town hall's column before it starts).
/// - Poster and demonstration sessions are summarised as one block each. A block that nothing
///   else overlaps takes a row of its own across the grid; the others run `alongside`.
/// - Events without a start time are listed in `untimed`; an event that overlaps another in
///   its own room, which a grid cannot show, in `overlapping`.
public struct Timetable: Hashable, Sendable {
  /// A step of the day: from one of its times to the next.
  public struct Row: Hashable, Sendable {
    /// The row's start.
    public var start: LocalTime
    /// The row's end: the next row's start.
    public var end: LocalTime

    /// Creates a row.
    public init(start: LocalTime, end: LocalTime) {
      self.start = start
      self.end = end
    }
  }

  /// What a cell holds.
  public enum Content: Hashable, Sendable {
    /// Events with the same hours and place, usually one (the dump's two identical lunches
    /// share a cell).
    case events([Event])
    /// A poster or demonstration session.
    case session(BoardSession)
  }

  /// A rectangle of the grid and what it holds.
  public struct Cell: Hashable, Sendable {
    /// What the cell shows.
    public var content: Content
    /// The rows it spans.
    public var rows: Range<Int>
    /// The columns it spans (indices into `columns`; `0..<1` when the grid has no columns).
    public var columns: Range<Int>
    /// Whether it is for everyone (a break, a plenary talk, a session) rather than one room's.
    public var isForEveryone: Bool

    /// Creates a cell.
    public init(content: Content, rows: Range<Int>, columns: Range<Int>, isForEveryone: Bool) {
      self.content = content
      self.rows = rows
      self.columns = columns
      self.isForEveryone = isForEveryone
    }

    /// The events the cell holds.
    public var events: [Event] {
      switch content {
      case .events(let events): return events
      case .session(let session): return session.events
      }
    }
  }

  /// The day.
  public let date: CalendarDate
  /// The conference of the day's events, when known.
  public let conference: Conference?
  /// The rooms with talks in parallel, in name order.
  public let columns: [String]
  /// The steps of the day, in time order, without gaps: a row no cell covers is a pause.
  public let rows: [Row]
  /// The cells, by first row and then first column.
  public let cells: [Cell]
  /// The sessions that overlap the grid's events, shown beside the grid.
  public let alongside: [BoardSession]
  /// The day's events without a start time.
  public let untimed: [Event]
  /// Events that overlap another event of their room and so have no cell.
  public let overlapping: [Event]

  /// The number of columns cells are laid in: the rooms, or one when there are none.
  public var laneCount: Int { Swift.max(columns.count, 1) }

  /// Whether the day has nothing to show at all.
  public var isEmpty: Bool {
    cells.isEmpty && alongside.isEmpty && untimed.isEmpty && overlapping.isEmpty
  }

  /// The cell covering a row and a column, if any.
  public func cell(row: Int, column: Int) -> Cell? {
    cells.first { $0.rows.contains(row) && $0.columns.contains(column) }
  }

  /// The grid of one day of `events` (events of other days are ignored).
  public init(_ events: [Event], on date: CalendarDate) {
    let dayEvents = events.filter { $0.date == date }
    self.date = date
    self.conference = dayEvents.lazy.compactMap(\.conference).first
    var layout = TimetableLayout(dayEvents)
    layout.place()
    columns = layout.columns
    rows = layout.rows
    cells = layout.cells.sorted {
      ($0.rows.lowerBound, $0.columns.lowerBound) < ($1.rows.lowerBound, $1.columns.lowerBound)
    }
    alongside = layout.alongside
    untimed = layout.untimed
    overlapping = layout.overlapping
  }
}
