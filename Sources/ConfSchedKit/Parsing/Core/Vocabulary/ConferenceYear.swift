/// The NeurIPS edition a reading list is about, from how it names the conference:
/// `NeurIPS 2019`, `NIPS 2018`, `NeurIPS'19`, `NeurIPS-2019`, `/Conferences/2019/` in a link.
///
/// The year named most often wins (a post about 2019 may cite a paper of `NIPS 2018`); a tie
/// goes to the later year. None when the text names no edition.
enum ConferenceYear {
  static func infer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var counts: [Int: Int] = [:]
    var index = 0
    while index < bytes.count {
      let byte = bytes[index] | 0x20
      if byte == UInt8(ascii: "n"), let (year, end) = named(bytes, at: index) {
        counts[year, default: 0] += 1
        index = end
      } else if byte == UInt8(ascii: "/"), let (year, end) = linked(bytes, at: index) {
        counts[year, default: 0] += 1
        index = end
      } else {
        index += 1
      }
    }
    return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
  }

  /// `NeurIPS 2019`, `NIPS'18`, `neurips-2019` at `index` (a word start), and where it ends.
  private static func named(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, Int)? {
    if index > 0, bytes[index - 1].isASCIILetter { return nil }
    var position = index
    for name in ["neurips", "nips"] where matches(bytes, position, name) {
      position += name.utf8.count
      var separators = 0
      while position < bytes.count, separators < 2,
        bytes[position] == 0x20 || bytes[position] == UInt8(ascii: "'")
          || bytes[position] == UInt8(ascii: "-") || bytes[position] == 0xE2
      {
        // `’` is three bytes, E2 80 99.
        if bytes[position] == 0xE2 {
          guard position + 2 < bytes.count, bytes[position + 1] == 0x80, bytes[position + 2] == 0x99
          else { return nil }
          position += 2
        }
        position += 1
        separators += 1
      }
      return year(bytes, at: position)
    }
    return nil
  }

  /// `/Conferences/2019/` in a link.
  private static func linked(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, Int)? {
    guard matches(bytes, index, "/conferences/") else { return nil }
    return year(bytes, at: index + 13)
  }

  /// Four digits from 1987 to 2099, or two after an apostrophe or hyphen, ending there.
  private static func year(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, Int)? {
    var end = start
    var value = 0
    while end < bytes.count, end - start < 5, bytes[end].isDigit {
      value = value * 10 + Int(bytes[end] - 0x30)
      end += 1
    }
    guard end < bytes.count ? !bytes[end].isDigit && !bytes[end].isASCIILetter : true else {
      return nil
    }
    switch end - start {
    case 4 where (1987...2099).contains(value): return (value, end)
    case 2: return (2000 + value, end)
    default: return nil
    }
  }

  private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ word: String)
    -> Bool
  {
    let pattern = word.utf8
    guard index + pattern.count <= bytes.count else { return false }
    return zip(bytes[index...], pattern).allSatisfy { $0.lowercasedASCII == $1 }
  }
}
