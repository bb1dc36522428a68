/// One piece of an XML document, as byte ranges into it.
enum XMLToken {
  /// `<name attributes>` or `<name attributes/>`.
  case startTag(XMLTag)
  /// `</name>`, with the offset of its `<`.
  case endTag(name: Range<Int>, start: Int)
  /// Character data between tags, references not yet decoded.
  case text(Range<Int>)
  /// The contents of a `<![CDATA[ ... ]]>` section, taken as written.
  case cdata(Range<Int>)
}
