/// A time zone as a page prints it after a time, in the zone of the browser that showed it:
///
///     zone := abbreviation                 CET, PST, EDT, AEDT, UTC, GMT
///           | ("GMT" | "UTC") offset       GMT+1, UTC-8, GMT+05:30 (east of UTC is +)
///           | offset                       +01:00, -0800
///           | area "/" city                America/Chicago
///     offset := ("+" | "-") h[h] [[":"] mm]
///
/// Abbreviations are read by a table of the usual ones; a few mean two zones (`CST` is US
/// Central and China Standard, `IST` India and Ireland): the table reads them as US Central and
/// India, and `--page-zone` settles them (`VirtualSitePageParser`). An abbreviation the table
/// lacks is kept as `.unknown`, for a warning.
enum PrintedZone: Equatable {
  /// A fixed offset east of UTC, in minutes, and the text it was read from.
  case offset(Int, text: String)
  /// An IANA zone named in full.
  case named(ZoneRule)
  /// Letters that look like an abbreviation the table does not know.
  case unknown(String)

  /// The text as printed.
  var text: String {
    switch self {
    case .offset(_, let text): return text
    case .named(let zone): return zone.identifier
    case .unknown(let text): return text
    }
  }

  /// The instant (minutes since the epoch, UTC) of a wall-clock moment in this zone; nil for an
  /// unknown zone.
  func utcMinutes(of local: LocalDateTime) -> Int? {
    switch self {
    case .offset(let offset, _): return local.minutesSinceEpoch - offset
    case .named(let zone): return zone.utcMinutes(on: local.date, at: local.time)
    case .unknown: return nil
    }
  }

  /// Reads a zone at the scanner and moves past it; nil (the scanner unmoved) when there is
  /// none.
  static func read(_ scanner: inout ByteScanner) -> PrintedZone? {
    var probe = scanner
    probe.skipSpaces()
    let start = probe.index
    if let sign = probe.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
      let minutes = readOffset(&probe)
    {
      scanner = probe
      return .offset(minutes, text: probe.bytes.string(start..<probe.index))
    }
    let letters = probe.readLetters()
    guard letters.count >= 2 else { return nil }
    if probe.peek == UInt8(ascii: "/") {
      // `America/Chicago`, `America/Argentina/Buenos_Aires`.
      while let byte = probe.peek,
        byte.isASCIILetter || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "_")
          || byte == UInt8(ascii: "-")
      {
        probe.index += 1
      }
      guard let zone = ZoneRule.named(probe.bytes.string(start..<probe.index)) else { return nil }
      scanner = probe
      return .named(zone)
    }
    let word = probe.bytes.string(letters)
    guard letters.count <= 6,
      word.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
      probe.peek.map({ !$0.isASCIILetter && !$0.isDigit }) ?? true
        || word == "GMT" || word == "UTC"
    else { return nil }
    if word == "GMT" || word == "UTC" {
      var after = probe
      if let minutes = readOffset(&after) {
        scanner = after
        return .offset(minutes, text: after.bytes.string(start..<after.index))
      }
    }
    guard probe.peek.map({ !$0.isASCIILetter && !$0.isDigit }) ?? true else { return nil }
    scanner = probe
    guard let offset = abbreviations[word] else { return .unknown(word) }
    return .offset(offset, text: word)
  }

  /// `+1`, `-08:00`, `+0530`: minutes east of UTC.
  private static func readOffset(_ scanner: inout ByteScanner) -> Int? {
    var probe = scanner
    guard let sign = probe.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else {
      return nil
    }
    probe.index += 1
    let digitsStart = probe.index
    guard let number = probe.readNumber(maxDigits: 4) else { return nil }
    var hours = number
    var minutes = 0
    let count = probe.index - digitsStart
    if count > 2 {
      hours = number / 100
      minutes = number % 100
    } else if probe.consume(UInt8(ascii: ":")) {
      guard let value = probe.readNumber(maxDigits: 2) else { return nil }
      minutes = value
    }
    guard hours <= 14, minutes < 60 else { return nil }
    scanner = probe
    return (hours * 60 + minutes) * (sign == UInt8(ascii: "-") ? -1 : 1)
  }

  /// The usual abbreviations and their offsets east of UTC, in minutes.
  static let abbreviations: [String: Int] = [
    "UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60, "IST": 330,
    "CET": 60, "CEST": 120, "MET": 60, "MEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "TRT": 180, "IDT": 180, "SAST": 120, "WAT": 60, "CAT": 120, "EAT": 180, "GST": 240,
    "PKT": 300, "NPT": 345, "ICT": 420, "WIB": 420, "SGT": 480, "HKT": 480, "AWST": 480,
    "PHT": 480, "JST": 540, "KST": 540, "ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660,
    "NZST": 720, "NZDT": 780, "HST": -600, "HDT": -540, "AKST": -540, "AKDT": -480,
    "PST": -480, "PDT": -420, "MST": -420, "MDT": -360, "CST": -360, "CDT": -300, "EST": -300,
    "EDT": -240, "AST": -240, "ADT": -180, "NST": -210, "NDT": -150, "BRT": -180, "ART": -180,
    "CLT": -240, "CLST": -180, "COT": -300, "PET": -300,
  ]
}
