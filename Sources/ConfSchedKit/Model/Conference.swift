/// One edition of a conference: its year, city and time zone.
public struct Conference: Hashable, Sendable, CustomStringConvertible {
  /// A short key for `--conference`: `neurips-2018`.
  public let id: String
  /// `NeurIPS 2018`.
  public let name: String
  /// The year.
  public let year: Int
  /// The host city, when known.
  public let city: String?
  /// The host city's time zone, when known.
  public let zone: ZoneRule?

  /// Creates a conference.
  public init(id: String, name: String, year: Int, city: String?, zone: ZoneRule?) {
    self.id = id
    self.name = name
    self.year = year
    self.city = city
    self.zone = zone
  }

  /// `NeurIPS 2018 (Montréal)`.
  public var description: String { city.map { "\(name) (\($0))" } ?? name }

  /// The NeurIPS editions held in one place (2020 and 2021 were virtual and are left out).
  public static let neurIPSEditions: [Conference] = [
    (2010, "Vancouver", ZoneRule.vancouver),
    (2011, "Granada", .madrid),
    (2012, "Lake Tahoe", .losAngeles),
    (2013, "Lake Tahoe", .losAngeles),
    (2014, "Montréal", .toronto),
    (2015, "Montréal", .toronto),
    (2016, "Barcelona", .madrid),
    (2017, "Long Beach", .losAngeles),
    (2018, "Montréal", .toronto),
    (2019, "Vancouver", .vancouver),
    (2022, "New Orleans", .chicago),
    (2023, "New Orleans", .chicago),
    (2024, "Vancouver", .vancouver),
    (2025, "San Diego", .losAngeles),
  ].map { year, city, zone in
    Conference(id: "neurips-\(year)", name: "NeurIPS \(year)", year: year, city: city, zone: zone)
  }

  /// The NeurIPS edition of a year: from the table, or one with no city and zone.
  public static func neurIPS(year: Int) -> Conference {
    neurIPSEditions.first { $0.year == year }
      ?? Conference(
        id: "neurips-\(year)", name: "NeurIPS \(year)", year: year, city: nil, zone: nil)
  }
}
