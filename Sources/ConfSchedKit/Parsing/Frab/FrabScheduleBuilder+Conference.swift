/// The conference `FrabScheduleBuilder` makes of a document: its id, name, year, city and zone.
extension FrabScheduleBuilder {
  func makeConference(_ events: [Event]) -> Conference {
    let conference = document.conference
    let acronym = FrabText.line(conference.acronym)
    let title = FrabText.line(conference.title)
    let year =
      conference.start.flatMap(FrabTime.stamp)?.date.year
      ?? clocks.lazy.compactMap(\.date).first?.year
      ?? events.lazy.compactMap(\.date).first?.year ?? options.year ?? 0
    var id = Self.slug(acronym ?? title ?? "")
    if id.isEmpty { id = "frab-\(year)" }
    return Conference(
      id: id, name: title ?? acronym ?? id, year: year, city: FrabText.line(conference.city),
      zone: zone)
  }

  /// `38c3`, `camp2019`, `fosdem-2024`: lowercase letters and digits, other runs a hyphen.
  static func slug(_ text: String) -> String {
    var output = ""
    var pendingHyphen = false
    for scalar in text.unicodeScalars {
      if scalar.isASCII, let byte = UInt8(exactly: scalar.value), byte.isASCIILetter || byte.isDigit
      {
        if pendingHyphen && !output.isEmpty { output += "-" }
        pendingHyphen = false
        output.unicodeScalars.append(Unicode.Scalar(byte.lowercasedASCII))
      } else {
        pendingHyphen = true
      }
    }
    return output
  }
}
