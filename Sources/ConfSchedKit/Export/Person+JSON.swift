extension Person {
  /// The person in a list: `name, spellings, eventCount, events (ids)`.
  public var summaryJSON: JSONValue {
    .object([
      ("name", .string(name)), ("spellings", .array(spellings.map(JSONValue.string))),
      ("eventCount", .int(events.count)),
      ("events", .array(events.map { .string($0.id.rawValue) })),
    ])
  }

  /// The person in full: `name, spellings, affiliations, events (event objects), coauthors
  /// ({name, sharedEvents})`.
  public func json(coauthors: [AuthorDirectory.Coauthor]) -> JSONValue {
    .object([
      ("name", .string(name)), ("spellings", .array(spellings.map(JSONValue.string))),
      ("affiliations", .array(affiliations.map(JSONValue.string))),
      ("events", .array(events.map(\.json))),
      (
        "coauthors",
        .array(
          coauthors.map {
            .object([("name", .string($0.name)), ("sharedEvents", .int($0.sharedEvents))])
          })
      ),
    ])
  }
}
