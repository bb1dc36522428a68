#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a dump could not be loaded at all.
public enum LoadError: Error, Equatable, CustomStringConvertible {
  /// The file does not exist or cannot be opened.
  case cannotOpen(path: String, reason: String)
  /// The path names a directory.
  case isDirectory(path: String)
  /// Reading failed part way.
  case readFailed(path: String, reason: String)
  /// The file is empty or blank.
  case empty(path: String)
  /// The file is not text: binary, or UTF-16.
  case notText(path: String, reason: String)
  /// The file is text but holds nothing a reader recognises.
  case noEvents(path: String, hint: String)

  /// One line for a user, naming the file.
  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): return "cannot open '\(path)': \(reason)"
    case .isDirectory(let path): return "'\(path)' is a directory, not a dump file"
    case .readFailed(let path, let reason): return "cannot read '\(path)': \(reason)"
    case .empty(let path): return "'\(path)' is empty"
    case .notText(let path, let reason): return "'\(path)' is not a text dump: \(reason)"
    case .noEvents(let path, let hint): return "'\(path)' holds no schedule events: \(hint)"
    }
  }

  /// The path the error is about.
  public var path: String {
    switch self {
    case .cannotOpen(let path, _), .isDirectory(let path), .readFailed(let path, _),
      .empty(let path), .notText(let path, _), .noEvents(let path, _):
      return path
    }
  }
}

/// Reads a dump file from disk and decodes it: UTF-8 with or without a byte-order mark, CRLF or
/// LF; Latin-1 when the bytes are not UTF-8 at all; UTF-16 and binary files are refused.
public enum DumpFile {
  /// Reads `path` (`-` is standard input) into a source, with warnings about repairs.
  public static func load(_ path: String) throws(LoadError) -> (DumpSource, [Diagnostic]) {
    if let text = readText(path) { return (DumpSource(name: path, text: text), []) }
    let bytes = try readBytes(path)
    return try decode(bytes, name: path)
  }

  /// The most read from standard input, a pipe or a device, which may never end (`/dev/zero`,
  /// `yes |`): 256 MB, 500 times the largest real dump. A regular file is read whole.
  public static let streamLimit = 256 << 20

