/// Reads `schedule.xml`, the interchange form of frab, pretalx, wafer, Pentabarf and the c3voc
/// hub (the schema is c3voc's `schedule.xml.xsd`): one event per `<event>`, on the day and in
/// the room it is listed under. `FrabXMLParser` reads the XML; `FrabScheduleBuilder` says what
/// it means.
public enum FrabXMLReader: ScheduleReader {
  /// `frab`.
  public static let family = DumpFamily.frab

  /// Whether a text is XML whose root element is `<schedule>` (after the declaration,
  /// comments and a doctype).
  public static func sniff(_ source: DumpSource) -> Bool {
    source.text.withUTF8Bytes { bytes in
      var scanner = XMLScanner(bytes)
      while let token = scanner.next() {
        switch token {
        case .startTag(let tag): return scanner.localName(tag.name, is: "schedule")
        case .text(let range) where bytes.isXMLBlank(range): continue
        default: return false
        }
      }
      return false
    }
  }

  /// Reads every event of a `schedule.xml`; never fails, reporting what it could not read. A
  /// text that is JSON (`--family frab` on a `schedule.json`) goes to `FrabJSONReader`.
  public static func read(_ source: DumpSource, options: ReadOptions = ReadOptions()) -> ReadResult
  {
    source.text.withUTF8Bytes { bytes in
      if bytes.firstNonBlank.map({ $0 == UInt8(ascii: "{") }) == true {
        return FrabJSONReader.read(source, options: options)
      }
      var parser = FrabXMLParser(bytes)
      parser.run()
      return FrabScheduleBuilder.result(
        parser.document, problems: parser.problems, bytes: bytes, file: source.name,
        options: options)
    }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether a range holds only XML white space (spaces, tabs, line breaks).
  func isXMLBlank(_ range: Range<Int>) -> Bool {
    for index in range where !self[index].isHTMLSpace { return false }
    return true
  }

  /// The first byte that is not white space, after a byte-order mark.
  var firstNonBlank: UInt8? {
    var index = count >= 3 && self[0] == 0xEF && self[1] == 0xBB && self[2] == 0xBF ? 3 : 0
    while index < count, self[index].isHTMLSpace { index += 1 }
    return index < count ? self[index] : nil
  }
}
