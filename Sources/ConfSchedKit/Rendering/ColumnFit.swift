/// How the columns of a listing share a terminal's width with the title that ends each line.
///
/// A listing must never lose what a user needs to find an event (its id, time, room, board),
/// so on a narrow terminal the title gives way first, down to `comfortableTitle` columns; then
/// the columns that can go (the kind) go, in order; then the title again, down to
/// `minimumTitle`; only then are the columns that can be shortened (a long room name) shortened.
/// What still does not fit makes the line longer than the terminal, rather than vanish. Off a terminal (`width`
/// nil) every column and the title take their natural width: whole lines.
struct ColumnFit {
  /// What one column needs.
  struct Column {
    /// The widest value.
    var natural: Int
    /// The narrowest it may be cut to; `natural` for a column that is never cut.
    var minimum: Int
    /// Whether it may be left out on a narrow terminal (the order of the columns is the order
    /// they go in).
    var isOptional = false

    /// A column that is never cut nor left out.
    static func fixed(_ width: Int) -> Column { Column(natural: width, minimum: width) }
  }

  /// The title's width once the columns are placed, below which they start giving way.
  static let comfortableTitle = 24
  /// The narrowest title.
  static let minimumTitle = 10

  /// Each column's width (0 when left out) and the title's, for a line of `width` columns (nil:
  /// no limit) with `lead` columns before the first and `gap` between them.
  static func fit(
    _ columns: [Column], title: Int, width: Int?, lead: Int = 0, gap: Int = 2
  ) -> (columns: [Int], title: Int) {
    var widths = columns.map(\.natural)
    guard let width else { return (widths, title) }
    func room() -> Int {
      width - lead - widths.reduce(0) { $0 + ($1 > 0 ? $1 + gap : 0) }
    }
    let wanted = Swift.min(title, comfortableTitle)
    for (index, column) in columns.enumerated() where column.isOptional && room() < wanted {
      widths[index] = 0
    }
    let least = Swift.min(title, minimumTitle)
    for (index, column) in columns.enumerated() where room() < least && widths[index] > 0 {
      widths[index] = Swift.max(column.minimum, widths[index] - (least - room()))
    }
    return (widths, Swift.min(title, Swift.max(room(), minimumTitle)))
  }
}
