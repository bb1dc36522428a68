/// A start tag: where it stands, its name and its attributes, undecoded.
struct XMLTag {
  /// The offset of its `<`.
  var start: Int
  /// The name, as written (with any namespace prefix).
  var name: Range<Int>
  /// Everything between the name and the closing `>` or `/>`.
  var attributes: Range<Int>
  /// Whether it ends with `/>`.
  var isSelfClosing: Bool
}
