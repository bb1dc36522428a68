extension TextFolding {
  /// Calls `body` with each folded word of `input`, in order: the words `fold(_:into:)` would
  /// separate by spaces, found in the same pass that folds them (building an index, folding a
  /// text and then cutting it at its spaces cost twice the time). Each word is handed over in
  /// `scratch`, overwritten by the next one.
  static func forEachWord(
    _ input: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8],
    _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    guard let source = input.baseAddress, !input.isEmpty else { return }
    // A word is never longer than the text it comes from (see `fold`).
    if scratch.count < input.count {
      scratch = [UInt8](repeating: 0, count: Swift.max(input.count, scratch.count * 2, 256))
    }
    scratch.withUnsafeMutableBufferPointer { buffer in
      guard let output = buffer.baseAddress else { return }
      let count = input.count
      var written = 0
      var index = 0
      while index < count {
        let byte = source[index]
        if byte < 0x80 {
          let lower = byte | 0x20
          if lower &- 0x61 < 26 {
            output[written] = lower
            written += 1
          } else if byte &- 0x30 < 10 {
            output[written] = byte
            written += 1
          } else if written > 0 {
            body(UnsafeBufferPointer(start: output, count: written))
            written = 0
          }
          index += 1
          continue
        }
        let (scalar, length) = decode(input, at: index)
        index += length
        switch foldScalar(scalar) {
        case .separator:
          if written > 0 {
            body(UnsafeBufferPointer(start: output, count: written))
            written = 0
          }
        case .drop:
          break
        case .ascii(let replacement):
          replacement.withUTF8Buffer {
            for byte in $0 {
              output[written] = byte
              written += 1
            }
          }
        case .keep:
          for offset in (index - length)..<index {
            output[written] = source[offset]
            written += 1
          }
        }
      }
      if written > 0 { body(UnsafeBufferPointer(start: output, count: written)) }
    }
  }
}
