/// A JSON document, built by hand so that key order is fixed and no Foundation is needed.
public enum JSONValue: Hashable, Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// An integer.
  case int(Int)
  /// A floating-point number.
  case double(Double)
  /// A string.
  case string(String)
  /// An array.
  indirect case array([JSONValue])
  /// An object, keys in the order given.
  indirect case object([(String, JSONValue)])

  /// A string, or null.
  public static func optional(_ text: String?) -> JSONValue {
    text.map(JSONValue.string) ?? .null
  }

  /// The document as text: two-space indentation, one key per line, no trailing newline
  /// (`JSONWriter` writes it).
  public func serialized(pretty: Bool = true) -> String {
    var writer = JSONWriter(pretty: pretty)
    writer.write(self)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  /// Whether two values are the same.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized(pretty: false) == rhs.serialized(pretty: false)
  }

  /// Hashes the parts that `==` compares.
  public func hash(into hasher: inout Hasher) { hasher.combine(serialized(pretty: false)) }
}
