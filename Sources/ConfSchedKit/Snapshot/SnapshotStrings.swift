/// The string table of a build-time snapshot: string `id` on demand. The bundled data's table is
/// a generated function (a `switch` over literals), so a run makes only the strings it reads and
/// none is copied; an array of 11,000 literals cost every run about 850,000 instructions to
/// build before its first string was read.
public struct SnapshotStrings: Sendable {
  /// How many strings the table holds; ids run from 0 to `count - 1`.
  public let count: Int
  private let lookup: @Sendable (Int) -> String

  /// A table of `count` strings, string `id` given by `lookup(id)`.
  public init(count: Int, lookup: @escaping @Sendable (Int) -> String) {
    self.count = count
    self.lookup = lookup
  }

  /// A table held in an array.
  public init(_ strings: [String]) {
    self.init(count: strings.count) { strings[$0] }
  }

  /// Whether `id` names a string of the table.
  func contains(_ id: Int) -> Bool { id >= 0 && id < count }

  /// String `id`, which must be in the table (`contains`).
  subscript(id: Int) -> String { lookup(id) }
}
