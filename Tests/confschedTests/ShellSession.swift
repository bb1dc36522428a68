import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// An interactive bash, zsh or fish in a tmux session of its own, with confsched's completion
/// script loaded as a user installs it: lines are typed, Tab is pressed, and the screen is read
/// back as the user sees it. nil (with the reason) when the shell or tmux is not installed.
final class ShellSession {
  let shell: String
  private let socket: String
  private let directory: URL
  private let tmux: String

  /// Where a program is installed, if it is.
  static func path(of program: String) -> String? {
    ["/usr/bin/", "/bin/", "/usr/local/bin/"].map { $0 + program }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Starts the shell with the script; throws `ShellSession.Missing` when it cannot run here.
  init(shell: String, script: String) throws {
    guard let tmux = ShellSession.path(of: "tmux") else { throw Missing(what: "tmux") }
    guard let program = ShellSession.path(of: shell) else { throw Missing(what: shell) }
    self.shell = shell
    self.tmux = tmux
    directory = try temporaryDirectory()
    socket = "confsched-test-\(UUID().uuidString.prefix(8))"
    let home = directory.path
    let binaries = confschedURL.deletingLastPathComponent().path
    var command: String
    switch shell {
    case "bash":
      try script.write(
        to: directory.appendingPathComponent("confsched.bash"), atomically: true, encoding: .utf8)
      try "source \(home)/confsched.bash\nPS1='> '\n".write(
        to: directory.appendingPathComponent(".bashrc"), atomically: true, encoding: .utf8)
      command = "\(program) --noprofile --rcfile \(home)/.bashrc -i"
    case "zsh":
      try script.write(
        to: directory.appendingPathComponent("_confsched"), atomically: true, encoding: .utf8)
      try "fpath=(\(home) $fpath)\nautoload -Uz compinit\ncompinit -u -D\nPS1='> '\n".write(
        to: directory.appendingPathComponent(".zshrc"), atomically: true, encoding: .utf8)
      command = "\(program) -i"
    default:
      try script.write(
        to: directory.appendingPathComponent("confsched.fish"), atomically: true, encoding: .utf8)
      command =
        "\(program) --no-config -i -C 'source \(home)/confsched.fish; function fish_prompt; echo \"> \"; end'"
    }
    let environment =
      "env -i HOME=\(home) ZDOTDIR=\(home) XDG_CONFIG_HOME=\(home) XDG_DATA_HOME=\(home) "
      + "TERM=xterm PATH=\(binaries):/usr/bin:/bin "
    try startServer(["new-session", "-d", "-x", "200", "-y", "50", environment + command])
    // Wait for the first prompt.
    _ = try screen(until: { $0.contains(">") }, timeout: 15)
  }

  deinit {
    _ = try? run(["kill-server"])
    try? FileManager.default.removeItem(at: directory)
  }

  /// Clears the line and the screen, types `line`, presses Tab (twice in bash and zsh, which
  /// list, or insert an option with a value, on the second), and returns the screen once
  /// `until` holds or the time is up.
  func complete(_ line: String, until done: (String) -> Bool, timeout: Double = 8) throws -> String
  {
    try run(["send-keys", "-t", socketTarget, "C-u", "C-l"])
    Thread.sleep(forTimeInterval: 0.3)
    try run(["send-keys", "-t", socketTarget, "-l", line])
    try run(["send-keys", "-t", socketTarget, "Tab"])
    if shell != "fish" {
      Thread.sleep(forTimeInterval: 0.2)
      try run(["send-keys", "-t", socketTarget, "Tab"])
    }
    let text = try screen(until: done, timeout: timeout)
    // Leave fish's menu, if one opened (in bash and zsh, Escape would prefix the next key).
    if shell == "fish" { try run(["send-keys", "-t", socketTarget, "Escape"]) }
    return text
  }

  private var socketTarget: String { "%0" }

  /// The screen as text, polled until `done` holds (or the time is up, returning the last).
  private func screen(until done: (String) -> Bool, timeout: Double) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var text = ""
    repeat {
      Thread.sleep(forTimeInterval: 0.2)
      text = try run(["capture-pane", "-p", "-t", socketTarget])
      if done(text) { return text }
    } while Date() < deadline
    return text
  }

  /// Runs the tmux command that starts the server, with no descriptor of this process but
  /// /dev/null on 0, 1 and 2: the server outlives the command and keeps what it inherits,
  /// which would hold open the pipes `Process` (and the other tests) wait on.
  private func startServer(_ arguments: [String]) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor: Int32 in 0...2 {
      posix_spawn_file_actions_addopen(
        &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
    }
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
    // Nor the signals this thread blocks or ignores: a server that inherits them cannot be
    // stopped by kill-server.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let words = [tmux, "-L", socket, "-f", "/dev/null"] + arguments
    var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, tmux, &actions, &attributes, &argv, environ) == 0 else {
      throw Missing(what: "a working tmux")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
  }

  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tmux)
    process.arguments = ["-L", socket, "-f", "/dev/null"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// A program the session needs is not installed.
  struct Missing: Error {
    var what: String
  }
}
