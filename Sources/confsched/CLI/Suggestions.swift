import ConfSchedKit

/// "Did you mean" for the values a user types that name something loaded: ids and rooms (kinds,
/// options and commands have theirs where they are read).
enum Suggestions {
  /// `; did you mean '54azkd'?` for an id one edit from known ones (at most three), else
  /// nothing.
  static func id(_ text: String, among ids: [String]) -> String {
    let wanted = text.lowercased()
    let close = ids.filter { EditDistance.levenshtein($0, wanted) <= 1 }.prefix(3)
    guard !close.isEmpty else { return "" }
    return "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
  }

  /// The loaded room a `--room` value that matches none was likely meant for: compared folded
  /// and without spaces (`220cd` is `Room 220 CD`), also without a leading `room`/`rooms`,
  /// within a typo or two; nil when none is close.
  static func room(_ text: String, among rooms: [String]) -> String? {
    let wanted = squeezed(text)
    guard !wanted.isEmpty else { return nil }
    let scored = rooms.map { room -> (room: String, distance: Int) in
      let whole = squeezed(room)
      var bare = whole
      for prefix in ["rooms", "room"] where bare.hasPrefix(prefix) {
        bare = String(bare.dropFirst(prefix.count))
        break
      }
      let distance = Swift.min(
        EditDistance.levenshtein(wanted, whole), EditDistance.levenshtein(wanted, bare))
      return (room, distance)
    }
    let limit = Swift.max(1, Swift.min(2, wanted.count / 3))
    return scored.filter { $0.distance <= limit }.min { $0.distance < $1.distance }?.room
  }

  /// The text folded, without anything but letters and digits.
  private static func squeezed(_ text: String) -> String {
    TextFolding.words(text).joined()
  }
}
