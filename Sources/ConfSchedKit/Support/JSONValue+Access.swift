extension JSONValue {
  /// The members of an object, in order; nil for any other value.
  var members: [(String, JSONValue)]? {
    guard case .object(let members) = self else { return nil }
    return members
  }

  /// The value of an object's member; nil when absent or when this is not an object.
  subscript(key: String) -> JSONValue? {
    members?.first { $0.0 == key }?.1
  }
}
