/// One edition of a conference: its year, city and time zone.
///
/// Every event holds its conference, so the fields live in one shared box: a copy costs a
/// pointer, not the 80 bytes of the fields (24 MB over 300,000 events).
public struct Conference: Hashable, Sendable, CustomStringConvertible {
  /// The fields, never changed once made.
  private final class Storage: Sendable {
    let id: String
    let name: String
    let year: Int
    let city: String?
    let zone: ZoneRule?

    init(id: String, name: String, year: Int, city: String?, zone: ZoneRule?) {
      self.id = id
      self.name = name
      self.year = year
      self.city = city
      self.zone = zone
    }
  }

  private let storage: Storage

  /// A short key for `--conference`: `neurips-2018`.
  public var id: String { storage.id }
  /// `NeurIPS 2018`.
  public var name: String { storage.name }
  /// The year.
  public var year: Int { storage.year }
  /// The host city, when known.
  public var city: String? { storage.city }
  /// The host city's time zone, when known.
  public var zone: ZoneRule? { storage.zone }

  /// Creates a conference.
  public init(id: String, name: String, year: Int, city: String?, zone: ZoneRule?) {
    storage = Storage(id: id, name: name, year: year, city: city, zone: zone)
  }

  /// Whether two conferences have the same fields (at once when they share a box).
  public static func == (a: Conference, b: Conference) -> Bool {
    a.storage === b.storage
      || (a.id, a.name, a.year, a.city, a.zone) == (b.id, b.name, b.year, b.city, b.zone)
  }

  /// Hashes the fields that `==` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(name)
    hasher.combine(year)
    hasher.combine(city)
    hasher.combine(zone)
  }

  /// `NeurIPS 2018 (Montréal)`.
  public var description: String { city.map { "\(name) (\($0))" } ?? name }

  /// The NeurIPS editions held in a city, one row per city (2025 met in two); the virtual
  /// editions of 2020 and 2021 have no city and no zone, and are left out. See
  /// `NeurIPSEditions` for where each row comes from.
  public static let neurIPSEditions: [Conference] = NeurIPSEditions.rows.map { row in
    Conference(
      id: row.id ?? "neurips-\(row.year)", name: "NeurIPS \(row.year)", year: row.year,
      city: row.city, zone: ZoneRule.named(row.zone))
  }

  /// The NeurIPS edition of a year (its first city, for a year with two): from the table, or
  /// one with no city and zone for a year the table does not have.
  public static func neurIPS(year: Int) -> Conference {
    neurIPSEditions.first { $0.year == year }
      ?? Conference(
        id: "neurips-\(year)", name: "NeurIPS \(year)", year: year, city: nil, zone: nil)
  }

  /// The NeurIPS edition of a year held in a city (`Mexico City`, any case), if the table has it.
  public static func neurIPS(year: Int, city: String) -> Conference? {
    neurIPSEditions.first { $0.year == year && $0.city?.lowercased() == city.lowercased() }
  }

  /// Every city a year's edition was held in, in the table's order.
  public static func neurIPSCities(year: Int) -> [Conference] {
    neurIPSEditions.filter { $0.year == year }
  }
}
