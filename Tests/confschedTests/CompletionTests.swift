import Foundation
import Testing

/// The completion scripts in the real shells: typed into an interactive bash, zsh and fish in
/// tmux, Tab pressed, the screen read. A shell (or tmux) that is not installed is skipped with a
/// message; `.ci/run` installs them.
@Suite("Shell completions")
struct CompletionTests {
  /// A session of the shell with its script, or nil (said) when it cannot run here.
  func session(_ shell: String) throws -> ShellSession? {
    let script = try confsched(["completions", shell])
    #expect(script.status == 0)
    #expect(script.stderr == "")
    do {
      return try ShellSession(shell: shell, script: script.stdout)
    } catch let missing as ShellSession.Missing {
      print("CompletionTests: skipped \(shell): \(missing.what) is not installed")
      return nil
    }
  }

  /// The line being edited: the last line of the screen that starts with the prompt.
  func commandLine(_ screen: String) -> String {
    screen.split(separator: "\n").last { $0.hasPrefix("> ") }.map(String.init) ?? ""
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func completesValuesOptionsAndCommands(_ shell: String) throws {
    guard let session = try session(shell) else { return }
    // A command, an option, a kind with a space, a room with '&'.
    var screen = try session.complete("confsched sea") {
      self.commandLine($0).hasPrefix("> confsched search")
    }
    #expect(commandLine(screen).hasPrefix("> confsched search"), "\(shell): \(screen)")
    screen = try session.complete("confsched search --ki") {
      self.commandLine($0).hasPrefix("> confsched search --kind")
    }
    #expect(commandLine(screen).hasPrefix("> confsched search --kind"), "\(shell): \(screen)")
    screen = try session.complete("confsched search --kind inv") {
      self.commandLine($0).contains("invited\\ talk")
    }
    #expect(
      commandLine(screen).hasPrefix("> confsched search --kind invited\\ talk"),
      "\(shell): \(screen)")
    screen = try session.complete("confsched list --room Room\\ 210") {
      self.commandLine($0).contains("AB")
    }
    #expect(
      commandLine(screen).hasPrefix("> confsched list --room Room\\ 210\\ \\&\\ 230\\ AB"),
      "\(shell): \(screen)")
    // Values of the data for --conference, not option names.
    screen = try session.complete("confsched list --conference ") { $0.contains("neurips-201") }
    #expect(screen.contains("neurips-201"), "\(shell): \(screen)")
    #expect(!screen.contains("--kind"), "\(shell): \(screen)")
    // The shells themselves.
    screen = try session.complete("confsched completions ") { $0.contains("fish") }
    #expect(screen.contains("bash") && screen.contains("zsh") && screen.contains("fish"))
    // A timetable's own formats only.
    screen = try session.complete("confsched timetable --format ") { $0.contains("table") }
    #expect(screen.contains("md") && screen.contains("json"), "\(shell): \(screen)")
    #expect(!screen.contains("csv") && !screen.contains("ics"), "\(shell): \(screen)")
    // The command is found past an option and its value.
    screen = try session.complete("confsched itinerary --itinerary F add --ki") {
      self.commandLine($0).contains("add --kind")
    }
    #expect(
      commandLine(screen).hasPrefix("> confsched itinerary --itinerary F add --kind"),
      "\(shell): \(screen)")
    // A value that cannot be guessed offers nothing, not the options.
    screen = try session.complete("confsched list --from ") { _ in false }
    #expect(!screen.contains("--kind"), "\(shell): \(screen)")
    #expect(commandLine(screen).hasPrefix("> confsched list --from"), "\(shell): \(screen)")
  }

  /// zsh's `_arguments` accepts every command's specs (short options, repeatable ones, `hh:mm`).
  @Test(arguments: ["search", "list", "author", "timetable", "itinerary list", "itinerary export"])
  func zshListsEveryCommandsOptions(_ command: String) throws {
    guard let session = try session("zsh") else { return }
    let screen = try session.complete("confsched \(command) --") { $0.contains("--help") }
    #expect(screen.contains("--help"), "\(command): \(screen)")
    #expect(!screen.contains("invalid argument"), "\(command): \(screen)")
  }

  @Test func rejectsAnotherShell() throws {
    let run = try confsched(["completions", "tcsh"])
    #expect(run.status == 64)
    #expect(
      run.stderr.hasPrefix(
        "Error: 'tcsh' is not a shell confsched completes; use bash, zsh or fish.\n"))
  }
}
