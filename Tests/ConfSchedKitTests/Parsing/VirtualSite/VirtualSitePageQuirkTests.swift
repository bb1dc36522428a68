import Testing

@testable import ConfSchedKit

/// A 2024-2025 card, as the site writes it.
func eventCard(
  id: Int = 1, type: String = "Workshop", title: String = "A Workshop",
  link: String = "/virtual/2025/workshop/", speakers: String = "Ada Lovelace · Alan Turing",
  time: String? = "Dec 6, 8:00 AM - 5:00 PM", location: String? = "Room 1"
) -> String {
  var card = """
    <div class="event-card touchup-date" id="event-\(id)" data-event-type="\(type)" data-event-id="\(id)">
      <span class="event-type-badge">\(type)</span>
      <h3 class="event-title"><a href="\(link)\(id)">\(title)</a></h3>
      <div class="event-speakers">\(speakers)</div>
      <div class="event-meta-row">

    """
  if let time {
    card +=
      "    <span class=\"meta-pill time\"><span class=\"touchup-time\">\(time)</span></span>\n"
  }
  if let location {
    card +=
      "    <span class=\"meta-pill\"><i class=\"fas fa-map-marker-alt\"></i><span>\(location)</span></span>\n"
  }
  return card + "  </div>\n</div>\n"
}

/// A 2021-2023 listing card, as the issue describes it.
func displayCard(
  id: Int = 1, type: String = "Poster", title: String = "A Poster", year: Int = 2023,
  authors: String = "Ada Lovelace &middot; Alan Turing", time: String? = "Tue 12 Dec 05:45 PM CET",
  room: String? = "(Hall B #12)"
) -> String {
  var card = """
    <div class="displaycards touchup-date" id="event-\(id)">
      <div><a class="small-title text-underline-hover" href="/virtual/\(year)/poster/\(id)">\(title)</a></div>
      <div class="type_display_name_virtual_card">\(type)</div>
      <div class="author-str">\(authors)</div>

    """
  if let time { card += "  <div class=\"text-muted touchup-date-div\">\(time)</div>\n" }
  if let room { card += "  <div class=\"text-muted\">\(room)</div>\n" }
  return card + "</div>\n"
}

func sitePage(_ cards: String...) -> String {
  "<div class=\"grid-displaycards\" id=\"events-container\">\n" + cards.joined() + "</div>\n"
}

