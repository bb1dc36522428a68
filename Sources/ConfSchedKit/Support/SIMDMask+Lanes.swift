extension SIMDMask where Storage == SIMD16<Int8> {
  /// The index of the first true lane, or nil when none is: the lanes read as two 64-bit
  /// words. `any(_:)` is a reduction the optimiser may leave as a call in a hot loop (it did,
  /// in the JSON string scans), and it says only whether, not where.
  @inline(__always)
  var firstTrueLane: Int? {
    let words = unsafeBitCast(self, to: SIMD2<UInt64>.self)
    let low = UInt64(littleEndian: words[0])
    if low != 0 { return low.trailingZeroBitCount >> 3 }
    let high = UInt64(littleEndian: words[1])
    if high != 0 { return 8 + high.trailingZeroBitCount >> 3 }
    return nil
  }
}
