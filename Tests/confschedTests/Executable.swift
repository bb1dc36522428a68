import Foundation
import Testing

/// What a run of the built `confsched` printed and returned.
struct Run {
  var stdout: String
  var stderr: String
  var status: Int32
}

/// The `confsched` binary built beside the test bundle.
let confschedURL: URL = {
  let candidates = [
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
    Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
  ]
  for directory in candidates {
    let url = directory.appendingPathComponent("confsched")
    if FileManager.default.isExecutableFile(atPath: url.path) { return url }
  }
  return candidates[0].appendingPathComponent("confsched")
}()

/// Runs `confsched` with arguments, optional standard input and extra environment, from a
/// temporary directory (never the package's), with NO_COLOR unset and COLUMNS fixed. A
/// `launcher` (`["/usr/bin/setpriv", "--reuid=65534"]`) runs it with the binary's path as its
/// next argument.
func confsched(
  _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
  directory: URL? = nil, launcher: [String] = []
) throws -> Run {
  let process = Process()
  if let program = launcher.first {
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = launcher.dropFirst() + [confschedURL.path] + arguments
  } else {
    process.executableURL = confschedURL
    process.arguments = arguments
  }
  var env = ProcessInfo.processInfo.environment
  env["COLUMNS"] = "100"
  env.removeValue(forKey: "NO_COLOR")
  env.removeValue(forKey: "PAGER")
  // Never the real data home or cache: added sources there would change every run's data.
  env["XDG_DATA_HOME"] = isolatedHome.appendingPathComponent("data").path
  env["XDG_CACHE_HOME"] = isolatedHome.appendingPathComponent("cache").path
  for (key, value) in environment { env[key] = value }
  process.environment = env
  process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
  let out = Pipe()
  let err = Pipe()
  let input = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = input
  try process.run()
  if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
  try input.fileHandleForWriting.close()
  // Read both pipes before waiting, so a large output cannot block the child.
  let group = DispatchGroup()
  nonisolated(unsafe) var errData = Data()
  group.enter()
  DispatchQueue.global().async {
    errData = err.fileHandleForReading.readDataToEndOfFile()
    group.leave()
  }
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  group.wait()
  process.waitUntilExit()
  return Run(
    stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self),
    status: process.terminationStatus)
}

/// The data home and cache of runs that do not name their own: empty, one per test process.
let isolatedHome: URL = FileManager.default.temporaryDirectory.appendingPathComponent(
  "confsched-tests-home-\(ProcessInfo.processInfo.processIdentifier)")

/// A fresh temporary directory for one test.
func temporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "confsched-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// The package's root folder (where Package.swift is).
let packageRoot: String = {
  var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(3)
  return parts.joined(separator: "/")
}()
