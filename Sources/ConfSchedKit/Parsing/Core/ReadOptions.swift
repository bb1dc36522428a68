/// How readers should read: what the user told them.
public struct ReadOptions: Sendable {
  /// The conference year, overriding the year inferred from the dump (`--year`).
  public var year: Int?
  /// The conference's time zone, for a file that does not name one (`--zone`).
  public var zone: ZoneRule?

  /// Creates options.
  public init(year: Int? = nil, zone: ZoneRule? = nil) {
    self.year = year
    self.zone = zone
  }
}
