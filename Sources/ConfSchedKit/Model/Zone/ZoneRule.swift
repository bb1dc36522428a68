/// The rules of one IANA time zone: its offsets from UTC over time and their abbreviations.
///
/// Read from the system's zone database (the TZif files of RFC 8536 under `$TZDIR` or
/// `/usr/share/zoneinfo`, which every Unix tool uses and the Swift toolchain requires), so that
/// any zone converts right with its real daylight-saving history. Where no database exists, the
/// built-in rules of common conference cities (`ZoneRule+Builtin`) stand in, as today's rules.
public struct ZoneRule: Hashable, Sendable {
  /// The IANA identifier, such as `America/Toronto`.
  public let identifier: String
  let rules: Rules

  /// Boxed: a `TZif` is 152 bytes and every event's conference holds its zone, so inline it
  /// made each event 145 bytes larger (44 MB for 300,000 events).
  indirect enum Rules: Sendable {
    /// A zone database file: history and the footer's rule.
    case history(TZif)
    /// One rule for all times (the built-in table, or a file's footer alone).
    case rule(POSIXZoneRule)
  }

  init(identifier: String, rules: Rules) {
    self.identifier = identifier
    self.rules = rules
  }

  /// The zone of an IANA identifier: from the system's database, else the built-in table; nil
  /// for a name neither knows (`Mars/Olympus_Mons`).
  public static func named(_ identifier: String) -> ZoneRule? {
    ZoneCatalog.shared.zone(identifier)
  }

  /// Whether two values are the same.
  public static func == (lhs: ZoneRule, rhs: ZoneRule) -> Bool { lhs.identifier == rhs.identifier }
  /// Hashes the parts that `==` compares.
  public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }

  // MARK: Offsets

  /// The offset east of UTC in seconds, whether it is daylight time, and its abbreviation, at a
  /// UTC instant in seconds.
  func localTimeType(at seconds: Int) -> TZif.LocalTimeType {
    switch rules {
    case .history(let file):
      return file.type(at: seconds)
    case .rule(let rule):
      let (offset, isDaylight) = rule.offset(at: seconds)
      let name = isDaylight ? rule.daylight?.name ?? rule.standard.name : rule.standard.name
      return TZif.LocalTimeType(offset: offset, isDaylight: isDaylight, abbreviation: name)
    }
  }

  /// The offset from UTC, in minutes, at an instant.
  public func utcOffset(at instant: UTCDateTime) -> Int {
    UTCDateTime.floorDivide(localTimeType(at: instant.secondsSinceEpoch).offset, 60)
  }

  /// `EST` or `EDT`: the abbreviation in use at an instant.
  public func abbreviation(at instant: UTCDateTime) -> String {
    localTimeType(at: instant.secondsSinceEpoch).abbreviation
  }

  /// The offset from UTC, in minutes, of a local wall-clock time on a date (a time past
  /// midnight, such as 25:30, is on the next day's clock).
  ///
  /// A wall time that happens twice (when clocks go back) is read as standard time, the later
  /// instant; one that never happens (when clocks go forward) is read on the clock in force
  /// before the change.
  public func utcOffset(on date: CalendarDate, at time: LocalTime) -> Int {
    let local = (date.daysSinceEpoch * 1440 + time.minutes) * 60
    // The offsets in force a day either side cover every change a wall time can fall near.
    let before = localTimeType(at: local - 86_400).offset
    let after = localTimeType(at: local + 86_400).offset
    var valid: [TZif.LocalTimeType] = []
    for offset in Set([before, after]) {
      let type = localTimeType(at: local - offset)
      if type.offset == offset { valid.append(type) }
    }
    if let standard = valid.first(where: { !$0.isDaylight })
      ?? valid.max(by: { $0.offset > $1.offset })
    {
      return UTCDateTime.floorDivide(standard.offset, 60)
    }
    return UTCDateTime.floorDivide(before, 60)
  }

  /// Minutes since the epoch, UTC, of a local wall-clock time.
  public func utcMinutes(on date: CalendarDate, at time: LocalTime) -> Int {
    date.daysSinceEpoch * 1440 + time.minutes - utcOffset(on: date, at: time)
  }

  /// The rule in force after the zone's known history: what a calendar file states as the
  /// zone's yearly changes.
  var currentRule: POSIXZoneRule? {
    switch rules {
    case .history(let file):
      if let footer = file.footer { return footer }
      guard let last = file.transitionTypes.last.map({ file.types[$0] }) ?? file.types.first else {
        return nil
      }
      return POSIXZoneRule(standard: (last.abbreviation, last.offset), daylight: nil)
    case .rule(let rule):
      return rule
    }
  }
}

extension POSIXZoneRule {
  init(standard: (name: String, offset: Int), daylight: Daylight?) {
    self.standard = standard
    self.daylight = daylight
  }
}
