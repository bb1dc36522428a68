/// How readers should read: what the user told them.
public struct ReadOptions: Sendable {
  /// The conference year, overriding the year inferred from the dump (`--year`).
  public var year: Int?
  /// The time zone of a dump that names none (`--zone Area/City`): a frab schedule without
  /// `time_zone_name` reads its times in it.
  public var zone: ZoneRule?

  /// Creates options.
  public init(year: Int? = nil, zone: ZoneRule? = nil) {
    self.year = year
    self.zone = zone
  }
}
