extension DumpFamily {
  /// The frab family: `schedule.xml` and `schedule.json` as frab, pretalx, wafer, Pentabarf and
  /// the c3voc hub publish them.
  public static let frab = DumpFamily(rawValue: "frab")
}

/// What a frab schedule says, as written, before any of it is interpreted: the XML and JSON
/// readers both fill one, and `FrabScheduleBuilder` turns it into events. Offsets are the
/// file's bytes, for diagnostics.
struct FrabDocument {
  var conference = Conference()
  var days: [Day] = []
  var events: [Event] = []

  /// The `<conference>` element or `conference` object.
  struct Conference {
    var offset = 0
    var acronym: String?
    var title: String?
    /// `2024-12-27` or `2024-12-27T09:30:00+00:00`.
    var start: String?
    var timeZoneName: String?
    var timeZoneOffset: Int?
    /// Pentabarf's `<day_change>`: when one conference day turns into the next.
    var dayChange: String?
    var city: String?
    /// What relative links of events are relative to.
    var baseURL: String?
  }

  /// A `<day>` element or an object of `days`.
  struct Day {
    var offset: Int
    var index: String?
    /// `<day date>`: the conference day, `2024-12-27`.
    var date: String?
    /// `<day start end>`: the instants the day runs between.
    var start: String?
    var end: String?
  }

  /// An `<event>` element or an event object, with the day and room it was listed under.
  struct Event {
    var offset: Int
    /// The index in `days` of the day it was listed under.
    var day: Int?
    /// The name of the room it was listed under.
    var listedRoom: String?
    var id: String?
    var guid: String?
    var code: String?
    /// `<date>`: the start instant, `2024-12-27T10:30:00+01:00`.
    var date: String?
    var dateOffset: Int?
    /// `<start>`: the local start, `10:30`.
    var start: String?
    var startOffset: Int?
    /// `<duration>`: `00:30`, `1:30`, `00:30:00`.
    var duration: String?
    var durationOffset: Int?
    /// The end instant (schedule.json's newer `end`).
    var end: String?
    var room: String?
    var title: String?
    var track: String?
    var type: String?
    var language: String?
    var abstract: String?
    var description: String?
    var url: String?
    var persons: [String] = []
    var links: [Link] = []

    init(offset: Int) {
      self.offset = offset
    }
  }
}
