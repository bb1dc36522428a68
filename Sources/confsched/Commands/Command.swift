/// One verb of the tool: its spec and what it does.
protocol Command {
  static var spec: CommandSpec { get }
  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode
}
