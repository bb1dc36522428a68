/// Why a text is not a JSON document, and where: a 1-based line and column.
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Reason: Hashable, Sendable, CustomStringConvertible {
    /// Something else was found where the text should go on: `"',' or '}'"`, `"a value"`.
    case expected(String)
    /// The text ends inside a string.
    case unterminatedString
    /// A raw control character (below U+0020) inside a string: write it as an escape.
    case controlCharacterInString
    /// A backslash followed by something other than `" \ / b f n r t u`.
    case invalidEscape
    /// `\u` not followed by four hexadecimal digits.
    case invalidUnicodeEscape
    /// A `\u` surrogate without its other half.
    case unpairedSurrogate
    /// A malformed number: a leading zero, a sign or point without digits.
    case invalidNumber
    /// A number too large for a 64-bit floating-point value.
    case numberOutOfRange
    /// Arrays and objects nested deeper than the limit.
    case tooDeep(limit: Int)
    /// The same key twice in one object.
    case duplicateKey(String)
    /// More text after the document.
    case trailingContent
    /// Bytes that are not UTF-8.
    case invalidUTF8

    /// The reason as a user reads it, with no location.
    public var description: String {
      switch self {
      case .expected(let what): return "expected \(what)"
      case .unterminatedString: return "unterminated string"
      case .controlCharacterInString: return "control character in a string (escape it)"
      case .invalidEscape:
        return #"invalid escape: a backslash must be followed by one of "\/bfnrtu"#
      case .invalidUnicodeEscape: return #"\u must be followed by four hexadecimal digits"#
      case .unpairedSurrogate: return #"unpaired UTF-16 surrogate in a \u escape"#
      case .invalidNumber: return "invalid number"
      case .numberOutOfRange: return "number out of range"
      case .tooDeep(let limit): return "arrays and objects nested more than \(limit) deep"
      case .duplicateKey(let key): return "duplicate key '\(key)'"
      case .trailingContent: return "unexpected text after the JSON document"
      case .invalidUTF8: return "invalid UTF-8"
      }
    }
  }

  /// What is wrong.
  public var reason: Reason
  /// The line, from 1.
  public var line: Int
  /// The column in Unicode scalars, from 1.
  public var column: Int

  /// Creates an error.
  public init(_ reason: Reason, line: Int, column: Int) {
    self.reason = reason
    self.line = line
    self.column = column
  }

  /// `line:column: reason`; prefix the file's path to make a compiler-style diagnostic.
  public var description: String { "\(line):\(column): \(reason)" }
}
