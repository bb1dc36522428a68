import Testing

@testable import ConfSchedKit

@Suite("JSON parser")
struct JSONParserTests {
  @Test func readsEveryKindOfValue() throws {
    let text = """
      {
        "null": null, "yes": true, "no": false,
        "int": -42, "zero": 0, "double": 3.25, "exponent": 1e2, "negative": -0.5E-1,
        "big": 123456789012345678901234567890,
        "text": "a \\"quote\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 é",
        "array": [1, [], {}, [2, [3]]],
        "empty": ""
      }
      """
    let value = try JSONValue.parse(text)
    #expect(
      value
        == .object([
          ("null", .null), ("yes", .bool(true)), ("no", .bool(false)),
          ("int", .int(-42)), ("zero", .int(0)), ("double", .double(3.25)),
          ("exponent", .double(100)), ("negative", .double(-0.05)),
          ("big", .double(1.234_567_890_123_456_8e29)),
          ("text", .string("a \"quote\" \\ / \u{8}\u{C}\n\r\t é é")),
          (
            "array",
            .array([.int(1), .array([]), .object([]), .array([.int(2), .array([.int(3)])])])
          ),
          ("empty", .string("")),
        ]))
  }

  @Test func keepsKeyOrderAndRoundTripsItsOwnOutput() throws {
    let value = JSONValue.object([
      ("z", .int(1)), ("a", .array([.string("x\u{1}\u{2028}"), .null])), ("m", .double(0.1)),
    ])
    #expect(try JSONValue.parse(value.serialized()) == value)
    #expect(try JSONValue.parse(value.serialized(pretty: false)) == value)
  }

  /// Long strings are scanned eight bytes at a time: a quote, a backslash or a byte past
  /// ASCII at any place in a word is still read exactly.
  @Test func readsLongStringsWithEscapesAnywhere() throws {
    for padding in 0..<17 {
      let plain = String(repeating: "x", count: padding)
      let text = "[\"\(plain)\\\"q\\\" été 0123456789\\u00e9\\n\(plain)\", \"\(plain)é\"]"
      #expect(
        try JSONValue.parse(text)
          == .array([.string("\(plain)\"q\" été 0123456789é\n\(plain)"), .string(plain + "é")]))
    }
  }

  @Test func readsSurrogatePairs() throws {
    #expect(try JSONValue.parse(#""\ud83d\ude00 \uD834\uDD1E""#) == .string("😀 𝄞"))
    #expect(try JSONValue.parse("\"😀\"") == .string("😀"))
  }

  @Test func acceptsAByteOrderMarkAndSurroundingWhitespace() throws {
    #expect(try JSONValue.parse("\u{FEFF} \r\n\t[1]\n") == .array([.int(1)]))
  }

  @Test func allowsNestingUpToTheLimit() throws {
    let depth = JSONParser.maximumDepth
    let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    var value = try JSONValue.parse(deep)
    var levels = 0
    while case .array(let items) = value {
      levels += 1
      value = items.first ?? .null
    }
    #expect(levels == depth)
  }

  @Test func refusesHostileNestingWithoutCrashing() {
    // Each `[{"a":` opens two levels: the 513th is the `[` of the 257th.
    let hostile = String(repeating: "[{\"a\":", count: 100_000)
    #expect(throws: JSONParseError(.tooDeep(limit: 512), line: 1, column: 1537)) {
      try JSONValue.parse(hostile)
    }
    let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
    #expect(throws: JSONParseError(.tooDeep(limit: 512), line: 1, column: 513)) {
      try JSONValue.parse(tooDeep)
    }
  }

  struct BadCase: CustomTestStringConvertible, Sendable {
    var text: String
    var message: String
    var testDescription: String { text }
  }

  @Test(arguments: [
    BadCase(text: "", message: "1:1: expected a value"),
    BadCase(text: "  \n ", message: "2:2: expected a value"),
    BadCase(text: "{\n  \"a\": 1\n  \"b\": 2\n}", message: "3:3: expected ',' or '}'"),
    BadCase(text: "{\n  \"version\": 1,\n    \"entries\" []\n}", message: "3:15: expected ':'"),
    BadCase(text: "[1, 2", message: "1:6: expected ',' or ']'"),
    BadCase(text: "[1, 2,]", message: "1:7: expected a value"),
    BadCase(text: "{\"a\": 1,}", message: "1:9: expected a key in double quotes"),
    BadCase(text: "{'a': 1}", message: "1:2: expected a key in double quotes"),
    BadCase(text: "{\"a\": 1, \"a\": 2}", message: "1:10: duplicate key 'a'"),
    BadCase(text: "[1] [2]", message: "1:5: unexpected text after the JSON document"),
    BadCase(text: "// comment\n1", message: "1:1: expected a value"),
    BadCase(text: "[tru]", message: "1:2: expected a value"),
    BadCase(text: "[truex]", message: "1:2: expected a value"),
    BadCase(text: "NaN", message: "1:1: expected a value"),
    BadCase(text: "[01]", message: "1:3: invalid number"),
    BadCase(text: "[-]", message: "1:3: invalid number"),
    BadCase(text: "[1.]", message: "1:4: invalid number"),
    BadCase(text: "[.5]", message: "1:2: expected a value"),
    BadCase(text: "[+1]", message: "1:2: expected a value"),
    BadCase(text: "[1e]", message: "1:4: invalid number"),
    BadCase(text: "[1e400]", message: "1:2: number out of range"),
    BadCase(text: "[\"abc", message: "1:2: unterminated string"),
    BadCase(text: "[\"ab\\", message: "1:2: unterminated string"),
    BadCase(text: "\"été\ttab\"", message: "1:5: control character in a string (escape it)"),
    BadCase(text: "\"a\nb\"", message: "1:3: control character in a string (escape it)"),
    // Past the first eight bytes, and after an escape: the scan goes a word at a time there.
    BadCase(
      text: "\"0123456789abc\tdef\"", message: "1:15: control character in a string (escape it)"),
    BadCase(
      text: "\"0123456789\\n0123456789\tx\"",
      message: "1:24: control character in a string (escape it)"),
    BadCase(text: "[\"0123456789abcdef", message: "1:2: unterminated string"),
    BadCase(
      text: #"["ok", "\x"]"#,
      message: #"1:9: invalid escape: a backslash must be followed by one of "\/bfnrtu"#),
    BadCase(
      text: #""\u12G4""#, message: #"1:2: \u must be followed by four hexadecimal digits"#),
    BadCase(text: #""\ud83d""#, message: #"1:2: unpaired UTF-16 surrogate in a \u escape"#),
    BadCase(text: #""\ud83d\u0041""#, message: #"1:2: unpaired UTF-16 surrogate in a \u escape"#),
    BadCase(text: #""x\ude00""#, message: #"1:3: unpaired UTF-16 surrogate in a \u escape"#),
  ])
  func reportsErrorsWithLineAndColumn(_ bad: BadCase) {
    #expect(throws: JSONParseError.self) { try JSONValue.parse(bad.text) }
    do {
      _ = try JSONValue.parse(bad.text)
    } catch {
      #expect(error.description == bad.message)
    }
  }

  @Test func countsColumnsInCharactersNotBytes() {
    #expect(throws: JSONParseError(.expected("',' or ']'"), line: 2, column: 12)) {
      try JSONValue.parse("[\n\"éèê\", \"ü\" 3]")
    }
  }

  @Test func reportsInvalidUTF8InBytes() {
    let bytes: [UInt8] = Array("{\n  \"a\": \"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
    #expect(throws: JSONParseError(.invalidUTF8, line: 2, column: 9)) {
      try JSONValue.parse(utf8: bytes)
    }
  }
}
