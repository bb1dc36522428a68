/// Reads `schedule.json`, the JSON form of the same model as `schedule.xml` (c3voc's
/// `schedule.json` schema; frab, pretalx and the c3voc hub write it):
///
///     { "schedule": { "base_url": ..., "conference": { "acronym", "title", "start",
///       "time_zone_name", "days": [ { "index", "date", "day_start", "day_end",
///       "rooms": { "Room name": [ event, ... ] } } ] } } }
///
/// The text must be JSON (RFC 8259): a file that is not is refused with the line and column
/// of its first error. `FrabJSONParser` walks the document; `FrabScheduleBuilder` says what it
/// means.
public enum FrabJSONReader: ScheduleReader {
  /// `frab`.
  public static let family = DumpFamily.frab

  /// Whether a text is a JSON object that names a `schedule` and a `conference` near its start.
  public static func sniff(_ source: DumpSource) -> Bool {
    source.text.withUTF8Bytes { bytes in
      guard bytes.firstNonBlank == UInt8(ascii: "{") else { return false }
      let head = UnsafeBufferPointer(rebasing: bytes[0..<Swift.min(bytes.count, 1 << 16)])
      return head.contains(Array("\"schedule\"".utf8), in: 0..<head.count)
        && head.contains(Array("\"conference\"".utf8), in: 0..<head.count)
    }
  }

  /// Reads every event of a `schedule.json`; never fails, reporting what it could not read.
  public static func read(_ source: DumpSource, options: ReadOptions = ReadOptions()) -> ReadResult
  {
    source.text.withUTF8Bytes { bytes in
      switch JSONParser.parse(bytes) {
      case .failure(let error):
        var diagnostics = DiagnosticCollector(file: source.name, bytes: bytes)
        diagnostics.error(
          atOffset: offset(line: error.line, column: error.column, in: bytes),
          "not valid JSON: \(error.reason)")
        var result = ReadResult()
        result.diagnostics = diagnostics.takeSorted()
        return result
      case .success(let value):
        var parser = FrabJSONParser(bytes)
        parser.read(value)
        return FrabScheduleBuilder.result(
          parser.document, problems: parser.problems, bytes: bytes, file: source.name,
          options: options)
      }
    }
  }

  /// The byte offset of a 1-based line and column (in Unicode scalars), as `JSONParser`
  /// reports them.
  static func offset(line: Int, column: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var start = bytes.count
    for found in bytes.eachLine() where found.number == line {
      start = found.start
      break
    }
    var offset = start
    var scalars = 1
    while offset < bytes.count, scalars < column {
      offset += 1
      while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      scalars += 1
    }
    return offset
  }
}
