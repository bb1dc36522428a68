import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs `confsched` with its standard output on a real pseudo-terminal of a given size (as a
/// user's terminal is), its standard error on a pipe, and its standard input empty. The
/// terminal is raw (no `\r` added to line ends), so what it reads is what the program wrote.
/// COLUMNS and LINES are unset unless `environment` sets them; PAGER is `cat` and NO_COLOR is
/// set unless `environment` says otherwise (`"NO_COLOR": ""` for colour). With
/// `stderrOnTerminal`, standard error goes to the terminal too (read as `stdout`).
func confschedOnTerminal(
  _ arguments: [String], columns: Int, rows: Int = 50, environment: [String: String] = [:],
  timeout: Double = 60, stderrOnTerminal: Bool = false
) throws -> Run {
  var master: Int32 = 0
  var slave: Int32 = 0
  var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
  guard openpty(&master, &slave, nil, nil, &size) == 0 else {
    throw POSIXError(.ENXIO)
  }
  var settings = termios()
  tcgetattr(slave, &settings)
  cfmakeraw(&settings)
  tcsetattr(slave, TCSANOW, &settings)

  let process = Process()
  process.executableURL = confschedURL
  process.arguments = arguments
  var env = ProcessInfo.processInfo.environment
  for name in ["COLUMNS", "LINES", "NO_COLOR", "LESS", "PAGER"] { env.removeValue(forKey: name) }
  env["PAGER"] = "cat"
  env["NO_COLOR"] = "1"
  env["TERM"] = "xterm-256color"
  for (key, value) in environment { env[key] = value }
  process.environment = env
  process.currentDirectoryURL = FileManager.default.temporaryDirectory
  let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
  let err = Pipe()
  process.standardOutput = terminal
  process.standardError = stderrOnTerminal ? terminal : err
  process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
  try process.run()
  try terminal.close()
  // The pipe's writing end is the child's only when its standard error is the pipe: else
  // close it here, or reading the pipe to its end would wait forever.
  if stderrOnTerminal { try err.fileHandleForWriting.close() }

  // Read the terminal until the program has exited and closed it (EIO), and stderr to its end.
  let group = DispatchGroup()
  let reader = master
  nonisolated(unsafe) var output: [UInt8] = []
  nonisolated(unsafe) var errData = Data()
  group.enter()
  DispatchQueue.global().async {
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = read(reader, &buffer, buffer.count)
      if count > 0 {
        output += buffer[0..<count]
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        break
      }
    }
    group.leave()
  }
  group.enter()
  DispatchQueue.global().async {
    errData = err.fileHandleForReading.readDataToEndOfFile()
    group.leave()
  }
  let deadline = Date().addingTimeInterval(timeout)
  while process.isRunning && Date() < deadline { usleep(10_000) }
  if process.isRunning {
    process.terminate()
    Issue.record("confsched \(arguments) did not end within \(timeout) s")
  }
  process.waitUntilExit()
  group.wait()
  close(master)
  return Run(
    stdout: String(decoding: output, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self),
    status: process.terminationStatus)
}
