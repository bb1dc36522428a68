import Testing

@testable import ConfSchedKit

/// Reads inline page text with the page reader.
func readPage(_ text: String, name: String = "inline.html", year: Int? = nil) -> ReadResult {
  PageReader.read(DumpSource(name: name, text: text), options: ReadOptions(year: year))
}

/// A saved schedule page around some cards, as the site writes it: the cards start on line 8.
func page(_ cards: String, title: String = "NeurIPS 2019 Schedule", chrome: String = "") -> String {
  """
  <!DOCTYPE html>
  <html lang="en">
  <head><title>\(title)</title></head>
  <body>
  \(chrome)
  <div class="maincardContainer" id="maincardContainer"></div>
  <!--The html template for event cards stored in the Event model.-->
  \(cards)
  </body>
  </html>
  """
}

/// One card as the site writes it, nine lines.
func pageCard(
  number: Int = 14027, kind: String = "Poster",
  header: String = "Tue Dec 10th 10:45 AM -- 12:45 PM @ East Exhibition Hall B + C #1",
  title: String = "A Game Theoretic Approach to Class-wise Selective Rationalization",
  session: String = "Algorithms -- Adversarial Learning",
  authors: String = "Shiyu Chang &middot; Yang Zhang",
  sessionLink: String = "/Conferences/2019/Schedule?showParentSession=15493"
) -> String {
  """
  <div onClick="showDetail(\(number))">
  <div class="maincard narrower \(kind)" id="maincard_\(number)">
    <div class='pull-right maincardHeader maincardType'>\(kind)</div>
    <div class="maincardHeader">\(header)</div>
    <div class="maincardBody">\(title)</div>
    <div class='pull-right maincardHeader maincardType'>In
      <a href="\(sessionLink)">\(session)</a></div>
    <div class="maincardFooter">\(authors)</div>
  </div></div>
  """
}

