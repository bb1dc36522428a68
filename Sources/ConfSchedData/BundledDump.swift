/// A dump shipped inside the binary: a file of the package's `Data/` folder, byte-for-byte.
///
/// The list itself, `BundledDump.all`, is generated at build time by the `EmbedData` plugin.
public struct BundledDump: Sendable {
  /// The file's name in `Data/`, such as `neurips-2018-12-04.txt`.
  public let name: String
  /// The file's whole content.
  public let text: String

  /// Creates a bundled dump; called only by the generated source.
  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }
}
