#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Long human output on a terminal goes through `$PAGER` (default `less -FRX`), as git does.
enum Pager {
  /// Shows text: through the pager when it is wanted, else straight to standard output.
  static func show(_ text: String, allowed: Bool) throws(CLIError) {
    guard allowed, Terminal.isStdoutTTY, lineCount(text) >= Terminal.height,
      let command = command, spawn(command, text)
    else {
      try Output.send(text)
      return
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

  /// Runs `sh -c command` with the text on its standard input; false when it cannot start.
  private static func spawn(_ command: String, _ text: String) -> Bool {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return false }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
    posix_spawn_file_actions_addclose(&actions, fds[1])
    posix_spawn_file_actions_addclose(&actions, fds[0])
    let arguments = ["/bin/sh", "-c", command]
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, environ)
    close(fds[0])
    guard status == 0 else {
      close(fds[1])
      return false
    }
    // The pager may quit before reading everything (q in less): a closed pipe is not an error.
    signal(SIGPIPE, SIG_IGN)
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
    return true
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
