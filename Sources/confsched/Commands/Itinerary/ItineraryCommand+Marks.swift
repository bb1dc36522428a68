import ConfSchedKit

extension ItineraryCommand {
  /// The itinerary's events, for views that mark them: none when there is no itinerary file (or
  /// no place for one); a file that cannot be read is reported and ignored, since the view does
  /// not need it.
  static func plannedEvents(_ arguments: ParsedArguments, schedule: Schedule) -> [Event] {
    do throws(CLIError) {
      let itinerary = try load(try store(arguments))
      return itinerary.resolve(against: schedule).map(\.event)
    } catch {
      if case .failure(let message, _) = error, !message.isEmpty {
        Output.error("confsched: \(message.prefix { $0 != "\n" }); shown without its marks")
      }
      return []
    }
  }
}
