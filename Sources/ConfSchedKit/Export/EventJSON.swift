extension Event {
  /// The event as the JSON object every `--json` output uses. Keys, in order: `id, kind, title,
  /// authors ({name, affiliation}), conference (id), date (YYYY-MM-DD), start, end (HH:MM,
  /// 24 h), timeZone (IANA), startsAt, endsAt (ISO 8601 instants with the offset), assumedEnd
  /// (HH:MM, for an event given a start and no end, as `AssumedEnds` takes it), room, board,
  /// session, abstract, notes, links ({label, url}), alsoPresented (ids), source ({file,
  /// line})`; null for what the dump does not say.
  public var json: JSONValue {
    .object(EventField.allCases.map { ($0.name, $0.json(of: self)) })
  }

  /// Writes `json` at `depth`, a field at a time, without building it first.
  public func writeJSON(into writer: inout JSONWriter, depth: Int = 0) {
    writer.object(EventField.allCases, depth: depth, key: \.name) { writer, field, depth in
      field.write(of: self, into: &writer, depth: depth)
    }
  }
}
