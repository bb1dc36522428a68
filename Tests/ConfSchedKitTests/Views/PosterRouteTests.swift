import Testing

@testable import ConfSchedKit

/// The itinerary's posters of one session, in the order of their boards.
@Suite("Poster route")
struct PosterRouteTests {
  /// Posters of both sessions, a demonstration and a talk, added in no particular order.
  let planned = ["2ryt57", "rcpyps", "b8t6ha", "476a2n", "t3j6th", "54azkd"].compactMap {
    tuesday2018.event(EventID(rawValue: $0))
  }

  func routes(at text: String) throws -> [PosterRoute] {
    PosterRoute.routes(planned: planned, events: tuesday2018.events, at: try moment(text))
  }

  @Test func walksTheOpenSessionsBoardsInNumericOrder() throws {
    let routes = try self.routes(at: "2018-12-04 18:00")
    #expect(
      routes.map(\.session.summary) == [
        "Demonstrations 10:45-19:30 · 1 in Room 510 ABCD",
        "Posters 17:00-19:00 · 2 in Room 210 & 230 AB",
      ])
    let posters = try #require(routes.first { $0.session.kind == .poster })
    #expect(posters.stops.map(\.board) == ["9", "39"])
    #expect(posters.sessionSize == 170)
    #expect(posters.isRunning)
  }

  @Test func takesTheNextSessionsWhenNoneIsOpen() throws {
    let routes = try self.routes(at: "2018-12-04 10:00")
    #expect(routes.allSatisfy { !$0.isRunning })
    let morning = try #require(routes.first { $0.session.kind == .poster })
    // Board 18 before board 146, though added after it.
    #expect(morning.stops.map(\.id.rawValue) == ["t3j6th", "2ryt57"])
    #expect(morning.sessionSize == 168)
    #expect(routes.count == 2)
  }

  @Test func findsNothingAfterTheLastSession() throws {
    #expect(try routes(at: "2018-12-04 19:45").isEmpty)
    #expect(try routes(at: "2019-01-01 10:00").isEmpty)
  }

  @Test func printsANumberedRoute() throws {
    let routes = try self.routes(at: "2018-12-04 10:20").filter { $0.session.kind == .poster }
    let text = PosterRouteView(width: 80, style: .plain).render(
      routes, at: try moment("2018-12-04 10:20"))
    #expect(
      text == """
        Posters 10:45-12:45 · Room 210 & 230 AB · Tuesday 4 December 2018, America/Toronto
        Opens at 10:45, in 25 min: 2 of its 168 posters are in your itinerary, in board order:
          1.  #18   t3j6th  Banach Wasserstein GAN
          2.  #146  2ryt57  Soft-Gated Warping-GAN for Pose-Guided Person Image Synthes…

        """)
  }
}
