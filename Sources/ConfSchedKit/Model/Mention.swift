/// A paper or talk that a reading list names: a bullet's title, a title in quotes, a title before
/// a venue such as `(NeurIPS 2019)`.
public struct Mention: Hashable, Sendable {
  /// The title as written, cleaned: markup, summaries, venues and trailing periods removed, the
  /// author's spelling kept (`A Model to Saerch for Synthesizable Molecules`).
  public var text: String
  /// The whole bullet or line the title stands in, trimmed, its lines joined by spaces.
  public var context: String
  /// Where the title starts in the dump.
  public var source: SourceLocation
  /// The address of the title's markdown link, or else of the first bare URL in its bullet.
  public var link: String?

  /// Creates a mention.
  public init(text: String, context: String, source: SourceLocation, link: String? = nil) {
    self.text = text
    self.context = context
    self.source = source
    self.link = link
  }
}
