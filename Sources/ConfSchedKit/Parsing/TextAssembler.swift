/// Joins the lines of paragraphs into one text, byte by byte: lines and paragraphs are joined
/// with one space, runs of spaces and tabs collapse, and a paragraph that ends in a hyphen
/// after a letter joins the next without a space (`state-of-` and `the-art`).
enum TextAssembler {
  /// The joined text of the paragraphs.
  static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ paragraphs: some Collection<Paragraph>)
    -> String
  {
    let capacity = paragraphs.reduce(0) { $0 + byteCount($1) + 1 }
    guard capacity > 0 else { return "" }
    guard let source = bytes.baseAddress else { return "" }
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      guard let output = buffer.baseAddress else { return 0 }
      var count = 0
      for paragraph in paragraphs {
        for line in paragraph.lines {
          // A new line or paragraph: one space, or none after a word's hyphen.
          var pendingSpace =
            count > 0
            && !(output[count - 1] == UInt8(ascii: "-") && count >= 2
              && output[count - 2].isWordByte)
          var index = line.start
          let end = line.end
          while index < end {
            let byte = source[index]
            if byte == 0x20 || byte == 0x09 {
              pendingSpace = count > 0
            } else {
              if pendingSpace {
                output[count] = 0x20
                count += 1
                pendingSpace = false
              }
              output[count] = byte
              count += 1
            }
            index += 1
          }
        }
      }
      return count
    }
  }

  /// The byte count of a paragraph's lines with one byte between them: an upper bound of its
  /// joined text.
  static func byteCount(_ paragraph: Paragraph) -> Int {
    paragraph.lines.reduce(paragraph.lines.count - 1) { $0 + $1.end - $1.start }
  }
}
