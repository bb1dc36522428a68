#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system's time-zone database: one TZif file per zone under `$TZDIR`, else the usual
/// places (`/usr/share/zoneinfo` on Linux and macOS).
enum ZoneDatabase {
  static let directories = ["/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo"]

  /// `Area/City` and the like: letters, digits, `_`, `-`, `+` and `/`, no `..`, no leading
  /// `/`, at most 64 bytes. Anything else never reaches the file system.
  static func isValidName(_ name: String) -> Bool {
    guard (1...64).contains(name.utf8.count), !name.hasPrefix("/"), !name.hasSuffix("/"),
      !name.contains("..")
    else { return false }
    return name.utf8.allSatisfy {
      $0.isASCIILetter || $0.isDigit || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
        || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "/")
    }
  }

  /// The bytes of a zone's file, or nil when no directory has one (at most 1 MB: zone files
  /// are a few KB).
  static func file(_ name: String) -> [UInt8]? {
    var candidates = directories
    if let pointer = getenv("TZDIR") {
      let directory = String(cString: pointer)
      if !directory.isEmpty { candidates.insert(directory, at: 0) }
    }
    for directory in candidates {
      if let bytes = contents(directory + "/" + name) { return bytes }
    }
    return nil
  }

  private static func contents(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size <= 1 << 20
    else { return nil }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    var filled = 0
    while filled < bytes.count {
      let count = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Glibc.read(fd, base + filled, buffer.count - filled)
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { break }
      filled += count
    }
    return filled == bytes.count ? bytes : nil
  }
}
