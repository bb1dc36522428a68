/// The exit statuses of confsched, as in sysexits.h.
enum ExitCode: Int32 {
  case success = 0
  case noMatch = 1
  case usage = 64
  case dataError = 65
  case noInput = 66
  case cannotCreate = 73
  case ioError = 74
}

/// Why a command stops early: help was asked for, the command line is wrong, or the work failed.
enum CLIError: Error {
  /// `--help` or `help`: print the help of a command to stdout, exit 0.
  case help(CommandSpec)
  /// `--version`.
  case version
  /// A mistake in the command line: message, the command's usage line, exit 64.
  case usage(String, CommandSpec)
  /// A failure with a message for stderr and an exit status.
  case failure(String, ExitCode)
}
