/// A title as the matcher compares it: its folded words (see `TextFolding`), with digits split
/// from letters so that `VQ-VAE2` and `VQ-VAE-2` both give `vq vae 2`, each word weighing 1, or
/// 0.2 when it is a minor word (`of`, `with`, `towards`) or a single letter.
struct TitleWords: Sendable {
  /// The words' bytes, back to back.
  private(set) var bytes: [UInt8] = []
  /// Where each word stands in `bytes`.
  private(set) var bounds: [Range<Int>] = []
  /// Each word's weight.
  private(set) var weights: [Double] = []
  /// Each word's letters as a set of bits (see `letterMask`), to rule out typos cheaply.
  private(set) var masks: [UInt32] = []
  /// Each word's id in the matcher's vocabulary, or -1 when it has none.
  var ids: [Int32] = []
  /// The number of words weighing 1.
  private(set) var contentCount = 0
  /// The sum of the weights.
  private(set) var totalWeight = 0.0

  /// The weight of a minor word or a single letter.
  static let minorWeight = 0.2

  /// Splits a title into weighted words.
  init(_ text: String) {
    var folded: [UInt8] = []
    folded.reserveCapacity(text.utf8.count)
    text.withUTF8Bytes { TextFolding.fold($0, into: &folded) }
    bytes.reserveCapacity(folded.count)
    var start = 0
    for (index, byte) in folded.enumerated() {
      if byte == 0x20 {
        append(folded[start..<index])
        start = index + 1
      } else if index > start, byte.isDigit != folded[index - 1].isDigit {
        append(folded[start..<index])
        start = index
      }
    }
    append(folded[start...])
    ids = Array(repeating: -1, count: bounds.count)
  }

  /// The number of words.
  var count: Int { bounds.count }

  /// The bytes of word `index`.
  func word(_ index: Int) -> ArraySlice<UInt8> { bytes[bounds[index]] }

  private mutating func append(_ word: ArraySlice<UInt8>) {
    guard !word.isEmpty else { return }
    let start = bytes.count
    bytes.append(contentsOf: word)
    bounds.append(start..<bytes.count)
    masks.append(TitleWords.letterMask(word))
    let isMinor =
      (word.count == 1 && !(word.first?.isDigit ?? false))
      || TitleShape.minorWords.contains(word)
    let weight = isMinor ? TitleWords.minorWeight : 1
    weights.append(weight)
    totalWeight += weight
    if !isMinor { contentCount += 1 }
  }

  /// A bit per letter a word holds (`a` to `z` by their low five bits; any other byte sets bit
  /// 0): one edit changes at most two bits, two edits at most four.
  static func letterMask(_ word: ArraySlice<UInt8>) -> UInt32 {
    var mask: UInt32 = 0
    for byte in word { mask |= byte.isASCIILetter ? 1 << UInt32(byte & 31) : 1 }
    return mask
  }
}
