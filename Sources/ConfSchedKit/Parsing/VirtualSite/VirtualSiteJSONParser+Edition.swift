/// The edition a program belongs to, and the city of each event.
extension VirtualSiteJSONParser {
  /// The edition of the file: its series, and its year (`--year`, else the year of most
  /// `/virtual/YYYY/` addresses, else of most start times); nil, with a warning, when nothing
  /// gives a year.
  mutating func edition(_ records: [VirtualSiteRecord], _ starts: [ISOTimestamp?])
    -> VirtualSiteEdition?
  {
    let siteURLs = records.lazy.compactMap(\.siteURL).filter { $0.hasPrefix("http") }.prefix(3)
    let authorURLs = records.lazy.compactMap(\.authorURL).prefix(3)
    let series = VirtualSiteEdition.series(
      fileName: file, urls: Array(siteURLs) + Array(authorURLs))
    let year =
      options.year
      ?? VirtualSiteEdition.mostCommon(
        records.compactMap { $0.siteURL.flatMap(VirtualSiteEdition.year(ofVirtualURL:)) })
      ?? VirtualSiteEdition.mostCommon(starts.compactMap { $0?.local.date.year })
    guard let year else {
      diagnostics.warn(
        atOffset: records[0].offset,
        "cannot tell the year: no /virtual/YYYY/ address and no start time; pass --year")
      return nil
    }
    return VirtualSiteEdition(series: series, year: year)
  }

  /// The conference of an edition the table lacks, shown in `--zone`, else at the offset most
  /// of its times have; nil for an edition the table has.
  mutating func unlistedConference(
    _ edition: VirtualSiteEdition, _ starts: [ISOTimestamp?], at offset: Int
  ) -> Conference? {
    guard !edition.isListed else { return nil }
    var zone = options.zone
    var origin = "--zone"
    if zone == nil, let common = VirtualSiteEdition.mostCommon(starts.compactMap { $0?.offset }) {
      zone = VirtualSiteEdition.fixedZone(offset: common) ?? .utc
      origin = "the file's offset, \(VirtualSiteEdition.describe(offset: common))"
    }
    diagnostics.warn(atOffset: offset, edition.unlistedMessage(zone: zone, from: origin))
    return edition.unlisted(zone: zone)
  }

  /// The index in the edition's `cities` of the city an event was held in: the one its session
  /// or room names, else the one whose offset its start has (`VirtualSiteEdition.city`); nil
  /// for an edition with no city. An index, not the conference: a `Conference` copied and
  /// compared for each of 6,000 events cost more than placing them.
  mutating func cityIndex(
    _ record: VirtualSiteRecord, _ start: ISOTimestamp?, in edition: VirtualSiteEdition
  ) -> Int? {
    guard edition.cities.count > 1 else { return edition.cities.isEmpty ? nil : 0 }
    let key = CityKey(session: record.session, room: record.room)
    let named: Int?
    if let known = citiesNamed[key] {
      named = known
    } else {
      named = edition.cities.firstIndex { city in
        [record.session, record.room].contains { text in
          guard let text, let name = city.city else { return false }
          return text.lowercased().contains(name.lowercased())
        }
      }
      citiesNamed[key] = .some(named)
    }
    return named ?? edition.cityIndex(offset: start?.offset, utcMinutes: start?.utcMinutes)
  }

  /// The session and room an event names, which settle its city: a key made without joining
  /// the two into a new string for each of 6,000 events.
  struct CityKey: Hashable {
    var session: String?
    var room: String?
  }
}
