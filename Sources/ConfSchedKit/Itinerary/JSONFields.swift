/// The members of one JSON object being decoded, with the path that names it in errors.
struct JSONFields {
  let value: JSONValue
  /// `entries[2]`; empty for the top level.
  let path: String

  init(_ value: JSONValue, path: String) throws(ItineraryDecodingError) {
    guard value.members != nil else { throw .invalidValue(path: path, expected: "an object") }
    self.value = value
    self.path = path
  }

  /// The members whose keys are not in `known`, in order, as an object.
  func unknownMembers(known: Set<String>) -> JSONValue {
    .object((value.members ?? []).filter { !known.contains($0.0) })
  }

  func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  /// A member that must be present and not null.
  func required(_ key: String) throws(ItineraryDecodingError) -> JSONValue {
    // Matched, not compared: JSONValue's == serializes both sides, and `entries` is the
    // whole file (10,000 entries spent most of their load time here).
    guard let member = value[key] else { throw .missing(path: path(key)) }
    if case .null = member { throw .missing(path: path(key)) }
    return member
  }

  func string(_ key: String) throws(ItineraryDecodingError) -> String {
    guard case .string(let text) = try required(key) else {
      throw .invalidValue(path: path(key), expected: "a string")
    }
    return text
  }

  func int(_ key: String) throws(ItineraryDecodingError) -> Int {
    guard case .int(let number) = try required(key) else {
      throw .invalidValue(path: path(key), expected: "an integer")
    }
    return number
  }

  /// A string member that may be absent or null.
  func optionalString(_ key: String) throws(ItineraryDecodingError) -> String? {
    switch value[key] ?? .null {
    case .null: return nil
    case .string(let text): return text
    default: throw .invalidValue(path: path(key), expected: "a string or null")
    }
  }

  /// A string member that may be absent or null, converted by `parse`.
  func optional<T>(_ key: String, _ expected: String, _ parse: (String) -> T?)
    throws(ItineraryDecodingError) -> T?
  {
    let invalid = ItineraryDecodingError.invalidValue(path: path(key), expected: expected)
    switch value[key] ?? .null {
    case .null: return nil
    case .string(let text):
      guard let parsed = parse(text) else { throw invalid }
      return parsed
    default: throw invalid
    }
  }
}
