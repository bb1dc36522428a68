/// A time zone's history as a TZif file holds it (RFC 8536): the instants at which the offset
/// changed, the local time types they change to, and the footer's rule for the times after the
/// last change. The system's zone database (`/usr/share/zoneinfo`) is made of these files.
///
///     file   := header v1-data [header v2-data footer]      (version 2 and later)
///     header := "TZif" version(1) reserved(15) isutcnt isstdcnt leapcnt timecnt typecnt charcnt
///     data   := times(timecnt) indices(timecnt) types(typecnt * 6) chars(charcnt)
///               leaps(leapcnt) isstd(isstdcnt) isut(isutcnt)
///     footer := "\n" TZ-string "\n"
///
/// A version 1 file has 32-bit times and no footer; later versions repeat the data with 64-bit
/// times, which is what is read when present.
struct TZif: Sendable {
  /// A local time type: offset east of UTC in seconds, daylight or not, abbreviation.
  struct LocalTimeType: Hashable, Sendable {
    var offset: Int
    var isDaylight: Bool
    var abbreviation: String
  }

  /// The instants (seconds since the epoch, UTC) of each change, ascending.
  var transitionTimes: [Int]
  /// The type each change switches to: an index into `types`.
  var transitionTypes: [Int]
  var types: [LocalTimeType]
  /// The rule after the last change, when the file states one.
  var footer: POSIXZoneRule?

  /// Reads a TZif file's bytes, or nil when they are not one.
  init?(_ bytes: [UInt8]) {
    var reader = Reader(bytes: bytes)
    guard let first = reader.header() else { return nil }
    var header = first
    var timeSize = 4
    if first.version >= 2 {
      // Skip the version 1 block to the 64-bit one.
      reader.index += first.dataSize(timeSize: 4)
      guard let second = reader.header() else { return nil }
      header = second
      timeSize = 8
    }
    guard let times = reader.integers(count: header.timeCount, size: timeSize),
      let indices = reader.bytes(count: header.timeCount).map(Array.init),
      let typeRecords = reader.bytes(count: header.typeCount * 6).map(Array.init),
      let characters = reader.bytes(count: header.charCount).map(Array.init)
    else { return nil }
    reader.index += header.leapCount * (timeSize + 4) + header.isStdCount + header.isUTCount
    var types: [LocalTimeType] = []
    for number in 0..<header.typeCount {
      let record = Array(typeRecords[number * 6..<number * 6 + 6])
      let offset = Int(
        Int32(
          bitPattern: UInt32(record[0]) << 24 | UInt32(record[1]) << 16
            | UInt32(record[2]) << 8 | UInt32(record[3])))
      let start = Int(record[5])
      guard start < characters.count || characters.isEmpty else { return nil }
      let end = characters[start...].firstIndex(of: 0) ?? characters.endIndex
      let name =
        start < characters.count ? String(decoding: characters[start..<end], as: UTF8.self) : ""
      types.append(LocalTimeType(offset: offset, isDaylight: record[4] != 0, abbreviation: name))
    }
    guard !types.isEmpty, indices.allSatisfy({ Int($0) < types.count }) else { return nil }
    transitionTimes = times
    transitionTypes = indices.map(Int.init)
    self.types = types
    footer = nil
    if header.version >= 2, reader.consume(0x0A) {
      let start = reader.index
      while reader.index < bytes.count, bytes[reader.index] != 0x0A { reader.index += 1 }
      let text = String(decoding: bytes[start..<reader.index], as: UTF8.self)
      footer = text.isEmpty ? nil : POSIXZoneRule(text)
    }
  }

  /// The local time type in force at an instant: the last change at or before it, the footer's
  /// rule after the last change, the first standard type before the first change.
  func type(at seconds: Int) -> LocalTimeType {
    if let last = transitionTimes.last, seconds >= last, let footer {
      let (offset, isDaylight) = footer.offset(at: seconds)
      let name = isDaylight ? footer.daylight?.name ?? footer.standard.name : footer.standard.name
      return LocalTimeType(offset: offset, isDaylight: isDaylight, abbreviation: name)
    }
    let low = transitionTimes.partitioningIndex { $0 > seconds }
    if low == 0 {
      return types.first { !$0.isDaylight } ?? types[0]
    }
    return types[transitionTypes[low - 1]]
  }

  private struct Header {
    var version: Int
    var isUTCount: Int
    var isStdCount: Int
    var leapCount: Int
    var timeCount: Int
    var typeCount: Int
    var charCount: Int

    func dataSize(timeSize: Int) -> Int {
      timeCount * timeSize + timeCount + typeCount * 6 + charCount + leapCount * (timeSize + 4)
        + isStdCount + isUTCount
    }
  }

  private struct Reader {
    let bytes: [UInt8]
    var index = 0

    mutating func consume(_ byte: UInt8) -> Bool {
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
      return true
    }

    mutating func header() -> Header? {
      guard index + 44 <= bytes.count, bytes[index..<index + 4].elementsEqual("TZif".utf8) else {
        return nil
      }
      let versionByte = bytes[index + 4]
      let version = versionByte == 0 ? 1 : Int(versionByte) - 0x30
      index += 20
      guard let counts = integers(count: 6, size: 4),
        counts.allSatisfy({ (0...1 << 20).contains($0) })
      else { return nil }
      return Header(
        version: version, isUTCount: counts[0], isStdCount: counts[1], leapCount: counts[2],
        timeCount: counts[3], typeCount: counts[4], charCount: counts[5])
    }

    mutating func bytes(count: Int) -> ArraySlice<UInt8>? {
      guard count >= 0, index + count <= bytes.count else { return nil }
      defer { index += count }
      return bytes[index..<index + count]
    }

    /// Big-endian signed integers of `size` bytes.
    mutating func integers(count: Int, size: Int) -> [Int]? {
      guard let raw = bytes(count: count * size) else { return nil }
      var values: [Int] = []
      values.reserveCapacity(count)
      var position = raw.startIndex
      for _ in 0..<count {
        var value: UInt64 = 0
        for _ in 0..<size {
          value = value << 8 | UInt64(raw[position])
          position += 1
        }
        values.append(
          size == 8 ? Int(Int64(bitPattern: value)) : Int(Int32(bitPattern: UInt32(value))))
      }
      return values
    }
  }
}
