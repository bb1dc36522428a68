/// The free-form notes an attendee wrote under an event, as the event keeps them.
enum NotesText {
  /// The text of the lines: each line as written (its indentation kept, trailing spaces
  /// dropped), runs of blank lines kept as one, blank edges trimmed, and a first line that only
  /// says `Notes` (`Notes:`, `### Notes`) left out; nil when nothing is left.
  static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: ArraySlice<Line>) -> String? {
    // Copied byte for byte as it goes: notes of millions of lines made as many strings.
    var output: [UInt8] = []
    var hasLine = false
    var pendingBlank = false
    for line in lines {
      var end = line.end
      while end > line.start, bytes[end - 1].isSpaceOrTab { end -= 1 }
      if end == line.start {
        pendingBlank = hasLine
        continue
      }
      if !hasLine && isLabel(bytes, line.start..<end) { continue }
      if hasLine { output.append(0x0A) }
      if pendingBlank { output.append(0x0A) }
      pendingBlank = false
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line.start..<end]))
      hasLine = true
    }
    return hasLine ? String(decoding: output, as: UTF8.self) : nil
  }

  /// `Notes`, `Notes:`, `### Notes`, `**Notes:**`.
  static func isLabel(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var lower = bytes.trimmed(range).lowerBound
    while lower < range.upperBound, bytes[lower] == UInt8(ascii: "#") { lower += 1 }
    var text = bytes.strippingEmphasis(bytes.trimmed(lower..<range.upperBound))
    if let last = text.last, bytes[last] == UInt8(ascii: ":") {
      text = bytes.strippingEmphasis(bytes.trimmed(text.lowerBound..<last))
    }
    guard text.count == 5 || text.count == 4 else { return false }
    let word = bytes[text].map(\.lowercasedASCII)
    return word.elementsEqual("notes".utf8) || word.elementsEqual("note".utf8)
  }
}
