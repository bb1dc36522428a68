import ConfSchedKit

enum PostersCommand: Command {
  static let spec = CommandSpec(
    name: "posters",
    abstract: "Walk your posters of a session in board order.",
    discussion: """
      Takes the posters and demonstrations of your itinerary in the session open at the \
      moment (now, or --at), else in the next session to open, and lists them in the order \
      of their boards: a route through the hall. Exits 1 when none is left.
      """,
    options: [
      MomentOptions.at, MomentOptions.day,
      OptionSpec(name: "json", help: "Print the route as JSON."), ItineraryCommand.file,
    ] + DataLoader.options,
    examples: ["confsched posters", "confsched posters --day tue --at 17:00"])

  static func run(_ arguments: ParsedArguments) throws(CLIError) -> ExitCode {
    let store = try ItineraryCommand.store(arguments)
    let itinerary = try ItineraryCommand.load(store)
    let data = try DataLoader.load(arguments)
    let planned = ItineraryCommand.resolve(itinerary, data.schedule).map(\.event)
      .filter { $0.kind.isBoardPresentation }
    guard !planned.isEmpty else {
      throw CLIError.failure(
        "no posters in the itinerary; add some with 'confsched itinerary add ID'", .noMatch)
    }
    let moment = try MomentOptions.resolve(
      arguments, schedule: data.schedule, now: Clock.now)
    // A day the user named is the day asked about: the next session on another day is not
    // the answer to "--day 2018-12-04 --at 19:30"; it is a hint.
    let named = moment.isNow ? planned : planned.filter { $0.date == moment.moment.date }
    let routes = PosterRoute.routes(
      planned: named, events: data.schedule.events, at: moment.moment)
    guard !routes.isEmpty else {
      let count =
        planned.count == 1 ? "your poster is not" : "none of your \(planned.count) posters is"
      var message = "\(count) in a session open at or after \(moment.moment)"
      if !moment.isNow,
        let later = PosterRoute.routes(
          planned: planned, events: data.schedule.events, at: moment.moment
        ).first
      {
        let day = later.session.date
        message += "; the next opens on \(day.longDescription) (--day \(day))"
      }
      throw CLIError.failure(message, .noMatch)
    }
    if arguments.flag("json") {
      try Output.send(JSONValue.array(routes.map(\.json)).serialized() + "\n")
    } else {
      let view = PosterRouteView(
        width: Terminal.fitWidth, style: TextStyle(usesColor: Terminal.stdoutUsesColor))
      try Output.send(view.render(routes, at: moment.moment))
    }
    return data.skipStatus ?? .success
  }
}
