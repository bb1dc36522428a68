#if canImport(Glibc)
  import Glibc
#endif

/// What tells this confsched's binary from one built from other code: the linker's build id
/// (the ELF note `NT_GNU_BUILD_ID`, a hash of the linked program), read from the headers of
/// the program file this process runs (`/proc/self/exe`: the same file even if it has since
/// been replaced).
///
/// A compiled schedule holds what the readers made of its originals, so one written by another
/// build must not be trusted (`CompiledSchedule`). The version alone does not say so: it
/// stays the same while readers change between builds, and a cache compiled before an update
/// would go on showing the old reading. With the build id in the tag, `0.1.0+8a1f...`, any
/// other binary's compiled files are compiled again from their originals, with a note. Where
/// there is no build id (not Linux, or a linker told not to write one), the version alone.
enum BuildIdentity {
  /// `0.1.0+82e9cbe3f44dc89e`: the version, with the build id's first eight bytes as semantic
  /// versioning's build metadata when there is one.
  static func version(_ version: String) -> String {
    buildID.map { "\(version)+\($0)" } ?? version
  }

  /// The first eight bytes of the build id, in hexadecimal; nil when there is none.
  static let buildID: String? = {
    #if os(Linux)
      let descriptor = open("/proc/self/exe", O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { return nil }
      defer { close(descriptor) }
      guard let id = buildID(reading: descriptor), !id.isEmpty else { return nil }
      let digits = Array("0123456789abcdef".utf8)
      return String(
        decoding: id.prefix(8).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] },
        as: UTF8.self)
    #else
      return nil
    #endif
  }()

  #if os(Linux)
    /// The build id in a 64-bit little-endian ELF file's `PT_NOTE` segments.
    static func buildID(reading descriptor: Int32) -> [UInt8]? {
      func bytes(at offset: Int, count: Int) -> [UInt8]? {
        guard offset >= 0, (0...(1 << 16)).contains(count) else { return nil }
        let read = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
          initialized = Swift.max(0, pread(descriptor, buffer.baseAddress, count, off_t(offset)))
        }
        return read.count == count ? read : nil
      }
      func integer(_ bytes: [UInt8], _ offset: Int, _ size: Int) -> Int {
        (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
      }
      // `\x7FELF`, 64-bit, little-endian.
      guard let header = bytes(at: 0, count: 64),
        header.prefix(6) == [0x7F, 0x45, 0x4C, 0x46, 2, 1]
      else { return nil }
      let tableOffset = integer(header, 32, 8)
      let entrySize = integer(header, 54, 2)
      let entries = integer(header, 56, 2)
      guard entrySize >= 56, let table = bytes(at: tableOffset, count: entrySize * entries) else {
        return nil
      }
      for entry in 0..<entries {
        let base = entry * entrySize
        guard integer(table, base, 4) == 4 else { continue }  // PT_NOTE
        let offset = integer(table, base + 8, 8)
        guard let notes = bytes(at: offset, count: integer(table, base + 32, 8)) else { continue }
        if let id = notes.withUnsafeBytes(buildIDNote(in:)) { return id }
      }
      return nil
    }
  #endif

  /// The build id in a run of ELF notes (each: name size, descriptor size and type as 32-bit
  /// words, then the name and the descriptor, each padded to four bytes); nil when none is
  /// there or the notes do not add up.
  static func buildIDNote(in notes: UnsafeRawBufferPointer) -> [UInt8]? {
    func padded(_ size: Int) -> Int { (size + 3) & ~3 }
    var offset = 0
    while offset + 12 <= notes.count {
      let nameSize = Int(notes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
      let descriptorSize = Int(notes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
      let type = notes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
      let name = offset + 12
      let descriptor = name + padded(nameSize)
      let end = descriptor + padded(descriptorSize)
      guard nameSize <= notes.count, descriptorSize <= notes.count, end <= notes.count else {
        return nil
      }
      if type == 3, nameSize == 4, Array(notes[name..<name + 4]) == Array("GNU\0".utf8) {
        return Array(notes[descriptor..<descriptor + descriptorSize])
      }
      offset = end
    }
    return nil
  }
}