@Suite("Virtual site page quirks")
struct VirtualSitePageQuirkTests {
  @Test func refusesAPageWithNoCards() {
    let text = "<!DOCTYPE html><html><body><div class=\"event-card-list\">None</div></body></html>"
    #expect(!VirtualSitePageReader.sniff(DumpSource(name: "p.html", text: text)))
    let forced = VirtualSitePageReader.read(DumpSource(name: "p.html", text: text))
    #expect(forced.events.isEmpty)
    #expect(
      forced.diagnostics.map(\.description) == [
        "p.html:1:1: error: a page of the virtual site with no event cards in it"
      ])
  }

  /// A fragment cut in the middle of its last card keeps what the card has, and one that
  /// starts inside a card skips that part; both say so.
  @Test func readsHalfACardAtEitherEnd() {
    let whole = eventCard(id: 1, title: "First") + eventCard(id: 2, title: "Second")
    let cut = String(whole.prefix(whole.count - 120))
    let tail =
      "<div class=\"event-speakers\">Someone</div>\n</div>\n" + eventCard(id: 3, title: "Third")
    let result = readSitePage("<div>\n" + cut)
    #expect(result.events.map(\.title) == ["First", "Second"])
    #expect(result.events.last?.authors.map(\.name) == ["Ada Lovelace", "Alan Turing"])
    #expect(
      result.diagnostics.map(\.message).contains(
        "the card is cut off: the file ends inside it; read as far as it goes"))
    let started = readSitePage("<div>\n" + tail)
    #expect(started.events.map(\.title) == ["Third"])
    #expect(
      started.diagnostics.map(\.description).first
        == "page.html:2:1: warning: the page starts inside a card: the card's parts before the first whole card are skipped"
    )
  }

  @Test(arguments: [
    ("Dec 6, 5:00 PM - Dec 7, 2:00 AM GMT+1", "2025-12-06 08:00-17:00"),
    ("Dec 6, 11:00 AM - 8:00 PM EST", "2025-12-06 08:00-17:00"),
    ("Dec 6, 11:00 AM - 8:00 PM America/New_York", "2025-12-06 08:00-17:00"),
    ("Sat, Dec 6, 2025, 16:00 – 01:00 UTC", "2025-12-06 08:00-17:00"),
    ("Dec 6, 10:00 PM - 1:00 AM", "2025-12-06 22:00-01:00"),
    ("Dec 6, 11:30 - 1:00 PM", "2025-12-06 11:30-13:00"),
    ("6 Dec 8:00 AM to 5:00 PM PST", "2025-12-06 08:00-17:00"),
  ])
  func convertsEachFormOfPrintedTime(_ time: String, _ expected: String) throws {
    let result = readSitePage(sitePage(eventCard(time: time)))
    let event = try #require(result.events.first)
    #expect("\(event.date?.description ?? "-") \(event.timeRange)" == expected)
    #expect(event.timeZone == "America/Los_Angeles")
  }

  /// `CST` is US Central unless the browser was in `--page-zone` Asia/Shanghai, which writes
  /// CST too.
  @Test func settlesAnAmbiguousAbbreviationWithPageZone() {
    let text = sitePage(displayCard(time: "Tue 12 Dec 11:45 PM CST"))
    #expect(readSitePage(text).events.first?.timeRange == "23:45")
    let shanghai = readSitePage(
      text, options: ReadOptions(pageZone: ZoneRule.named("Asia/Shanghai")))
    #expect(shanghai.events.first?.timeRange == "09:45")
    #expect(shanghai.events.first?.date?.description == "2023-12-12")
  }

  @Test func warnsAboutWhatACardLacksOrGetsWrong() {
    let text = sitePage(
      displayCard(id: 1, title: "", time: "Tue 12 Dec 05:45 PM CET"),
      displayCard(id: 2, title: "", time: nil),
      displayCard(id: 3, title: "No time", time: nil, room: nil),
      displayCard(
        id: 4, type: "Fireside Thing", title: "Wrong day", time: "Wed 12 Dec 05:45 PM XYZT"),
      displayCard(id: 5, title: "Garbled", time: "sometime soon"))
    let result = readSitePage(text)
    #expect(result.events.map(\.title) == ["(untitled poster)", "No time", "Wrong day", "Garbled"])
    #expect(
      result.events.map { $0.date?.description ?? "-" } == ["2023-12-12", "-", "2023-12-12", "-"])
    #expect(
      result.diagnostics.map(\.message) == [
        "the card has no title; kept as '(untitled poster)'",
        "a card with neither a title nor a time; skipped",
        "2 cards print no time; kept without day and time",
        "unknown event type 'Fireside Thing' (1 card); kept as written",
        "2023-12-12 is a Tuesday in 2023, not a Wednesday",
        "unknown time zone 'XYZT' after the time; read as if the page printed none",
        "the page prints no time zone: its times are read on NeurIPS 2023 (New Orleans)'s clock (America/Chicago), as the browser that saved it showed them; if that browser was elsewhere, pass --page-zone Area/City",
        "cannot read the time 'sometime soon'; kept without day and time",
      ])
  }

  /// 2021 met online: shown in the zone the page prints, with a warning.
  @Test func showsAnOnlineEditionInThePrintedZone() {
    let result = readSitePage(
      sitePage(displayCard(year: 2021, time: "Tue 7 Dec 08:30 AM PST", room: nil)))
    #expect(result.events.first?.conference?.id == "neurips-2021")
    #expect(result.events.first?.timeZone == "Etc/GMT+8")
    #expect(result.events.first?.timeRange == "08:30")
    #expect(
      result.diagnostics.map(\.message) == [
        "NeurIPS 2021 met online and has no city in the editions table: its times are shown in Etc/GMT+8 (the zone the page prints, UTC-08:00); pass --zone Area/City for another zone"
      ])
  }

  @Test func placesACardInMexicoCityByItsRoom() {
    let result = readSitePage(
      sitePage(eventCard(time: "Dec 4, 9:00 AM - 10:00 AM CST", location: "Mexico City Hall A #3")))
    #expect(result.events.first?.conference?.id == "neurips-2025-mexico-city")
    #expect(result.events.first?.timeRange == "09:00-10:00")
    #expect(result.events.first?.room == "Mexico City Hall A")
    #expect(result.events.first?.board == "3")
  }

  /// The year: `--year`, else the card's link, else the weekdays.
  @Test func takesTheYearFromOptionsThenLinksThenWeekdays() {
    let card = displayCard(year: 2023, time: "Tue 12 Dec 05:45 PM CET")
    #expect(readSitePage(sitePage(card)).events.first?.conference?.year == 2023)
    let forced = readSitePage(sitePage(card), options: ReadOptions(year: 2024))
    #expect(forced.events.first?.conference?.year == 2024)
    let unlinked = sitePage(card.replacing("/virtual/2023/poster/1", with: "#"))
    #expect(readSitePage(unlinked).events.first?.conference?.year == 2023)
  }

  @Test func readsARoomInBracketsAfterTheTime() {
    let result = readSitePage(
      sitePage(displayCard(time: "Tue 12 Dec 05:45 PM CET (Hall J #101)", room: nil)))
    #expect(result.events.first?.room == "Hall J")
    #expect(result.events.first?.board == "101")
  }

  @Test(arguments: [
    ("Dec 6, 8:00 AM - 5:00 PM", "12/6 08:00 - 17:00 | "),
    ("Tue 12 Dec 05:45 PM CET", "12/12 17:45 CET | "),
    ("Wed 13 Dec 8:45 a.m. CST — 10:45 a.m. CST", "12/13 08:45 CST - 10:45 CST | "),
    ("Dec 6, 10:00 PM - Dec 7, 1:00 AM GMT+1", "12/6 22:00 GMT+1 - 12/7 01:00 GMT+1 | "),
    (
      "December 6th, 2025, 8:00 - 17:00 +01:00 (Hall A)",
      "12/6 08:00 +01:00 - 17:00 +01:00 | (Hall A)"
    ),
  ])
  func readsPrintedTimes(_ text: String, _ summary: String) throws {
    let time = try #require(PrintedTime.parse(text))
    var parts = ["\(time.start.month ?? 0)/\(time.start.day ?? 0) \(time.start.time)"]
    if let zone = time.start.zone { parts.append(zone.text) }
    if let end = time.end {
      parts.append("-")
      if let month = end.month, let day = end.day { parts.append("\(month)/\(day)") }
      parts.append(end.time.description)
      if let zone = end.zone { parts.append(zone.text) }
    }
    #expect(parts.joined(separator: " ") + " | " + time.rest == summary)
  }

  @Test(arguments: ["", "Dec 6", "TBA", "2025"])
  func findsNoTimeWhereThereIsNone(_ text: String) {
    #expect(PrintedTime.parse(text) == nil)
  }
}
