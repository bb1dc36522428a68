@testable import ConfSchedKit

/// Reads inline `schedule.xml` (or, through it, `schedule.json`) text, with `--zone` if given.
func readFrab(_ text: String, name: String = "inline.xml", zone: String? = nil) -> ReadResult {
  FrabXMLReader.read(
    DumpSource(name: name, text: text), options: ReadOptions(zone: zone.flatMap(ZoneRule.named)))
}

/// A `schedule.xml` around some days; the first day starts on line 9.
func frabXML(
  _ days: String, zone: String? = "Europe/Berlin", acronym: String = "demo2024",
  extra: String = ""
) -> String {
  """
  <?xml version="1.0" encoding="UTF-8"?>
  <schedule>
    <version>1</version>
    <conference>
      <acronym>\(acronym)</acronym>
      <title>Demo Conference</title>
      \(zone.map { "<time_zone_name>\($0)</time_zone_name>" } ?? "<!-- no zone -->")\(extra)
    </conference>
  \(days)
  </schedule>
  """
}

/// One `<event>`, on one line, with the fields given.
func frabEvent(
  id: Int = 1, guid: String? = nil, date: String? = "2024-12-27T10:30:00+01:00",
  start: String? = "10:30", duration: String? = "00:30", room: String = "Saal 1",
  title: String = "A Talk", more: String = ""
) -> String {
  var fields = ""
  if let date { fields += "<date>\(date)</date>" }
  if let start { fields += "<start>\(start)</start>" }
  if let duration { fields += "<duration>\(duration)</duration>" }
  fields += "<room>\(room)</room><title>\(title)</title><type>Talk</type>\(more)"
  let guidText =
    guid ?? "00000000-0000-0000-0000-\(String(repeating: "0", count: 12 - String(id).count))\(id)"
  return "<event id=\"\(id)\" guid=\"\(guidText)\">\(fields)</event>"
}

/// A `<day>` with its attributes and one room of events, one event a line.
func frabDay(
  _ events: [String], date: String = "2024-12-27", start: String? = "2024-12-27T06:00:00+01:00",
  end: String? = "2024-12-28T06:00:00+01:00", room: String = "Saal 1"
) -> String {
  var attributes = "date=\"\(date)\" index=\"1\""
  if let start { attributes += " start=\"\(start)\"" }
  if let end { attributes += " end=\"\(end)\"" }
  return "<day \(attributes)>\n<room name=\"\(room)\">\n" + events.joined(separator: "\n")
    + "\n</room>\n</day>"
}

extension ReadResult {
  /// The messages of the warnings and errors, each with its line: `12: message`.
  var messages: [String] { diagnostics.map { "\($0.location.line): \($0.message)" } }
}
