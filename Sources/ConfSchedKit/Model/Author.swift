/// A person credited on an event.
public struct Author: Hashable, Sendable {
  /// The name as printed, LaTeX removed: `Gaëtan Hadjeres`.
  public var name: String
  /// The affiliation when the dump gives one: `Mila, University of Montreal`.
  public var affiliation: String?

  /// Creates an author.
  public init(name: String, affiliation: String? = nil) {
    self.name = name
    self.affiliation = affiliation
  }
}

/// A labelled link of an event: its page, a poster, slides, a video.
public struct Link: Hashable, Sendable {
  /// What the link is: `Event page`, `Poster`, `Slides`, `3 min video`.
  public var label: String
  /// The address.
  public var url: String

  /// Creates a link.
  public init(label: String, url: String) {
    self.label = label
    self.url = url
  }
}
