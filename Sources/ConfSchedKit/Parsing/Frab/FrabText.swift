/// How the text of a frab schedule is cleaned: what the file's layout added goes, what its
/// authors wrote stays.
enum FrabText {
  /// A one-line value (a title, a name, a room): runs of white space collapsed, ends trimmed;
  /// nil when nothing is left.
  static func line(_ text: String?) -> String? {
    guard let text else { return nil }
    // Most values need nothing: no break or tab, no space at an end or after another.
    let isClean = text.withUTF8Bytes { bytes in
      var previous: UInt8 = 0x20
      for byte in bytes {
        // One comparison for most bytes: only spaces and controls can need collapsing.
        if byte <= 0x20,
          byte == 0x0A || byte == 0x0D || byte == 0x09 || (byte == 0x20 && previous == 0x20)
        {
          return false
        }
        previous = byte
      }
      return previous != 0x20
    }
    if isClean { return text }
    let collapsed = Markup.collapsingSpaces(text)
    return collapsed.isEmpty ? nil : collapsed
  }

  /// Whether a text is empty or white space only.
  static func isBlank(_ text: String) -> Bool {
    text.withUTF8Bytes { bytes in bytes.allSatisfy(\.isHTMLSpace) }
  }

  /// An abstract or description: line breaks kept as `\n` (CRLF and CR too), spaces at the
  /// ends of lines dropped, the indentation an XML writer gave every line after the first
  /// (`\n                    Given, however, ...`) taken off as far as all of them share it,
  /// more than one blank line in a row made one, the ends trimmed; nil when nothing is left.
  static func prose(_ text: String?) -> String? {
    guard let text else { return nil }
    return text.withUTF8Bytes { bytes -> String? in
      let hasReturn = bytes.firstIndex(of: 0x0D, in: 0..<bytes.count) != nil
      // One line with nothing to trim is as it is.
      if let first = bytes.first, let last = bytes.last, !first.isHTMLSpace, !last.isHTMLSpace,
        !hasReturn, bytes.firstIndex(of: 0x0A, in: 0..<bytes.count) == nil
      {
        return text
      }
      // Lines as byte ranges, without their breaks and trailing spaces; breaks found with
      // `memchr` when there is no `\r` to look for too.
      var lines: [Range<Int>] = []
      var start = 0
      var index = 0
      while index <= bytes.count {
        if hasReturn {
          while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
        } else {
          index = bytes.firstIndex(of: 0x0A, in: index..<bytes.count) ?? bytes.count
        }
        var end = index
        while end > start, bytes[end - 1].isSpaceOrTab { end -= 1 }
        lines.append(start..<end)
        if index + 1 < bytes.count, bytes[index] == 0x0D, bytes[index + 1] == 0x0A { index += 1 }
        index += 1
        start = index
      }
      while let first = lines.first, first.isEmpty { lines.removeFirst() }
      while let last = lines.last, last.isEmpty { lines.removeLast() }
      guard let first = lines.first else { return nil }
      // The first line follows the opening tag; the others carry the file's indentation.
      var indent = Int.max
      for line in lines.dropFirst() where !line.isEmpty {
        var position = line.lowerBound
        while position < line.upperBound, bytes[position].isSpaceOrTab { position += 1 }
        indent = Swift.min(indent, position - line.lowerBound)
      }
      if indent == Int.max { indent = 0 }
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[bytes.trimmed(first)]))
      var blank = false
      for line in lines.dropFirst() {
        if line.isEmpty {
          blank = true
          continue
        }
        output.append(0x0A)
        if blank { output.append(0x0A) }
        output.append(
          contentsOf: UnsafeBufferPointer(
            rebasing: bytes[(line.lowerBound + indent)..<line.upperBound]))
        blank = false
      }
      return String(decoding: output, as: UTF8.self)
    }
  }
}
