/// What a search found.
public struct SearchResult: Sendable {
  /// The matching events, best first.
  public var hits: [SearchHit]
  /// The keys (`WordForms.key`) of the words the query may match, for highlighting: a word
  /// whose folded form has one of these keys is a match.
  public var matchedWords: Set<String>

  /// Creates a result.
  public init(hits: [SearchHit], matchedWords: Set<String>) {
    self.hits = hits
    self.matchedWords = matchedWords
  }
}

/// One matching event.
public struct SearchHit: Hashable, Sendable {
  /// The event's position in the indexed array.
  public var eventIndex: Int
  /// Higher is better.
  public var score: Float
  /// The fields the query's words matched in.
  public var matchedFields: SearchIndex.FieldSet = []
}

extension SearchIndex {
  /// A set of fields.
  public struct FieldSet: OptionSet, Hashable, Sendable {
    /// One bit per `Field.rawValue`.
    public var rawValue: UInt8

    /// Creates a set from its bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The set of one field.
    public init(_ field: Field) { rawValue = 1 << UInt8(field.rawValue) }

    /// Whether the set holds a field.
    public func contains(_ field: Field) -> Bool { contains(FieldSet(field)) }
  }
}