  /// Reads a file's bytes: all of a text file; of a binary one, up to the first NUL (the rest
  /// cannot make it text, and `/dev/zero` has no end); of a stream that is not a regular
  /// file, at most `streamLimit`, and up to its first 64 KB when those look binary.
  public static func readBytes(_ path: String) throws(LoadError) -> [UInt8] {
    let fd = path == "-" ? dup(0) : open(PathBytes.cString(path), O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .cannotOpen(path: path, reason: errorText()) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .cannotOpen(path: path, reason: errorText()) }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
    let isRegular = (info.st_mode & S_IFMT) == S_IFREG
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(info.st_size) + 1)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        if errno == EISDIR { throw .isDirectory(path: path) }
        throw .readFailed(path: path, reason: errorText())
      }
      if count == 0 { break }
      let hasNUL = chunk.withUnsafeBytes {
        containsNUL(UnsafeRawBufferPointer(rebasing: $0[..<count]))
      }
      let before = bytes.count
      bytes.append(contentsOf: chunk[0..<count])
      if hasNUL { break }
      if !isRegular {
        if before < sampleSize && bytes.count >= sampleSize && hasBinaryControls(bytes[...]) {
          break
        }
        if bytes.count > streamLimit {
          throw .notText(
            path: path,
            reason: "it goes on past \(streamLimit >> 20) MB; save it to a file and read that")
        }
      }
    }
    return bytes
  }

  /// Decodes bytes into a source.
  public static func decode(_ input: [UInt8], name: String) throws(LoadError) -> (
    DumpSource, [Diagnostic]
  ) {
    var bytes = input[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw .empty(path: name)
    }
    // UTF-32 first: its byte-order mark begins with UTF-16's, and its text has zeros at every
    // other byte too.
    if let encoding = utf32Encoding(bytes) {
      throw .notText(
        path: name, reason: "it is UTF-32; convert it with 'iconv -f \(encoding) -t UTF-8'")
    }
    // With a byte-order mark iconv's UTF-16 reads either order; without one it takes big-endian,
    // so the order found is named.
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw .notText(path: name, reason: "it is UTF-16; convert it with 'iconv -f UTF-16 -t UTF-8'")
    }
    if let order = utf16Order(bytes) {
      throw .notText(
        path: name, reason: "it is UTF-16; convert it with 'iconv -f \(order) -t UTF-8'")
    }
    // A NUL anywhere (text has none; one after the first 64 KB was let through), or control
    // characters all over the start.
    if bytes.withUnsafeBytes(containsNUL)
      || hasBinaryControls(bytes)
    {
      throw .notText(path: name, reason: "it looks like a binary file")
    }
    var diagnostics: [Diagnostic] = []
    // The standard library validates in one fast pass (once: a second pass was a twentieth of
    // `sources add` on a 53 MB dump); only a file that fails it is walked byte by byte for the
    // place of the first bad byte (a 100 MB line took 2.5 s of a debug build in
    // `firstInvalidUTF8` alone).
    if let text = String(validating: bytes, as: UTF8.self) {
      return (DumpSource(name: name, text: text), diagnostics)
    }
    // An iCalendar file folded inside a character is valid once its folds move past them.
    if ICalendarFolds.isCalendar(bytes), let repaired = ICalendarFolds.repaired(bytes) {
      bytes = repaired[...]
      if let text = String(validating: bytes, as: UTF8.self) {
        return (DumpSource(name: name, text: text), diagnostics)
      }
    }
    guard let invalid = firstInvalidUTF8(bytes) else {
      return (DumpSource(name: name, text: String(decoding: bytes, as: UTF8.self)), diagnostics)
    }
    // The text is read whichever way; the warning says how, at the first bad byte.
    let isLatin1 = !hasMultibyteUTF8(bytes)
    bytes.withUnsafeBufferPointer { buffer in
      var collector = DiagnosticCollector(file: name, bytes: buffer)
      collector.warn(
        atOffset: invalid - bytes.startIndex,
        isLatin1
          ? "the file is not UTF-8; read it as Latin-1"
          : "invalid UTF-8; the bad bytes read as U+FFFD")
      diagnostics = collector.takeSorted()
    }
    if isLatin1 {
      var text = ""
      text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
      return (DumpSource(name: name, text: text), diagnostics)
    }
    return (DumpSource(name: name, text: String(decoding: bytes, as: UTF8.self)), diagnostics)
  }

  /// The offset of the first byte that is not part of a valid UTF-8 sequence.
  static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
    var index = bytes.startIndex
    let end = bytes.endIndex
    while index < end {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return index
      }
      guard index + length <= end else { return index }
      for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
      let second = bytes[index + 1]
      if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
        || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F)
      {
        return index
      }
      index += length
    }
    return nil
  }

  private static func hasMultibyteUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      if (0xC2...0xF4).contains(bytes[index]) && bytes[index + 1] & 0xC0 == 0x80 { return true }
      index += 1
    }
    return false
  }

  /// Whether bytes hold a zero byte (`memchr`: a 500 MB dump is scanned in milliseconds).
  static func containsNUL(_ buffer: UnsafeRawBufferPointer) -> Bool {
    guard let base = buffer.baseAddress else { return false }
    return memchr(base, 0, buffer.count) != nil
  }

  /// How much of the start the control-character test looks at.
  static let sampleSize = 1 << 16

  /// Whether more than 1% of the first 64 KB are control characters other than tab, line
  /// feed, form feed and carriage return.
  static func hasBinaryControls(_ bytes: ArraySlice<UInt8>) -> Bool {
    let sample = bytes.prefix(sampleSize)
    let controlCount = sample.reduce(0) {
      $0 + ($1 < 0x20 && $1 != 0x09 && $1 != 0x0A && $1 != 0x0D && $1 != 0x0C ? 1 : 0)
    }
    return controlCount * 100 > sample.count
  }

  /// The `iconv` name of the UTF-32 a file is in, or nil: `UTF-32` with a byte-order mark
  /// (iconv reads it), else `UTF-32LE` or `UTF-32BE` when most 4-byte units of the start are
  /// one byte of text and three zeros (iconv takes BOM-less UTF-32 as big-endian).
  static func utf32Encoding(_ bytes: ArraySlice<UInt8>) -> String? {
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF])
    {
      return "UTF-32"
    }
    let sample = Array(bytes.prefix(512))
    let units = sample.count / 4
    guard units >= 2 else { return nil }
    var little = 0
    var big = 0
    for unit in 0..<units {
      let b = sample[(4 * unit)..<(4 * unit + 4)]
      let base = b.startIndex
      if b[base + 1] == 0 && b[base + 2] == 0 && b[base + 3] == 0 && b[base] != 0 { little += 1 }
      if b[base] == 0 && b[base + 1] == 0 && b[base + 2] == 0 && b[base + 3] != 0 { big += 1 }
    }
    if little * 10 > units * 7 { return "UTF-32LE" }
    if big * 10 > units * 7 { return "UTF-32BE" }
    return nil
  }

  /// Text in UTF-16 without a byte-order mark, and its byte order (`UTF-16LE` or `UTF-16BE`):
  /// most of one half of the bytes is zero and the code units with a zero there are text
  /// (letters, digits, punctuation, spaces). An executable or an image has runs of zeros too,
  /// but not text between them.
  static func utf16Order(_ bytes: ArraySlice<UInt8>) -> String? {
    let sample = Array(bytes.prefix(512))
    guard sample.count >= 8 else { return nil }
    let half = sample.count / 2
    for zeroFirst in [true, false] {
      var zeros = 0
      var text = 0
      for unit in 0..<half {
        let (high, low) =
          zeroFirst
          ? (sample[2 * unit], sample[2 * unit + 1]) : (sample[2 * unit + 1], sample[2 * unit])
        guard high == 0 else { continue }
        zeros += 1
        if (0x20...0x7E).contains(low) || low == 0x09 || low == 0x0A || low == 0x0D { text += 1 }
      }
      if zeros * 10 > half * 7 && text * 10 >= zeros * 9 {
        return zeroFirst ? "UTF-16BE" : "UTF-16LE"
      }
    }
    return nil
  }

  private static func errorText() -> String {
    String(cString: strerror(errno))
  }
}
