extension RandomAccessCollection {
  /// The index of the first element for which `belongsInSecondPartition` holds, in a collection
  /// already partitioned by it (every element for which it fails comes first): a binary search,
  /// named as swift-algorithms names it. `endIndex` when it holds for none.
  func partitioningIndex(where belongsInSecondPartition: (Element) throws -> Bool) rethrows
    -> Index
  {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if try belongsInSecondPartition(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
