/// One schedule the user added with `confsched sources add`: where its original is, what it
/// was when last read, and how to read it again.
public struct SourceRecord: Hashable, Sendable {
  /// The source's name: letters, digits, `-` and `_` (`my-day`).
  public var name: String
  /// The original file's absolute path, as it was when added.
  public var original: String
  /// The extension of the original's name, without the dot (`txt`), or empty.
  public var fileExtension: String
  /// The original's size in bytes when last read.
  public var size: Int
  /// The original's modification time when last read, in nanoseconds since 1970.
  public var modified: Int64
  /// The `ContentHash` of the original's bytes when last read.
  public var hash: ContentHash
  /// The family it is read as, when the user named one (`--family`).
  public var family: DumpFamily?
  /// The year its dates are read in, when the user named one (`--year`).
  public var year: Int?

  /// A record.
  public init(
    name: String, original: String, fileExtension: String, size: Int, modified: Int64,
    hash: ContentHash, family: DumpFamily? = nil, year: Int? = nil
  ) {
    self.name = name
    self.original = original
    self.fileExtension = fileExtension
    self.size = size
    self.modified = modified
    self.hash = hash
    self.family = family
    self.year = year
  }

  /// The name its events' locations carry (`my-day.txt`): its name and the original's
  /// extension. Unique among the added sources, as their names are; the reader of two dumps
  /// tells the same event in two files (merged) from a repeat within one by this name.
  public var file: String { fileExtension.isEmpty ? name : name + "." + fileExtension }

  /// The name of the stored copy of the original, in the store's directory.
  public var copyName: String {
    name + ".original" + (fileExtension.isEmpty ? "" : "." + fileExtension)
  }

  /// A source name made from a file's name: its last component without the extension, with
  /// anything but letters, digits, `-` and `_` turned into `-` (`Day 2 (final).txt` gives
  /// `Day-2-final-`... trimmed to `Day-2-final`).
  public static func name(fromPath path: String) -> String {
    let last = path.split(separator: "/").last.map(String.init) ?? path
    let stem =
      last.lastIndex(of: ".").map { $0 == last.startIndex ? last : String(last[..<$0]) } ?? last
    var name = ""
    for scalar in stem.unicodeScalars {
      if isNameCharacter(scalar) {
        name.unicodeScalars.append(scalar)
      } else if !name.hasSuffix("-") {
        name += "-"
      }
    }
    while name.hasPrefix("-") { name.removeFirst() }
    while name.hasSuffix("-") { name.removeLast() }
    return name.isEmpty ? "source" : String(name.prefix(64))
  }

  /// Whether a name given with `--name` can be a source's name.
  public static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && name.utf8.count <= 64 && name.unicodeScalars.allSatisfy(isNameCharacter)
      && !name.hasPrefix("-")
  }

  /// The extension of a path's last component (`txt`), or empty.
  public static func fileExtension(ofPath path: String) -> String {
    let last = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
    let ext = String(last[last.index(after: dot)...])
    return ext.unicodeScalars.allSatisfy(isNameCharacter) && ext.count <= 16 ? ext : ""
  }

  private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "-", "_": return true
    default: return false
    }
  }
}

extension SourceRecord {
  /// The record as a member of the store's list.
  var json: JSONValue {
    .object([
      ("name", .string(name)),
      ("original", .string(original)),
      ("extension", .string(fileExtension)),
      ("size", .int(size)),
      ("modified", .int(Int(modified))),
      ("hash", .string(hash.description)),
      ("family", .optional(family?.rawValue)),
      ("year", year.map { .int($0) } ?? .null),
    ])
  }

  /// A record read back; nil when a member is missing or of the wrong type.
  init?(json: JSONValue) {
    guard case .string(let name)? = json["name"], SourceRecord.isValidName(name),
      case .string(let original)? = json["original"],
      case .string(let fileExtension)? = json["extension"],
      case .int(let size)? = json["size"], case .int(let modified)? = json["modified"],
      case .string(let hashText)? = json["hash"], let hash = ContentHash(hex: hashText)
    else { return nil }
    var family: DumpFamily?
    if case .string(let text)? = json["family"] { family = DumpFamily(rawValue: text) }
    var year: Int?
    if case .int(let value)? = json["year"] { year = value }
    self.init(
      name: name, original: original,
      fileExtension: SourceRecord.fileExtension(ofPath: "x." + fileExtension), size: size,
      modified: Int64(modified), hash: hash, family: family, year: year)
  }
}
