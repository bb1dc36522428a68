extension LocalTime {
  /// The time `minutes` after midnight, held within `00:00...24:00`: for arithmetic whose result
  /// is known to be in range, without an optional to unwrap.
  init(clamping minutes: Int) {
    self.minutes = Swift.min(Swift.max(minutes, 0), 1440)
  }

  /// The time `count` minutes later, at most `24:00`.
  func adding(minutes count: Int) -> LocalTime {
    LocalTime(clamping: minutes + count)
  }
}

extension LocalTime {
  /// `00:00`, the start of a day.
  public static let midnight = LocalTime(clamping: 0)
}
