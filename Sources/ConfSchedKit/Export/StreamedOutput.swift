/// Output written a piece at a time, for what is too long to hold whole: the JSON listing of a
/// 20 MB dump of 300,000 events is about 200 MB, and built as one text it took over 1 GB.
/// `produce` hands each piece, in order, to the function it is given, which answers false
/// when it could not take it (a write failed, `errno` set); `produce` then stops and answers
/// false too.
public struct StreamedOutput {
  /// Writes the pieces, in order, to `emit`; false as soon as `emit` refuses one.
  public let produce: (_ emit: ([UInt8]) -> Bool) -> Bool

  /// Output produced by `produce`.
  public init(produce: @escaping (_ emit: ([UInt8]) -> Bool) -> Bool) {
    self.produce = produce
  }

  /// Text already whole, as one piece.
  public init(text: String) {
    self.produce = { emit in emit(Array(text.utf8)) }
  }

  /// Output made of text parts (a CSV row each): `parts` hands each to the function it is
  /// given, which answers false to stop it, and they are handed over gathered in pieces.
  public init(parts: @escaping (_ part: (String) -> Bool) -> Bool) {
    self.init { emit in
      var buffer: [UInt8] = []
      let finished = parts { part in
        buffer.append(contentsOf: part.utf8)
        guard buffer.count >= Self.pieceSize else { return true }
        defer { buffer.removeAll(keepingCapacity: true) }
        return emit(buffer)
      }
      return finished && (buffer.isEmpty || emit(buffer))
    }
  }

  /// Pieces are handed over once the text written passes this many bytes.
  public static var pieceSize: Int { JSONWriter.pieceSize }

  /// Events as the pretty JSON array every `--json` listing prints (`Event.json` each) and a
  /// line feed, written an event (or an author) at a time.
  public static func json(_ events: [Event]) -> StreamedOutput {
    jsonArray(events) { writer, event, depth in event.writeJSON(into: &writer, depth: depth) }
  }

  /// A pretty JSON array of `elements`, each written by `element` at the depth it is given,
  /// and a line feed, handed over a piece at a time. Nothing more is made after a refused
  /// piece: `element` is not called again (`check` reads no further file).
  public static func jsonArray<Elements: Sequence>(
    _ elements: Elements, element: @escaping (inout JSONWriter, Elements.Element, Int) -> Void
  ) -> StreamedOutput {
    StreamedOutput { emit in
      withoutActuallyEscaping(emit) { emit in
        var writer = JSONWriter(piecesTo: emit)
        writer.array(elements, depth: 0, element: element)
        writer.raw("\n")
        return writer.finish()
      }
    }
  }
}

extension String {
  /// The parts a streamed writer hands over one at a time, joined: how each writer's whole-text
  /// form (`CSVWriter.write(_:)`, `EventTable.render(_:)`) stays the one code path.
  init(gathering write: ((String) -> Bool) -> Bool) {
    var text = ""
    _ = write { part in
      text += part
      return true
    }
    self = text
  }
}
