import ConfSchedKit

enum AuthorCommand: Command {
  static let spec = CommandSpec(
    name: "author",
    abstract: "Show one person's events and co-authors.",
    discussion: """
      The name is read as --author reads it: accents and case are ignored and initials stand \
      for names ('J. Kolter' finds J. Zico Kolter). When it names several people, they are \
      listed and the command exits 1: add a word or an initial.
      """,
    arguments: [
      ArgumentSpec(name: "name", help: "The person's name, or part of it.", isVariadic: true)
    ],
    options: OutputOptions.all + DataLoader.options,
    examples: ["confsched author \"J. Kolter\"", "confsched author gaetan --json"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let name = arguments.positionals.joined(separator: " ")
    guard !TextFolding.words(name).isEmpty else {
      throw CLIError.usage("Missing expected argument '<name>'.", arguments.command)
    }
    let format = try OutputOptions.format(arguments)
    let data = try DataLoader.load(arguments)
    let directory = AuthorDirectory(data.schedule.events)
    let person: Person
    switch directory.lookup(name) {
    case .found(let found):
      person = found
    case .ambiguous(let people):
      Output.error(
        "confsched: '\(name)' names \(people.count) people; be more precise:\n"
          + PersonDetail.candidates(people))
      return .noMatch
    case .notFound(let suggestions):
      let hint =
        suggestions.isEmpty
        ? ""
        : "; did you mean " + suggestions.map { "'\($0.name)'" }.joined(separator: " or ") + "?"
      Output.error("confsched: no author matches '\(name)'\(hint)")
      return .noMatch
    }
    let coauthors = directory.coauthors(of: person)
    if format == .json {
      try OutputOptions.deliver(person.json(coauthors: coauthors).serialized() + "\n", arguments)
    } else if let output = try OutputOptions.render(
      person.events, format: format, schedule: data.schedule, arguments: arguments,
      calendarName: person.name)
    {
      try OutputOptions.deliver(output, arguments)
    } else {
      let detail = PersonDetail(
        width: OutputOptions.width(arguments), style: OutputOptions.style(arguments))
      try OutputOptions.deliver(
        detail.render(person, coauthors: coauthors), arguments, human: true)
    }
    return data.skipStatus ?? .success
  }
}
