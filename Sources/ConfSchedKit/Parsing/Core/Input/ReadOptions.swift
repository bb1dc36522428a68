/// How readers should read: what the user told them.
public struct ReadOptions: Sendable {
  /// The conference year, overriding the year inferred from the dump (`--year`).
  public var year: Int?
  /// The time zone of a dump that names none (`--zone Area/City`): a frab schedule without
  /// `time_zone_name` reads its times in it.
  public var zone: ZoneRule?
  /// The zone a saved web page shows its times in when it prints none: the zone of the
  /// browser that saved it (`--page-zone`).
  public var pageZone: ZoneRule?

  /// Whether the events are wanted, or only their count and warnings (`check`): a reader may
  /// then let each event go once it is made (`ReadResult.droppedEventCount`). The card reader
  /// does, where the events of small cards are most of the memory a read takes.
  public var keepsEvents = true

  /// Creates options.
  public init(year: Int? = nil, zone: ZoneRule? = nil, pageZone: ZoneRule? = nil) {
    self.year = year
    self.zone = zone
    self.pageZone = pageZone
  }
}
