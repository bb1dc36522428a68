extension JSONValue {
  /// Parses a JSON document (RFC 8259, strictly; see `JSONParser` for the grammar).
  ///
  /// Numbers written without a fraction or exponent that fit in `Int` become `.int`, every
  /// other number `.double`; object keys keep their order; a duplicate key, a lone `\u`
  /// surrogate, or nesting deeper than 512 is an error.
  public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
    try text.withUTF8Bytes { JSONParser.parse($0) }.get()
  }

  /// Parses a JSON document from bytes, which must be UTF-8.
  static func parse(utf8 bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
    try bytes.withUnsafeBufferPointer { buffer -> Result<JSONValue, JSONParseError> in
      if let invalid = DumpFile.firstInvalidUTF8(bytes[...]) {
        return .failure(JSONParser(buffer).error(.invalidUTF8, at: invalid))
      }
      return JSONParser.parse(buffer)
    }.get()
  }
}
