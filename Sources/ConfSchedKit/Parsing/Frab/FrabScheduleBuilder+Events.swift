/// Each event of a `FrabDocument` made an `Event` by `FrabScheduleBuilder`: its fields, its day,
/// start and end placed on the conference's clock, twice-listed guids, and the disagreements
/// of `<start>` with `<date>`, reported once per kind.
extension FrabScheduleBuilder {
  mutating func event(_ draft: FrabDocument.Event, keepingIn events: inout [Event])
    -> Event?
  {
    let title = FrabText.line(draft.title)
    if title == nil { warn(draft.offset, "an event without a title; kept as '(untitled)'") }
    var event = Event(
      kind: kind(draft.type),
      title: title ?? "(untitled)",
      authors: draft.persons.compactMap(FrabText.line).map { Author(name: $0) },
      room: FrabText.line(draft.room) ?? FrabText.line(draft.listedRoom),
      track: FrabText.line(draft.track), language: FrabText.line(draft.language),
      sourceIDs: sourceIDs(draft),
      abstract: FrabText.prose(FrabText.readingHTML(draft.abstract))
        ?? FrabText.prose(FrabText.readingHTML(draft.description)),
      links: links(draft),
      source: diagnostics.location(of: draft.offset))
    place(&event, draft)
    guard let guid = FrabText.line(draft.guid) else { return event }
    if let earlier = guids[guid] {
      let first = events[earlier]
      let line = first.source.line
      if first.title == event.title, first.date == event.date, first.start == event.start,
        first.room == event.room
      {
        warn(
          draft.offset, "the event of line \(line) again (guid \(guid)); read once")
        return nil
      }
      warn(
        draft.offset,
        "the guid \(guid) also names the event of line \(line); both kept, and the guid finds neither"
      )
      return event
    }
    guids[guid] = events.count
    return event
  }

  /// Sets the event's day, start and end.
  private mutating func place(_ event: inout Event, _ draft: FrabDocument.Event) {
    let clock = draft.day.map { clocks[$0] } ?? defaultClock
    let start = draft.start.flatMap(FrabTime.clock)
    let stamp = draft.date.flatMap(FrabTime.stamp)
    if let text = draft.date, stamp == nil {
      warn(
        draft.dateOffset ?? draft.offset,
        "cannot read the date '\(text.trimmingSpaces())' (YYYY-MM-DDThh:mm:ss+hh:mm)"
          + (start == nil ? "; kept without a time" : "; its <start> is used"))
    }
    if let text = draft.start, start == nil {
      warn(
        draft.startOffset ?? draft.offset,
        "cannot read the start '\(text.trimmingSpaces())' (hours:minutes)"
          + (stamp == nil && draft.date == nil ? "; kept without a time" : ""))
    }
    let placed: FrabDayClock.Placement?
    if let stamp {
      let local = FrabDayClock.local(stamp, in: zone)
      if let start, start % 1440 != local.minutes {
        noteDisagreement(draft, stamp: stamp, start: start, local: local.minutes)
      }
      let placement = clock.place(local: local)
      placed = placement
      if placement.byInstant {
        let message =
          "the day's date \(clock.date.map(String.init(describing:)) ?? "") disagrees with the times of its events (this one starts on \(local.date) at \(Self.clockText(local.minutes))); days follow the events' times"
        if replaced == nil { replaced = (draft.offset, message, 0) }
        replaced?.count += 1
      }
    } else if let start {
      placed = clock.place(start: start)
      if placed == nil {
        warn(draft.offset, "an event without a day; kept without its day and time")
      }
    } else {
      placed = nil
      if draft.date == nil && draft.start == nil {
        warn(draft.offset, "an event without a start (<date> or <start>); kept without a time")
      }
      event.date = clock.date
    }
    guard let placed, let startTime = LocalTime(minutes: placed.minutes) else { return }
    event.date = placed.date
    event.start = startTime
    if let zone, let instant = stamp.flatMap({ FrabDayClock.instant($0, in: zone) }),
      utcMinutes(on: placed.date, at: startTime, in: zone) != instant
    {
      warn(
        draft.dateOffset ?? draft.offset,
        "the start falls in the hour the clocks go back, which happens twice; it is shown as the later one"
      )
    }
    event.end = end(draft, start: placed.minutes, stamp: stamp)
  }

  private mutating func end(_ draft: FrabDocument.Event, start: Int, stamp: FrabTime.Stamp?)
    -> LocalTime?
  {
    var minutes: Int?
    if let text = draft.end, let end = FrabTime.stamp(text) {
      if let stamp, let from = FrabDayClock.instant(stamp, in: zone),
        let to = FrabDayClock.instant(end, in: zone)
      {
        minutes = start + to - from
      } else if let stamp {
        minutes = start + end.wallClock - stamp.wallClock
      }
    }
    if minutes == nil, let text = draft.duration {
      guard let duration = FrabTime.duration(text) else {
        warn(
          draft.durationOffset ?? draft.offset,
          "cannot read the duration '\(text.trimmingSpaces())' (hours:minutes); kept without an end"
        )
        return nil
      }
      minutes = start + duration
    }
    guard let minutes else { return nil }
    guard minutes >= start, let end = LocalTime(minutes: minutes) else {
      warn(
        draft.durationOffset ?? draft.offset,
        minutes < start
          ? "the event ends before it starts; kept without an end"
          : "the event runs past the end of the day after its day; kept without an end")
      return nil
    }
    return end
  }

  private mutating func noteDisagreement(
    _ draft: FrabDocument.Event, stamp: FrabTime.Stamp, start: Int, local: Int
  ) {
    let delta = ((local - start) % 1440 + 1440) % 1440
    if let known = disagreements[delta] {
      disagreements[delta] = (known.offset, known.message, known.count + 1)
      return
    }
    let startText = Self.clockText(start % 1440)
    let localText = Self.clockText(local)
    let zoneText = zone.map { " in \($0.identifier)" } ?? ""
    let message =
      "the start \(startText) disagrees with the date \(draft.date?.trimmingSpaces() ?? ""), which is \(localText)\(zoneText); the time follows the date"
    disagreements[delta] = (draft.startOffset ?? draft.offset, message, 0)
  }

  mutating func reportDisagreements() {
    for (_, value) in disagreements {
      warn(value.offset, value.message + Self.alike(value.count))
    }
    if let replaced {
      warn(replaced.offset, replaced.message + Self.alike(replaced.count - 1))
    }
  }

  /// `09:05`.
  private static func clockText(_ minutes: Int) -> String {
    let hour = minutes / 60
    let minute = minutes % 60
    return (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
  }

  private static func alike(_ count: Int) -> String {
    count == 0 ? "" : " (and \(count) more event\(count == 1 ? "" : "s") alike)"
  }
}
