/// Elements opening and closing as `FrabXMLParser` walks the tokens: events, days and rooms
/// begun and kept, fields captured, end tags matched against the stack, what the end of the
/// file cuts off.
extension FrabXMLParser {
  mutating func open(_ tag: XMLTag) {
    // Markup inside a text field (HTML in a description) is part of its text.
    guard capture == nil else { return }
    if stack.count >= Self.maximumDepth || overflow > 0 {
      if overflow == 0 {
        report(
          tag.start,
          "elements nested more than \(Self.maximumDepth) deep; the deeper ones are skipped")
      }
      if !tag.isSelfClosing { overflow += 1 }
      return
    }
    // Events never nest: an <event> inside one means the one before was never closed.
    if bytes.isName(bytes.localPart(of: tag.name), "event"),
      let open = stack.lastIndex(where: { if case .event = $0.role { true } else { false } })
    {
      if isReporting {
        report(
          tag.start,
          "an <event> inside the <event> of line \(lineNumber(of: stack[open].start)), which was never closed; closed it here"
        )
      }
      while stack.count > open { closed(stack.removeLast()) }
    }
    var role = Self.role(of: bytes.localPart(of: tag.name), in: bytes, parent: stack.last?.role)
    // The description is the abstract only when there is none.
    if case .field(.description) = role, let abstract = event?.abstract,
      !FrabText.isBlank(abstract)
    {
      role = .field(.ignored)
    }
    switch role {
    case .event:
      var opened = FrabDocument.Event(offset: tag.start)
      opened.day = day
      opened.listedRoom = room
      opened.id = bytes.decodedAttribute("id", of: tag)
      opened.guid = bytes.decodedAttribute("guid", of: tag)
      opened.code = bytes.decodedAttribute("code", of: tag)
      event = opened
    case .day:
      day = document.days.count
      document.days.append(
        FrabDocument.Day(
          offset: tag.start, index: bytes.decodedAttribute("index", of: tag),
          date: bytes.decodedAttribute("date", of: tag),
          start: bytes.decodedAttribute("start", of: tag),
          end: bytes.decodedAttribute("end", of: tag)))
    case .room:
      room = bytes.decodedAttribute("name", of: tag)
    case .conference:
      document.conference.offset = tag.start
    case .field(.ignored):
      startCapture(at: tag.start, keepingText: false)
    case .link:
      linkAddress = bytes.decodedAttribute("href", of: tag)
      startCapture(at: tag.start, keepingText: true)
    case .field:
      startCapture(at: tag.start, keepingText: true)
    default:
      break
    }
    if tag.isSelfClosing {
      closed(Open(name: tag.name, start: tag.start, role: role))
    } else {
      stack.append(Open(name: tag.name, start: tag.start, role: role))
    }
  }

  mutating func close(_ name: Range<Int>, at start: Int) {
    if overflow > 0 {
      overflow -= 1
      return
    }
    // Most end tags close the innermost element.
    if let last = stack.last, bytes.sameName(last.name, name) {
      closed(stack.removeLast())
      return
    }
    guard let match = stack.lastIndex(where: { bytes.sameName($0.name, name) }) else {
      // Inside a text field, it closes markup of the text.
      if capture == nil {
        report(start, "</\(bytes.string(name))> closes no open element; ignored")
      }
      return
    }
    if match < stack.count - 1 {
      let unclosed = stack[stack.count - 1]
      report(
        start,
        "</\(bytes.string(name))> closes <\(bytes.string(unclosed.name))>, which was never closed")
    }
    while stack.count > match {
      let element = stack.removeLast()
      closed(element)
    }
  }

  /// What closing an element does: a field takes its text, an event is kept.
  private mutating func closed(_ element: Open) {
    switch element.role {
    case .field(let field):
      if capture?.keepsText == true { store(field, capturedText(), at: element.start) }
      capture = nil
    case .link(let isAttachment):
      if capture != nil {
        storeLink(href: linkAddress, title: capturedText(), isAttachment: isAttachment)
      }
      capture = nil
    case .event:
      // Moved out rather than copied: an event holds some twenty strings.
      var finished: FrabDocument.Event?
      swap(&finished, &event)
      if let finished { document.events.append(finished) }
    case .day:
      day = nil
    case .room:
      room = nil
    default:
      break
    }
  }

  /// The end of the document: what is still open was cut off.
  mutating func finish() {
    guard !stack.isEmpty || overflow > 0 else { return }
    if let open = stack.last(where: { if case .event = $0.role { true } else { false } }),
      isReporting
    {
      report(
        bytes.count,
        "the file ends inside the <event> of line \(lineNumber(of: open.start)), which is left out: truncated?"
      )
    } else if let outermost = stack.first {
      report(
        bytes.count, "the file ends before </\(bytes.string(outermost.name))>: truncated?")
    }
  }
}
