/// The values `FrabXMLParser` keeps: a field's text stored into the event or the conference,
/// links, attributes decoded, the text of a field gathered and sliced from the source.
extension FrabXMLParser {
  mutating func store(_ field: Field, _ value: String, at offset: Int) {
    switch field {
    case .acronym: document.conference.acronym = value
    case .conferenceTitle: document.conference.title = value
    case .conferenceStart: document.conference.start = value
    case .timeZone:
      document.conference.timeZoneName = value
      document.conference.timeZoneOffset = offset
    case .dayChange: document.conference.dayChange = value
    case .city: document.conference.city = value
    case .baseURL: document.conference.baseURL = value
    case .date:
      event?.date = value
      event?.dateOffset = offset
    case .start:
      event?.start = value
      event?.startOffset = offset
    case .duration:
      event?.duration = value
      event?.durationOffset = offset
    case .end: event?.end = value
    case .room: event?.room = value
    case .title: event?.title = value
    case .track: event?.track = value
    case .type: event?.type = value
    case .language: event?.language = value
    case .abstract: event?.abstract = value
    case .description: event?.description = value
    case .url: event?.url = value
    case .person: event?.persons.append(value)
    case .ignored: break
    }
  }

  mutating func storeLink(href: String?, title: String, isAttachment: Bool) {
    // `<link href="...">Slides</link>`; without an href, the text is the address.
    guard let address = href ?? (title.isEmpty ? nil : title) else { return }
    var label = href == nil ? "" : title
    if label.isEmpty, isAttachment { label = "Attachment" }
    event?.links.append(Link(label: label, url: address))
  }

  /// Starts gathering the text of a field.
  mutating func startCapture(at start: Int, keepingText: Bool) {
    capture = Capture(start: start, keepsText: keepingText)
    text.removeAll()
    plainText = nil
  }

  /// The text of the field being closed. Mutating only so that the parser's state is not
  /// copied to read it (it is asked once per field).
  mutating func capturedText() -> String {
    if let plainText { return bytes.string(plainText) }
    return text.string
  }

  /// Moves the plain text kept aside into the decoded text, before more comes.
  mutating func flushPlainText() {
    guard let range = plainText else { return }
    text.append(text: range, of: bytes)
    plainText = nil
  }

}

extension UnsafeBufferPointer<UInt8> {
  /// An attribute's decoded value.
  func decodedAttribute(_ name: StaticString, of tag: XMLTag) -> String? {
    guard let value = attribute(name, of: tag) else { return nil }
    guard firstIndex(of: UInt8(ascii: "&"), in: value) != nil else { return string(value) }
    return XMLText.decode(value, of: self).text
  }
}
