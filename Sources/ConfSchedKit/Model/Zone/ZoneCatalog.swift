import Synchronization

/// The zones loaded so far, shared by the process: each database file is read and parsed once.
final class ZoneCatalog: Sendable {
  static let shared = ZoneCatalog()

  private let zones = Mutex<[String: ZoneRule?]>([:])

  /// The zone of an identifier, from the database or else the built-in table; nil for an
  /// unknown or malformed name.
  func zone(_ identifier: String) -> ZoneRule? {
    if let known = zones.withLock({ $0[identifier] }) { return known }
    let zone = Self.load(identifier)
    zones.withLock { $0[identifier] = zone }
    return zone
  }

  private static func load(_ identifier: String) -> ZoneRule? {
    guard ZoneDatabase.isValidName(identifier) else { return nil }
    if let bytes = ZoneDatabase.file(identifier), let file = TZif(bytes) {
      return ZoneRule(identifier: identifier, rules: .history(file))
    }
    return ZoneRule.builtin(identifier)
  }
}
