import Testing

@testable import ConfSchedKit

/// The fields most events leave empty live in a box of their own (`Event.Extras`): an event
/// without them has none, and setting, clearing and comparing them behaves as plain fields.
@Suite("Event extras")
struct EventExtrasTests {
  let source = SourceLocation(file: "t.txt", line: 1)

  @Test func anEventWithoutThemHasNoBox() {
    let event = Event(kind: .oral, title: "Plain", room: "Room 1", source: source)
    #expect(event.fields.extras == nil)
    #expect(event.session == nil && event.links.isEmpty && event.alsoPresented.isEmpty)
  }

  @Test func setsAndClearsThemAsFields() {
    var event = Event(kind: .oral, title: "Talk", track: "Security", source: source)
    #expect(event.track == "Security")
    event.links.append(Link(label: "Slides", url: "https://example.org/s"))
    event.sourceIDs = ["42"]
    event.track = nil
    #expect(event.links.map(\.label) == ["Slides"] && event.sourceIDs == ["42"])
    #expect(event.track == nil)
    event.links = []
    event.sourceIDs = []
    #expect(event.fields.extras == nil)
  }

  @Test func aChangeLeavesACopyAsItWas() {
    let original = Event(kind: .oral, title: "Talk", notes: "bring charger", source: source)
    var copy = original
    copy.notes = "skip"
    copy.alsoPresented = [EventID(rawValue: "abc123")]
    #expect(original.notes == "bring charger" && original.alsoPresented.isEmpty)
    #expect(copy.notes == "skip")
  }

  @Test func comparesAndHashesByValue() {
    let a = Event(kind: .oral, title: "Talk", session: "S1", source: source)
    let b = Event(kind: .oral, title: "Talk", session: "S1", source: source)
    let c = Event(kind: .oral, title: "Talk", session: "S2", source: source)
    #expect(a == b && a.hashValue == b.hashValue)
    #expect(a != c)
    var cleared = c
    cleared.session = nil
    #expect(cleared == Event(kind: .oral, title: "Talk", source: source))
  }
}
