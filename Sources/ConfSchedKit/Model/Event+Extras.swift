extension Event {
  /// The fields most events leave empty (a card dump gives none of them), boxed apart from the
  /// rest: an event without them holds a nil pointer, not 88 bytes (26 MB over 300,000 events,
  /// for every copy a compile makes). Never changed once made: a change makes a new box.
  final class Extras: Hashable, Sendable {
    /// The fields themselves.
    struct Values: Hashable, Sendable {
      var session: String?
      var track: String?
      var language: String?
      var notes: String?
      var sourceIDs: [String] = []
      var links: [Link] = []
      var alsoPresented: [EventID] = []

      /// Whether every field is empty, so that no box is needed.
      var isEmpty: Bool {
        session == nil && track == nil && language == nil && notes == nil && sourceIDs.isEmpty
          && links.isEmpty && alsoPresented.isEmpty
      }
    }

    let values: Values

    init(_ values: Values) {
      self.values = values
    }

    /// The box after `change`: nil when it leaves every field empty.
    static func changing(_ extras: Extras?, _ change: (inout Values) -> Void) -> Extras? {
      var values = extras?.values ?? Values()
      change(&values)
      return values.isEmpty ? nil : Extras(values)
    }

    /// Whether two boxes hold the same fields.
    static func == (a: Extras, b: Extras) -> Bool { a === b || a.values == b.values }

    /// Hashes the fields.
    func hash(into hasher: inout Hasher) { values.hash(into: &hasher) }
  }
}