@Suite("Page reader rules")
struct PageReaderTests {
  @Test func readsACard() throws {
    let result = readPage(page(pageCard()))
    let event = try #require(result.events.first)
    #expect(result.events.count == 1)
    #expect(event.kind == .poster)
    #expect(event.title == "A Game Theoretic Approach to Class-wise Selective Rationalization")
    #expect(event.authors.map(\.name) == ["Shiyu Chang", "Yang Zhang"])
    #expect(event.date?.description == "2019-12-10")
    #expect(event.timeRange == "10:45-12:45")
    #expect(event.room == "East Exhibition Hall B + C")
    #expect(event.board == "1")
    #expect(event.session == "Algorithms -- Adversarial Learning")
    #expect(
      event.links == [
        Link(
          label: "Event page", url: "https://nips.cc/Conferences/2019/Schedule?showEvent=14027")
      ])
    #expect(event.conference?.id == "neurips-2019")
    #expect(event.timeZone == "America/Vancouver")
    // Line 8 holds the wrapper; the title is on line 12 after `  <div class="maincardBody">`.
    #expect(event.source == SourceLocation(file: "inline.html", line: 12, column: 29))
    #expect(result.conferences.map(\.id) == ["neurips-2019"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func readsAnEveningHeaderWithTwoSpacesBeforeTheDashes() throws {
    let card = pageCard(header: "Tue Dec 10th 05:30  -- 07:30 PM @ East Exhibition Hall B + C #104")
    let event = try #require(readPage(page(card)).events.first)
    #expect(event.timeRange == "17:30-19:30")
    #expect(event.board == "104")
    #expect(event.room == "East Exhibition Hall B + C")
  }

  @Test func decodesReferencesInTheHeader() throws {
    let card = pageCard(header: "Wed Dec 11th 10:45&nbsp;AM -- 12:45 PM @ Room 210 &amp; 230 #D5")
    let event = try #require(readPage(page(card)).events.first)
    #expect(event.timeRange == "10:45-12:45")
    #expect(event.room == "Room 210 & 230")
    #expect(event.board == "D5")
  }

  @Test func readsTheSessionFromItsLinkWithReferencesDecoded() throws {
    let card = pageCard(session: "\n  Probabilistic Methods &amp; Inference &ndash; MCMC\n")
    let event = try #require(readPage(page(card)).events.first)
    #expect(event.session == "Probabilistic Methods & Inference – MCMC")
  }

  @Test func readsASessionWithoutALinkAfterIn() throws {
    let text = page(
      """
      <div class="maincard Poster" id="maincard_1">
        <div class="maincardType">Poster</div>
        <div class="maincardHeader">Tue Dec 10th 10:45 AM -- 12:45 PM @ Hall #1</div>
        <div class="maincardBody">Title</div>
        <div class="maincardType">In Theory -- Learning Theory</div>
      </div>
      """)
    let event = try #require(readPage(text).events.first)
    #expect(event.session == "Theory -- Learning Theory")
    #expect(event.kind == .poster)
    #expect(event.authors.isEmpty)
  }

  @Test func splitsAuthorsAtMiddotsWithReferencesDecoded() throws {
    let card = pageCard(
      authors:
        " Stephan G&uuml;nnemann &middot;Nicol&#242; Cesa-Bianchi&middot; Ren&eacute;e  O&#39;Neil · Marin Biloš &middot; "
    )
    let event = try #require(readPage(page(card)).events.first)
    #expect(
      event.authors.map(\.name) == [
        "Stephan Günnemann", "Nicolò Cesa-Bianchi", "Renée O'Neil", "Marin Biloš",
      ])
  }

  @Test func cleansTitles() throws {
    let card = pageCard(
      title: "\n   It&#x2019;s   a <i>Deep</i>&nbsp;Title:\n   WeightNorm & ResNets &amp; &foo; ")
    let event = try #require(readPage(page(card)).events.first)
    #expect(event.title == "It’s a Deep Title: WeightNorm & ResNets & &foo;")
    #expect(event.source.line == 13)
    #expect(event.source.column == 4)
  }

  @Test func warnsAboutACardWithoutAHeaderAtTheCard() throws {
    let text = page(
      """
      <div class="maincard Poster" id="maincard_7">
        <div class="maincardType">Poster</div>
        <div class="maincardBody">Headless</div>
        <div class="maincardFooter">Ada Lovelace</div>
      </div>
      <div class="maincard Poster" id="maincard_8">
        <div class="maincardHeader"> &nbsp; </div>
        <div class="maincardBody">Blank Header</div>
      </div>
      """)
    let result = readPage(text)
    let event = try #require(result.events.first)
    #expect(result.events.map(\.title) == ["Headless", "Blank Header"])
    #expect(event.date == nil && event.start == nil && event.room == nil)
    #expect(event.source == SourceLocation(file: "inline.html", line: 10, column: 29))
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.html:8:1: warning: the card has no header; kept without day, time and room",
        "inline.html:13:1: warning: the card has no header; kept without day, time and room",
      ])
  }

  @Test func givesAnUntitledCardAPlaceholderAndSkipsAnEmptyOne() throws {
    let text = page(
      """
      <div class="maincard Poster" id="maincard_7">
        <div class="maincardHeader">Poster | Tue Dec 10th 10:45 AM -- 12:45 PM @ Hall #3</div>
        <div class="maincardBody">  </div>
      </div>
        <div class="maincard Poster" id="maincard_8"><div class="maincardFooter">A</div></div>
      """)
    let result = readPage(text)
    #expect(result.events.map(\.title) == ["(untitled poster)"])
    #expect(result.events.first?.kind == .poster)
    #expect(result.events.first?.board == "3")
    #expect(result.events.first?.source == SourceLocation(file: "inline.html", line: 8, column: 1))
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.html:8:1: warning: the card has no title",
        "inline.html:12:3: warning: the card has neither a title nor a header; skipped",
      ])
  }

  @Test func warnsAboutHeaderProblemsAtTheirColumn() throws {
    let text = page(
      """
      <div class="maincard Poster" id="maincard_7">
        <div class="maincardHeader">Tue Dec 10th 99:99 -- 10:00 AM @ Hall &amp; Annex</div>
        <div class="maincardBody">Odd Time</div>
      </div>
      <div class="maincard Poster" id="maincard_8">
        <div class="maincardHeader">
          Sometime &amp; somewhere</div>
        <div class="maincardBody">No Time</div>
      </div>
      """)
    let result = readPage(text)
    #expect(result.events.map(\.title) == ["Odd Time", "No Time"])
    #expect(result.events.first?.start == nil)
    #expect(result.events.first?.room == "Hall & Annex")
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.html:9:44: warning: '99:99' is not a time of day",
        "inline.html:14:5: warning: cannot read the card header 'Sometime & somewhere'; kept without day, time and room",
      ])
  }

  @Test func takesTheYearFromTheOptionsThenThePageThenTheWeekdays() throws {
    func year(_ text: String, option: Int? = nil) -> Int? {
      readPage(text, year: option).events.first?.date?.year
    }
    let card = pageCard(sessionLink: "Schedule?showParentSession=15493")
    // The `<title>`, and a `/Conferences/YYYY/` link before it.
    #expect(year(page(card, title: "NeurIPS 2013 Schedule")) == 2013)
    let link = #"<a href="/Conferences/2024/ProgramHighlights">Highlights</a>"#
    #expect(year(page(card, title: "NeurIPS 2013 Schedule", chrome: link)) == 2024)
    // Neither: the latest edition up to 2019 whose calendar has a Tuesday 10 December.
    #expect(year(page(card, title: "Schedule")) == 2019)
    // `--year` overrides all.
    #expect(year(page(card, chrome: link), option: 2013) == 2013)
    let result = readPage(page(card, title: "Schedule"), year: 2013)
    #expect(result.events.first?.links.first?.url.contains("/Conferences/2013/") == true)
    #expect(result.events.first?.conference?.city == "Lake Tahoe")
  }

  @Test func warnsWhenThePageYearDisagreesWithTheWeekdays() {
    let card = pageCard(sessionLink: "Schedule?showParentSession=15493")
    let result = readPage(page(card, title: "NeurIPS 2018 Schedule"))
    #expect(result.events.first?.date?.description == "2018-12-10")
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.html:11:31: warning: 2018-12-10 is a Monday in 2018, not a Tuesday"
      ])
  }

  @Test func warnsWhenNoYearFits() {
    // Tuesday the 10th and Tuesday the 11th: no calendar has both.
    let link = "Schedule?showParentSession=15493"
    let cards = [
      pageCard(sessionLink: link),
      pageCard(header: "Tue Dec 11th 10:45 AM -- 12:45 PM @ Hall #2", sessionLink: link),
    ]
    let result = readPage(page(cards.joined(separator: "\n"), title: "Schedule"))
    #expect(result.events.count == 2)
    #expect(result.events.allSatisfy { $0.date == nil && $0.links.isEmpty })
    #expect(result.events.map(\.timeRange) == ["10:45-12:45", "10:45-12:45"])
    #expect(result.conferences.isEmpty)
    #expect(
      result.diagnostics.map(\.description) == [
        "inline.html:11:31: warning: cannot tell the year from the page or the printed weekdays; pass --year"
      ])
  }

  @Test func ignoresCommentsScriptsStylesAndChrome() {
    let chrome = """
      <!-- <div class="maincard Poster"><div class="maincardBody">In a comment</div></div> -->
      <script>var card = '<div class="maincard"><div class="maincardBody">In a script</div>';
      if (a < b && $(".maincard.Poster").length == 0) {}</script>
      <style>.maincard { color: red } /* </div> */</style>
      <div class="maincardContainer maincards"><div class="maincardBody">Not a card</div></div>
      <div class="btn Poster" onClick='$(".maincard.Poster").toggleClass("hidden");'>Toggle</div>
      """
    let result = readPage(page(pageCard(), chrome: chrome))
    #expect(
      result.events.map(\.title) == [
        "A Game Theoretic Approach to Class-wise Selective Rationalization"
      ])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func takesTheNumberFromTheWrapperWhenTheCardHasNoId() throws {
    let text = page(
      """
      <div onClick="showDetail(13920)">
        <div class="maincard Poster">
          <div class="maincardHeader">Tue Dec 10th 10:45 AM -- 12:45 PM @ Hall #2</div>
          <div class="maincardBody">A Little Is Enough</div>
        </div>
      </div>
      <div class="maincard Poster">
        <div class="maincardHeader">Tue Dec 10th 10:45 AM -- 12:45 PM @ Hall #3</div>
        <div class="maincardBody">No Number</div>
      """)
    let events = readPage(text).events
    #expect(events.map(\.title) == ["A Little Is Enough", "No Number"])
    #expect(
      events[0].links.map(\.url) == ["https://nips.cc/Conferences/2019/Schedule?showEvent=13920"])
    #expect(events[1].links.isEmpty)
    #expect(events[1].board == "3")
  }

  @Test func readsUnclosedCardsUntilTheNextCard() {
    let text = page(
      """
      <div class="maincard Poster" id="maincard_1">
        <div class="maincardHeader">Tue Dec 10th 10:45 AM -- 12:45 PM @ Hall #1</div>
        <div class="maincardBody">First <br>Line
      <div class="maincard Poster" id="maincard_2">
        <div class="maincardHeader">Tue Dec 10th 10:45 AM -- 12:45 PM @ Hall #2</div>
        <div class="maincardBody">Second</div>
      """)
    let events = readPage(text).events
    #expect(events.map(\.title) == ["First Line", "Second"])
    #expect(events.map(\.board) == ["1", "2"])
  }

  @Test func sniffsPages() throws {
    #expect(PageReader.sniff(DumpSource(name: "a", text: page(pageCard()))))
    #expect(
      PageReader.sniff(
        DumpSource(name: "a", text: "<!-- saved -->\n<HTML><div class=\"maincard\"></div></HTML>")
      ))
    let plain = "<!DOCTYPE html><html><body><div class=\"card\">x</div></body></html>"
    #expect(!PageReader.sniff(DumpSource(name: "a", text: plain)))
    #expect(!PageReader.sniff(DumpSource(name: "a", text: "maincard and <html> in prose")))
    #expect(!PageReader.sniff(try bundled("neurips-2018-12-04.txt")))
  }
}
