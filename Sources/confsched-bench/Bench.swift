#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Timing helpers: a monotonic clock, repeated runs, child processes, formatting.
enum Bench {
  struct Timing {
    var samples: [UInt64]
    var min: UInt64 { samples.min() ?? 0 }
    var median: UInt64 {
      let sorted = samples.sorted()
      return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
  }

  static func now() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
  }

  static func repeatTiming(_ count: Int, _ body: () -> Void) -> Timing {
    var samples: [UInt64] = []
    for _ in 0..<count {
      let start = now()
      body()
      samples.append(now() - start)
    }
    return Timing(samples: samples)
  }

  /// Runs each command `runs` times, interleaved, stdout to a file (grep stops early on
  /// /dev/null), and returns the wall-time timings in order.
  static func compare(_ commands: [[String]], runs: Int, outputDirectory: String) -> [Timing] {
    var timings = commands.map { _ in Timing(samples: []) }
    let outputPath = outputDirectory + "/out.txt"
    for round in 0..<(runs + 2) {
      for (index, command) in commands.enumerated() {
        let elapsed = spawnAndWait(command, stdoutPath: outputPath)
        if round >= 2 { timings[index].samples.append(elapsed) }  // two warm-up rounds
      }
    }
    return timings
  }

  static func spawnAndWait(_ arguments: [String], stdoutPath: String) -> UInt64 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = now()
    guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return 0 }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return now() - start
  }

  /// What a `--measure` child printed, and its peak memory.
  struct ChildResult {
    var fields: [String: String]
    var maxRSSKilobytes: Int
  }

  /// Runs this benchmark again with `--measure size` and collects its output and peak memory.
  static func measureInChild(_ size: String) -> ChildResult? {
    guard let me = siblingExecutable("confsched-bench") else { return nil }
    let directory = temporaryDirectory()
    let outputPath = directory + "/measure.txt"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let arguments =
      [me, "--measure", size] + (CommandLine.arguments.contains("--quick") ? ["--quick"] : [])
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, me, &actions, nil, &argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid, status == 0 else { return nil }
    guard let file = fopen(outputPath, "r") else { return nil }
    defer { fclose(file) }
    var fields: [String: String] = [:]
    var line: UnsafeMutablePointer<CChar>?
    var capacity = 0
    while getline(&line, &capacity, file) > 0, let line {
      let text = String(cString: line).trimmingNewline()
      if let equals = text.firstIndex(of: "=") {
        fields[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
    }
    free(line)
    return ChildResult(fields: fields, maxRSSKilobytes: Int(usage.ru_maxrss))
  }

  /// An executable on the PATH.
  static func findExecutable(_ name: String) -> String? {
    let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }

  static func siblingExecutable(_ name: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    let path = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard let slash = path.lastIndex(of: "/") else { return nil }
    let candidate = String(path[..<slash]) + "/" + name
    return access(candidate, X_OK) == 0 ? candidate : nil
  }

  /// A new directory under /tmp, removed with all it holds when the benchmark exits (the 100x
  /// dump with its copy and compiled form is about 180 MB a run); /tmp itself when none can be
  /// made, which is never removed.
  static func temporaryDirectory() -> String {
    var template = Array("/tmp/confsched-bench-XXXXXX".utf8CString)
    return template.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return "/tmp" }
      let path = String(cString: base)
      if made.isEmpty { atexit { Bench.removeMade() } }
      made.append(path)
      return path
    }
  }

  /// The directories `temporaryDirectory` made in this process (one thread makes them all).
  nonisolated(unsafe) private static var made: [String] = []

  /// Removes the directories this process made, at its exit.
  private static func removeMade() {
    for path in made { _ = spawnAndWait(["/bin/rm", "-rf", path], stdoutPath: "/dev/null") }
  }

  static func write(_ text: String, to path: String) {
    guard let file = fopen(path, "wb") else { return }
    var copy = text
    copy.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
  }

  static func ms(_ nanoseconds: UInt64) -> String { fixed(Double(nanoseconds) / 1e6, 2) }

  static func megabytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1e6, 2) }

  static func throughput(_ bytes: Int, _ nanoseconds: UInt64) -> String {
    fixed(Double(bytes) / 1e6 / (Double(nanoseconds) / 1e9), 0)
  }

  static func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if digits == 0, text.hasSuffix(".0") { text.removeLast(2) }
    if let dot = text.firstIndex(of: "."), digits > 0 {
      let decimals = text.distance(from: dot, to: text.endIndex) - 1
      if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    }
    return text
  }

  static func pad(_ text: String, _ width: Int) -> String {
    if text.count >= width { return text + " " }
    return text + String(repeating: " ", count: width - text.count)
  }
}

extension String {
  func trimmingNewline() -> String {
    var copy = self
    while copy.last == "\n" || copy.last == "\r" { copy.removeLast() }
    return copy
  }
}
