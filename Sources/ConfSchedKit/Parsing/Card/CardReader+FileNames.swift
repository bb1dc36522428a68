extension CardReader {
  /// `NIPS Demo Submission 2.pdf`.
  static func looksLikeFileName(_ text: String) -> Bool {
    guard text.utf8.count <= 120, !text.containsBytes("://") else { return false }
    // ASCII: the last `.` is the last 0x2E, and lowercasing is per byte.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      guard let dot = text.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
      let ext = text.utf8[text.utf8.index(after: dot)...]
      return Self.fileExtensions.contains { $0.utf8.elementsEqual(ext.lazy.map(\.lowercasedASCII)) }
    }
    guard
      let dot = text.lastIndex(of: ".")
    else { return false }
    let ext = text[text.index(after: dot)...].lowercased()
    return fileExtensions.contains(ext)
  }

  static let fileExtensions = ["pdf", "doc", "docx", "ppt", "pptx", "key", "zip", "txt"]
}
