/// The groups of events a file links as one paper's slots (the virtual site's
/// `related_events_ids`: an oral and its poster), closed under the links: if the oral names the
/// poster and the poster names its spotlight, the three are one paper.
enum SlotGroups {
  /// The groups of two or more of `count` events that `links` (pairs of event indices) join,
  /// in order of their first event.
  static func groups(count: Int, links: [(Int, Int)]) -> [[Int]] {
    guard !links.isEmpty else { return [] }
    var parent = Array(0..<count)
    func root(_ index: Int) -> Int {
      var index = index
      while parent[index] != index {
        parent[index] = parent[parent[index]]
        index = parent[index]
      }
      return index
    }
    for (first, second) in links where first != second {
      guard (0..<count).contains(first), (0..<count).contains(second) else { continue }
      let (a, b) = (root(first), root(second))
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    var members: [Int: [Int]] = [:]
    for index in 0..<count { members[root(index), default: []].append(index) }
    return members.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
  }
}
