#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The conference a file of the virtual site belongs to: its series (NeurIPS, or ICML, ICLR and
/// the others on the same platform), its year, and the cities the editions table gives it.
///
/// A NeurIPS year in `NeurIPSEditions` has its city and zone from there (2025, two: San Diego
/// and Mexico City). Any other edition (NeurIPS 2020 and 2021 met online; the other series are
/// not in the table) is a conference with no city whose zone is `--zone`, else the file's own
/// offset, and the reader says so in a warning: never a guessed city.
struct VirtualSiteEdition {
  /// A conference series: `NeurIPS`, `neurips`.
  struct Series: Equatable {
    var name: String
    var key: String

    static let neurIPS = Series(name: "NeurIPS", key: "neurips")
  }

  let series: Series
  let year: Int
  /// The table's conferences of the year, one per city; empty when the table lacks the year.
  let cities: [Conference]

  init(series: Series, year: Int) {
    self.series = series
    self.year = year
    cities = series == .neurIPS ? Conference.neurIPSCities(year: year) : []
  }

  /// Whether the editions table has the year.
  var isListed: Bool { !cities.isEmpty }

  /// The conference of an edition the table lacks, shown in `zone`.
  func unlisted(zone: ZoneRule?) -> Conference {
    Conference(
      id: "\(series.key)-\(year)", name: "\(series.name) \(year)", year: year, city: nil,
      zone: zone)
  }

  /// Why the edition has no city, and which zone its times are shown in, for a warning.
  func unlistedMessage(zone: ZoneRule?, from origin: String) -> String {
    let why =
      series == .neurIPS && (2020...2021).contains(year)
      ? "\(series.name) \(year) met online and has no city in the editions table"
      : "\(series.name) \(year) is not in the editions table"
    guard let zone else {
      return why
        + ": its times are shown as printed, in no known zone (pass --zone Area/City for the conference's zone)"
    }
    return why
      + ": its times are shown in \(zone.identifier) (\(origin)); pass --zone Area/City for another zone"
  }

  /// The city of the table an event was held in: the one its texts (session, room) name, else
  /// the one whose zone had `offset` at the event's instant, else the year's first.
  func city(named texts: [String?], offset: Int? = nil, utcMinutes: Int? = nil) -> Conference? {
    guard cities.count > 1 else { return cities.first }
    for text in texts.compactMap({ $0?.lowercased() }) {
      if let city = cities.first(where: { ($0.city?.lowercased()).map(text.contains) ?? false }) {
        return city
      }
    }
    return cities[cityIndex(offset: offset, utcMinutes: utcMinutes)]
  }

  /// The index in `cities` of the one whose zone had `offset` at the instant, else 0 (the
  /// year's first).
  func cityIndex(offset: Int?, utcMinutes: Int?) -> Int {
    if let offset, let utcMinutes {
      let instant = UTCDateTime(secondsSinceEpoch: utcMinutes * 60)
      if let index = cities.firstIndex(where: { $0.zone?.utcOffset(at: instant) == offset }) {
        return index
      }
    }
    return 0
  }

  // MARK: Series

  /// The series a file belongs to: the one its name starts with (`icml-2024-orals-posters.json`),
  /// else the one its links' host names (`https://iclr.cc/virtual/...`), else NeurIPS.
  static func series(fileName: String, urls: [String]) -> Series {
    let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
    let parts = base.lowercased().split(separator: "-")
    if parts.count >= 2, parts[1].count == 4, parts[1].allSatisfy(\.isNumber),
      let first = parts.first, first.allSatisfy(\.isLetter), (2...10).contains(first.count)
    {
      return series(key: String(first))
    }
    for url in urls {
      guard let host = host(of: url) else { continue }
      let label = host.hasPrefix("www.") ? host.dropFirst(4) : host[...]
      guard let key = label.split(separator: ".").first, label.contains(".") else { continue }
      return series(key: String(key))
    }
    return .neurIPS
  }

  /// The series of a short key: `neurips` and `nips` are NeurIPS.
  static func series(key: String) -> Series {
    switch key {
    case "neurips", "nips": return .neurIPS
    case "mlsys": return Series(name: "MLSys", key: key)
    case "colm": return Series(name: "COLM", key: key)
    default: return Series(name: key.uppercased(), key: key)
    }
  }

  /// The lowercased host of an absolute http(s) address.
  static func host(of url: String) -> String? {
    let lower = url.lowercased()
    let rest: Substring
    if lower.hasPrefix("https://") {
      rest = lower.dropFirst(8)
    } else if lower.hasPrefix("http://") {
      rest = lower.dropFirst(7)
    } else {
      return nil
    }
    let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
    return host.isEmpty ? nil : String(host)
  }

  /// The site a series' pages are on: `https://neurips.cc`.
  var siteURL: String {
    switch series.key {
    case "neurips": return "https://neurips.cc"
    case "mlsys": return "https://mlsys.org"
    default: return "https://\(series.key).cc"
    }
  }

  /// The year of a `/virtual/YYYY/` address (relative or absolute), if plausible.
  static func year(ofVirtualURL url: String) -> Int? {
    url.withUTF8Bytes { bytes in
      guard let start = virtualPathEnd(bytes) else { return nil }
      var scanner = ByteScanner(bytes, start..<bytes.count)
      guard let year = scanner.readNumber(maxDigits: 5), scanner.index - start == 4,
        scanner.peek.map({ !$0.isDigit }) ?? true, (2000...2100).contains(year)
      else { return nil }
      return year
    }
  }

  /// The offset just after the first `/virtual/` of an address.
  static func virtualPathEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    // A static marker: this runs for each of a program's 6,000 addresses.
    let marker: StaticString = "/virtual/"
    let length = marker.utf8CodeUnitCount
    guard let base = bytes.baseAddress else { return nil }
    var index = 0
    while let slash = bytes.firstIndex(of: UInt8(ascii: "/"), in: index..<bytes.count) {
      if slash + length <= bytes.count, memcmp(base + slash, marker.utf8Start, length) == 0 {
        return slash + length
      }
      index = slash + 1
    }
    return nil
  }

  // MARK: Zones from offsets

  /// A zone with a fixed offset east of UTC in minutes: `Etc/GMT+8` for UTC-08:00 (the
  /// database's names invert the sign), `UTC` for zero; nil for an offset of a fraction of an
  /// hour, which no `Etc` zone has.
  static func fixedZone(offset: Int) -> ZoneRule? {
    guard offset % 60 == 0, (-12...14).contains(offset / 60) else { return nil }
    let hours = offset / 60
    if hours == 0 { return .utc }
    let name = "Etc/GMT" + (hours < 0 ? "+" : "-") + String(abs(hours))
    // Without a zone database, the same fixed rule built in.
    let abbreviation = (hours < 0 ? "-" : "+") + CalendarDate.padded(abs(hours), 2)
    return ZoneRule.named(name)
      ?? ZoneRule(
        identifier: name,
        rules: .rule(POSIXZoneRule(standard: (abbreviation, offset * 60), daylight: nil)))
  }

  /// The value most often given (an offset, a year; the smallest of a tie), or nil for none.
  static func mostCommon(_ values: [Int]) -> Int? {
    var counts: [Int: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
  }

  /// `UTC-08:00`.
  static func describe(offset: Int) -> String {
    let sign = offset < 0 ? "-" : "+"
    let minutes = abs(offset)
    return "UTC" + sign + CalendarDate.padded(minutes / 60, 2) + ":"
      + CalendarDate.padded(minutes % 60, 2)
  }
}
