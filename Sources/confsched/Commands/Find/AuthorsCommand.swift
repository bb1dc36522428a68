import ConfSchedKit

enum AuthorsCommand: Command {
  static let spec = CommandSpec(
    name: "authors",
    abstract: "List the people with their number of events.",
    discussion: """
      Sorted by number of events, then by name. Names that differ only in accents, case, \
      spaces or punctuation are one person. A query keeps the people it names, as --author \
      reads names: every word begins a word of the name (kolter, 'J. Kolter', gaetan).
      """,
    arguments: [
      ArgumentSpec(
        name: "query", help: "Only the people this names.", isOptional: true, isVariadic: true)
    ],
    options: [
      OptionSpec(name: "json", help: "Print a JSON array of people."), OutputOptions.noPager,
    ]
      + DataLoader.options,
    examples: ["confsched authors", "confsched authors bengio", "confsched authors | head"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let query = arguments.positionals.joined(separator: " ")
    let data = try DataLoader.load(arguments)
    let directory = AuthorDirectory(data.schedule.events)
    let people = query.isEmpty ? directory.people : directory.people(matching: query)
    if arguments.flag("json") {
      try Output.send(JSONValue.array(people.map(\.summaryJSON)).serialized() + "\n")
    } else {
      let list = PeopleList(
        width: Terminal.fitWidth, style: TextStyle(usesColor: Terminal.stdoutUsesColor))
      try Pager.show(list.render(people), allowed: !arguments.flag("no-pager"))
    }
    if people.isEmpty {
      Output.error(
        query.isEmpty
          ? "confsched: no event names its authors" : "confsched: no author matches '\(query)'")
      return .noMatch
    }
    return data.skipStatus ?? .success
  }
}
