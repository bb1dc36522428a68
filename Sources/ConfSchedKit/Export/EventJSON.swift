extension Event {
  /// The event as the JSON object every `--json` output uses. Keys, in order: `id, kind, title,
  /// authors ({name, affiliation}), date (YYYY-MM-DD), start, end (HH:MM, 24 h), timeZone
  /// (IANA), room, board, abstract, links ({label, url}), alsoPresented (ids), source
  /// ({file, line})`; null for what the dump does not say.
  public var json: JSONValue {
    .object([
      ("id", .string(id.rawValue)),
      ("kind", .string(kind.rawValue)),
      ("title", .string(title)),
      (
        "authors",
        .array(
          authors.map {
            .object([("name", .string($0.name)), ("affiliation", .optional($0.affiliation))])
          })
      ),
      ("date", .optional(date?.description)),
      ("start", .optional(start?.description)),
      ("end", .optional(end?.description)),
      ("timeZone", .optional(timeZone)),
      ("room", .optional(room)),
      ("board", .optional(board)),
      ("abstract", .optional(abstract)),
      (
        "links",
        .array(links.map { .object([("label", .string($0.label)), ("url", .string($0.url))]) })
      ),
      ("alsoPresented", .array(alsoPresented.map { .string($0.rawValue) })),
      ("source", .object([("file", .string(source.file)), ("line", .int(source.line))])),
    ])
  }
}
