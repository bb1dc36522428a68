/// The order rooms are shown in: no room first (what is for everyone), then by name with
/// numbers compared as numbers (`Room 9` before `Room 10`).
enum RoomOrder {
  /// A sort key: `""` for no room, else the folded name with its numbers zero-padded.
  static func key(_ room: String?) -> String {
    guard let room else { return "" }
    var key = "~"
    for word in TextFolding.words(room) {
      let digits = word.prefix { $0.isNumber }
      let padding = Swift.max(0, 8 - digits.count)
      key += (digits.isEmpty ? "" : String(repeating: "0", count: padding)) + word + " "
    }
    return key
  }

  /// Rooms in this order, each key worked out once (not twice a comparison).
  static func sorted(_ rooms: [String]) -> [String] {
    rooms.map { (key: key($0), room: $0) }.sorted { ($0.key, $0.room) < ($1.key, $1.room) }
      .map(\.room)
  }

  /// Whether `a` comes before `b`.
  static func precedes(_ a: String?, _ b: String?) -> Bool {
    (key(a), a ?? "") < (key(b), b ?? "")
  }
}
