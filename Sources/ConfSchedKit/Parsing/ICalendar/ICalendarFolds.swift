/// Folds that split a UTF-8 character: RFC 5545 folds lines at 75 octets, and some writers
/// fold in the middle of a multi-byte character, which leaves the file invalid UTF-8 until it
/// is unfolded. Before decoding such a file, each fold that falls inside a character is moved
/// to just after it: the unfolded text is the same, and every line keeps its number.
enum ICalendarFolds {
  /// Whether bytes start like an iCalendar file (after a byte-order mark and white space).
  static func isCalendar(_ bytes: ArraySlice<UInt8>) -> Bool {
    var index = bytes.startIndex
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
    while index < bytes.endIndex, bytes[index].isHTMLSpace { index += 1 }
    let head = "begin:vcalendar".utf8
    guard bytes.endIndex - index >= head.count else { return false }
    return zip(bytes[index...], head).allSatisfy { $0.lowercasedASCII == $1 }
  }

  /// The bytes with every fold that is followed by UTF-8 continuation bytes moved after them;
  /// nil when no fold needed moving.
  static func repaired(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
    var output: [UInt8] = []
    var index = bytes.startIndex
    var moved = false
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x0D || byte == 0x0A {
        // A fold: [CR] LF, then a space or tab.
        var end = index
        if bytes[end] == 0x0D, end + 1 < bytes.endIndex, bytes[end + 1] == 0x0A { end += 1 }
        if bytes[end] == 0x0A, end + 1 < bytes.endIndex,
          bytes[end + 1] == 0x20 || bytes[end + 1] == 0x09
        {
          var continuation = end + 2
          while continuation < bytes.endIndex, bytes[continuation] & 0xC0 == 0x80,
            continuation - end - 2 < 3
          {
            continuation += 1
          }
          if continuation > end + 2 {
            if output.isEmpty { output.reserveCapacity(bytes.count) }
            output.append(contentsOf: bytes[(end + 2)..<continuation])
            output.append(contentsOf: bytes[index...(end + 1)])
            index = continuation
            moved = true
            continue
          }
        }
      }
      output.append(byte)
      index += 1
    }
    return moved ? output : nil
  }
}
