/// A time zone a page names in words or by abbreviation: "All times are in Pacific Time (PT)",
/// "Time (CET)", "12:00 AM EST". Abbreviations count only in capitals (`PT`, not `pt`), so
/// prose does not name zones by accident.
///
/// The names map to a zone with those rules (`Pacific Time` is `America/Los_Angeles`); a reader
/// converts from it to the conference's own zone, which may be another city of the same time
/// (Vancouver), or another time altogether.
enum StatedZone {
  /// The first zone named in a text, or nil.
  static func find(in text: String) -> ZoneRule? {
    let words = text.split { !$0.isLetter && !$0.isNumber && $0 != "+" && $0 != "-" }.map(
      String.init)
    for (index, word) in words.enumerated() {
      let lowered = word.lowercased()
      let next = index + 1 < words.count ? words[index + 1].lowercased() : ""
      let afterNext = index + 2 < words.count ? words[index + 2].lowercased() : ""
      if let region = regions[lowered],
        next == "time" || (["standard", "daylight"].contains(next) && afterNext == "time")
      {
        return ZoneRule.named(region)
      }
      if lowered == "central", next == "european" { return ZoneRule.named("Europe/Paris") }
      if lowered == "anywhere", next == "on", afterNext == "earth" {
        return ZoneRule.named("Etc/GMT+12")
      }
      if word == word.uppercased() || word == "AoE", let zone = abbreviations[word.uppercased()] {
        return ZoneRule.named(zone)
      }
    }
    return nil
  }

  private static let regions: [String: String] = [
    "pacific": "America/Los_Angeles", "mountain": "America/Denver", "central": "America/Chicago",
    "eastern": "America/New_York", "atlantic": "America/Halifax", "hawaii": "Pacific/Honolulu",
    "greenwich": "UTC", "british": "Europe/London",
  ]

  private static let abbreviations: [String: String] = [
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CET": "Europe/Paris", "CEST": "Europe/Paris", "UTC": "UTC", "GMT": "UTC",
    "BST": "Europe/London",
    "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "AOE": "Etc/GMT+12", "HST": "Pacific/Honolulu",
  ]
}
