import Foundation
import Testing

@Suite("Shell completions")
struct CompletionTests {
  /// Runs a shell's syntax check on a script; nil when the shell is not installed.
  func syntaxCheck(_ shell: String, _ script: String) throws -> Int32? {
    let candidates = ["/bin/\(shell)", "/usr/bin/\(shell)", "/usr/local/bin/\(shell)"]
    guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else {
      return nil
    }
    let file = try temporaryDirectory().appendingPathComponent("completion.\(shell)")
    try script.write(to: file, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["-n", file.path]
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func printsAScriptTheShellAccepts(_ shell: String) throws {
    let run = try confsched(["completions", shell])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout.contains("itinerary"))
    #expect(run.stdout.contains("220"))  // rooms come from the loaded data
    if shell == "bash" {
      #expect(try syntaxCheck("bash", run.stdout) == 0)
    } else if let status = try syntaxCheck(shell, run.stdout) {
      #expect(status == 0)
    }
  }

  @Test func bashCompletesRoomsWithTheirSpacesEscaped() throws {
    let script = try confsched(["completions", "bash"]).stdout
    let file = try temporaryDirectory().appendingPathComponent("c.bash")
    try script.write(to: file, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      "-c",
      "source \(file.path); COMP_WORDS=(confsched list --room 'Room 21'); COMP_CWORD=3; _confsched; printf '%s\\n' \"${COMPREPLY[@]}\"",
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(output == "Room\\ 210\\ \\&\\ 230\\ AB\n")
  }

  @Test func rejectsAnotherShell() throws {
    let run = try confsched(["completions", "tcsh"])
    #expect(run.status == 64)
    #expect(
      run.stderr.hasPrefix(
        "Error: 'tcsh' is not a shell confsched completes; use bash, zsh or fish.\n"))
  }
}
