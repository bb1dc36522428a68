import Foundation

/// What one run of `confsched` cost: its exit status and its peak resident memory.
struct MemoryRun {
  var status: Int32
  /// The child's peak resident set, in bytes: its own `VmHWM`, not this test process's.
  var peakBytes: Int
}

/// Runs `confsched` with output to /dev/null and the isolated data home and cache, and reports
/// its peak resident memory as the kernel counted it.
func confschedMemory(_ arguments: [String], environment: [String: String] = [:]) throws
  -> MemoryRun
{
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  for descriptor: Int32 in 0...2 {
    posix_spawn_file_actions_addopen(
      &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
  }
  var env = ProcessInfo.processInfo.environment
  env["COLUMNS"] = "100"
  env.removeValue(forKey: "PAGER")
  env["XDG_DATA_HOME"] = isolatedHome.appendingPathComponent("data").path
  env["XDG_CACHE_HOME"] = isolatedHome.appendingPathComponent("cache").path
  for (key, value) in environment { env[key] = value }
  let words = [confschedURL.path] + arguments
  var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
  var envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
  defer {
    for pointer in argv { free(pointer) }
    for pointer in envp { free(pointer) }
  }
  var pid: pid_t = 0
  let spawned = posix_spawn(&pid, confschedURL.path, &actions, nil, &argv, &envp)
  guard spawned == 0 else { throw CocoaError(.executableLoad) }
  // `ru_maxrss` is not the child's own figure on Linux: `posix_spawn` runs the child in this
  // process's memory until `execve`, and the kernel counts that memory's peak (this test
  // process's, 150-300 MB while other suites run alongside) as the child's. The child's own
  // peak is `VmHWM` in its `/proc` status, read until it exits (its memory is gone once it has).
  // Read every millisecond until the child has exited (asked without reaping it), so the
  // figure is a lower bound that misses at most the last millisecond's growth.
  var polled: Int?
  var info = siginfo_t()
  repeat {
    if let peak = highWaterMark(of: pid) { polled = Swift.max(polled ?? 0, peak) }
    info = siginfo_t()
    if waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0 && errno != EINTR {
      break
    }
    if exitedChild(info) == 0 { usleep(1000) }
  } while exitedChild(info) == 0
  var status: Int32 = 0
  var usage = rusage()
  while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
  // Exited normally: the status is bits 8-15; killed by a signal: 128 + the signal.
  let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  // Not read even once (where there is no /proc): no figure to trust.
  guard let polled else { throw CocoaError(.fileReadUnknown) }
  return MemoryRun(status: exitStatus, peakBytes: polled)
}

/// A running process's peak resident memory in bytes (`VmHWM`); nil once it has exited (a
/// zombie has no memory left to report), when the read fails, or where there is no `/proc`.
private func highWaterMark(of pid: pid_t) -> Int? {
  guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
    let kilobytes = Int(line.dropFirst(6).filter { $0.isNumber })
  else { return nil }
  return kilobytes * 1024
}

/// The pid `waitid` found exited, 0 when none had.
private func exitedChild(_ info: siginfo_t) -> pid_t {
  #if canImport(Glibc)
    return info._sifields._sigchld.si_pid
  #else
    return info.si_pid
  #endif
}
