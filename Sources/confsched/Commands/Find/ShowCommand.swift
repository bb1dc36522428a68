import ConfSchedKit

enum ShowCommand: Command {
  static let spec = CommandSpec(
    name: "show",
    abstract: "Show everything about an event and its other slots.",
    arguments: [
      ArgumentSpec(name: "id", help: "An event id, as search and list print it.", isVariadic: true)
    ],
    options: [
      OptionSpec(name: "json", help: "Print a JSON array of event objects."), OutputOptions.noPager,
      MomentOptions.local,
    ]
      + DataLoader.options,
    examples: ["confsched show 54azkd"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let data = try DataLoader.load(arguments)
    let schedule = data.schedule
    var events: [Event] = []
    var missing = false
    for text in arguments.positionals {
      if let event = schedule.event(matching: text) {
        events.append(event)
      } else {
        missing = true
        let hint = Suggestions.id(text, among: schedule.events.map(\.id.rawValue))
        Output.error("confsched: no event has the id '\(text)'\(hint)")
      }
    }
    if arguments.flag("json") {
      let filled = ItineraryCommand.withEnds(events, schedule)
      try Output.send(JSONValue.array(filled.map(\.json)).serialized() + "\n")
    } else {
      let local = MomentOptions.localZone(arguments)
      let shift = { (event: Event) in local?.shifting(event) ?? event }
      let detail = EventDetail(
        width: Terminal.fitWidth, style: TextStyle(usesColor: Terminal.stdoutUsesColor),
        zoneLabel: local?.label)
      let text = events.map { detail.render(shift($0), twins: schedule.twins(of: $0).map(shift)) }
        .joined(separator: "\n")
      try Pager.show(text, allowed: !arguments.flag("no-pager"))
    }
    if missing { return .noMatch }
    return data.skipStatus ?? .success
  }
}
