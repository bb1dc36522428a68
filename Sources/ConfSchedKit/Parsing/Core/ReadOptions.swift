/// How readers should read: what the user told them.
public struct ReadOptions: Sendable {
  /// The conference year, overriding the year inferred from the dump (`--year`).
  public var year: Int?

  /// Creates options.
  public init(year: Int? = nil) {
    self.year = year
  }
}
