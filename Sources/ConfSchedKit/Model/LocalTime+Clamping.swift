extension LocalTime {
  /// The time `minutes` after midnight, held within the day's clock (`00:00...48:00`): for
  /// arithmetic whose result is known to be in range, without an optional to unwrap.
  init(clamping minutes: Int) {
    self.minutes = Swift.min(Swift.max(minutes, 0), LocalTime.maximumMinutes)
  }

  /// The time `count` minutes later, at most the end of the day's clock.
  func adding(minutes count: Int) -> LocalTime {
    LocalTime(clamping: minutes + count)
  }
}

extension LocalTime {
  /// `00:00`, the start of a day.
  public static let midnight = LocalTime(clamping: 0)
}
