#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process holding a lock that another one waits for, as far as the system says
/// (`/proc/locks` on Linux).
public struct LockHolder: Hashable, Sendable, CustomStringConvertible {
  /// The process id, when known.
  public var pid: Int32?
  /// Its command line, shortened, when readable: `confsched itinerary add 54azkd`.
  public var command: String?

  /// Creates a holder.
  public init(pid: Int32? = nil, command: String? = nil) {
    self.pid = pid
    self.command = command
  }

  /// `process 4242 (confsched itinerary add 54azkd)`, or `another process`.
  public var description: String {
    guard let pid else { return "another process" }
    return "process \(pid)" + (command.map { " (\($0))" } ?? "")
  }
}

/// How long a writer waits for the itinerary's lock: a live process stuck holding it (a
/// suspended `confsched`, an editor's plugin) must not block every other writer forever and
/// without a word.
public struct LockPatience: Hashable, Sendable {
  /// When to say who holds the lock.
  public var noticeAfter: Duration
  /// How long one holder may keep the lock before the waiter gives up; nil waits for ever.
  /// The clock starts again whenever the lock changes hands, so a queue of busy writers
  /// moving along is never taken for a stuck one.
  public var giveUpAfter: Duration?

  /// A patience; by default, a notice after a second and giving up after 30 s.
  public init(noticeAfter: Duration = .seconds(1), giveUpAfter: Duration? = .seconds(30)) {
    self.noticeAfter = noticeAfter
    self.giveUpAfter = giveUpAfter
  }
}

/// An exclusive `flock` on a lock file, waited for with patience.
enum FileLock {
  /// Opens (creating it if needed) and locks a lock file exclusively. Returns the descriptor;
  /// closing it releases the lock.
  ///
  /// `flock` locks belong to the open file description, so two opens exclude each other
  /// whether they are in two processes or two threads of one. The lock is tried without
  /// blocking and retried after short sleeps (1 ms doubling to 50 ms), so the wait can be
  /// reported (`waiting` is called once, with the holder) and given up.
  static func acquire(
    _ path: String, patience: LockPatience, waiting: (LockHolder) -> Void
  ) throws(ItineraryStoreError) -> Int32 {
    let fd = open(PathBytes.cString(path), O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw .cannotLock(path: path, reason: FileIO.errorText()) }
    let clock = ContinuousClock()
    let start = clock.now
    var noticed: (holder: LockHolder, since: ContinuousClock.Instant)?
    var pause = Duration.milliseconds(1)
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      if errno == EINTR { continue }
      guard errno == EWOULDBLOCK else {
        let reason = FileIO.errorText()
        close(fd)
        throw .cannotLock(path: path, reason: reason)
      }
      let now = clock.now
      if now - start >= patience.noticeAfter {
        let holder = self.holder(of: fd)
        if let seen = noticed, seen.holder == holder {
          if let limit = patience.giveUpAfter, now - seen.since >= limit {
            close(fd)
            throw .lockTimedOut(path: path, holder: holder, seconds: limit.components.seconds)
          }
        } else {
          if noticed == nil { waiting(holder) }
          noticed = (holder, now)
        }
      }
      sleep(for: pause)
      pause = Swift.min(pause * 2, .milliseconds(50))
    }
    return fd
  }

  /// Who holds the lock on an open lock file: the `FLOCK` line of `/proc/locks` for its
  /// device and inode (`1: FLOCK  ADVISORY  WRITE 4242 08:01:1234567 0 EOF`; waiters' lines
  /// have `->`), with the process's command line.
  static func holder(of fd: Int32) -> LockHolder {
    var info = stat()
    guard fstat(fd, &info) == 0, let table = readSmallFile("/proc/locks", limit: 1 << 22) else {
      return LockHolder()
    }
    let device = UInt64(info.st_dev)
    let major = ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff)
    let minor = (device & 0xff) | ((device >> 12) & ~0xff)
    let wanted = String(major, radix: 16) + ":" + String(minor, radix: 16) + ":\(info.st_ino)"
    for line in String(decoding: table, as: UTF8.self).split(separator: "\n") {
      let fields = line.split(separator: " ")
      guard fields.count >= 6, fields[1] == "FLOCK", let pid = Int32(fields[4]) else { continue }
      // The kernel pads the device's numbers to two digits: 08:01 for 8:1.
      let parts = fields[5].split(separator: ":")
      guard parts.count == 3,
        let fileMajor = UInt64(parts[0], radix: 16), let fileMinor = UInt64(parts[1], radix: 16)
      else { continue }
      let file = String(fileMajor, radix: 16) + ":" + String(fileMinor, radix: 16) + ":" + parts[2]
      if file == wanted { return LockHolder(pid: pid, command: commandLine(of: pid)) }
    }
    return LockHolder()
  }

  /// A process's command line from `/proc/PID/cmdline`, arguments joined by spaces, control
  /// characters shown as `?`, at most 60 characters.
  static func commandLine(of pid: Int32) -> String? {
    guard let bytes = readSmallFile("/proc/\(pid)/cmdline", limit: 4096), !bytes.isEmpty
    else { return nil }
    let arguments = bytes.split(separator: 0).map { argument in
      Array(argument).withUnsafeBufferPointer { PathBytes.string(from: $0) }
    }
    var words = arguments
    if let program = words.first { words[0] = FileIO.split(program).name }
    var text = String(
      String.UnicodeScalarView(
        words.joined(separator: " ").unicodeScalars.map {
          $0.properties.generalCategory == .control ? "?" : $0
        }))
    if text.count > 60 { text = String(text.prefix(59)) + "…" }
    return PathBytes.displayed(text)
  }

  /// A small file's bytes (for `/proc`), at most `limit` of them; nil when it cannot be read.
  private static func readSmallFile(_ path: String, limit: Int) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 14)
    while bytes.count < limit {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }

  private static func sleep(for duration: Duration) {
    let (seconds, attoseconds) = duration.components
    var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
    var remaining = timespec()
    while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
  }
}
