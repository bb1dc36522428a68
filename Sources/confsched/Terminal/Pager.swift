#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Long human output on a terminal goes through `$PAGER` (default `less -FRX`), as git does:
/// with `LESS=FRX` and `LV=-c` when they are unset, so that `PAGER=less` shows colours rather
/// than escape codes and quits on a short text. A pager that cannot start, or fails (`false`,
/// a command that is not installed), does not swallow the output: it is shown without the
/// pager, after a warning.
enum Pager {
  /// Shows text: through the pager when it is wanted, else straight to standard output.
  static func show(_ text: String, allowed: Bool) throws(CLIError) {
    guard allowed, Terminal.isStdoutTTY, lineCount(text) >= Terminal.height,
      let command = command
    else {
      try Output.send(text)
      return
    }
    let safe = TerminalText.safe(text, keepingStyles: Terminal.stdoutUsesColor)
    switch run(command, safe) {
    case .shown: return
    case .failed(let reason):
      Output.error("confsched: warning: the pager '\(command)' \(reason); shown without it")
      try Output.send(text)
    }
  }

  /// `$PAGER`, else `less -FRX`; nil when paging is switched off (`PAGER=` or `PAGER=cat`).
  static var command: String? {
    guard let value = Terminal.environment("PAGER") else { return "less -FRX" }
    let trimmed = value.trimmingCharacters(of: " ")
    return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
  }

  private static func lineCount(_ text: String) -> Int {
    text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
  }

  private enum Outcome {
    case shown
    case failed(String)
  }

  /// Runs `sh -c command` with the text on its standard input and waits for it.
  private static func run(_ command: String, _ text: String) -> Outcome {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return .failed("could not start: no pipe") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
    posix_spawn_file_actions_addclose(&actions, fds[1])
    posix_spawn_file_actions_addclose(&actions, fds[0])
    // This process ignores SIGPIPE; the pager must not inherit that.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
    let arguments = ["/bin/sh", "-c", command]
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var envp: [UnsafeMutablePointer<CChar>?] = environment().map { strdup($0) } + [nil]
    defer { for pointer in envp { free(pointer) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, &envp)
    close(fds[0])
    guard status == 0 else {
      close(fds[1])
      return .failed("could not start (\(String(cString: strerror(status))))")
    }
    // The pager may quit before reading everything (q in less): a closed pipe is not an error.
    var copy = text
    copy.withUTF8 { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = write(fds[1], base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          break
        }
        offset += written
      }
    }
    close(fds[1])
    var exitStatus: Int32 = 0
    while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
    // WIFEXITED and WEXITSTATUS, which Swift does not import: the low 7 bits are the signal.
    let signal = exitStatus & 0x7F
    let code = (exitStatus >> 8) & 0xFF
    if signal == 0 && code == 0 { return .shown }
    if signal != 0 { return .failed("was stopped by signal \(signal)") }
    return .failed(
      code == 127 ? "is not installed (exit status 127)" : "failed (exit status \(code))")
  }

  /// This process's environment, with `LESS=FRX` and `LV=-c` when they are not set.
  private static func environment() -> [String] {
    var entries: [String] = []
    var pointer = environ
    while let entry = pointer.pointee {
      entries.append(String(cString: entry))
      pointer += 1
    }
    for (name, value) in [("LESS", "FRX"), ("LV", "-c")]
    where !entries.contains(where: { $0.hasPrefix(name + "=") }) {
      entries.append("\(name)=\(value)")
    }
    return entries
  }
}

extension String {
  func trimmingCharacters(of character: Character) -> String {
    var result = Substring(self)
    while result.first == character { result.removeFirst() }
    while result.last == character { result.removeLast() }
    return String(result)
  }
}
