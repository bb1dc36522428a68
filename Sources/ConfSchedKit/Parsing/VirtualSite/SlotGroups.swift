/// The groups of events a file links as one paper's slots (the virtual site's
/// `related_events_ids`: an oral and its poster), closed under the links: if the oral names the
/// poster and the poster names its spotlight, the three are one paper.
enum SlotGroups {
  /// The groups of two or more of `count` events that `links` (pairs of event indices) join,
  /// in order of their first event.
  ///
  /// Only the linked events are visited after the union: a program of 6,000 events with a few
  /// hundred links builds a few hundred groups, not a dictionary of every event.
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
    var linked: [Int] = []
    linked.reserveCapacity(links.count * 2)
    for (first, second) in links where first != second {
      guard (0..<count).contains(first), (0..<count).contains(second) else { continue }
      linked.append(first)
      linked.append(second)
      let (a, b) = (root(first), root(second))
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    // A group's root is its smallest member (unions keep the smaller root), so sorting the
    // linked events and appending each to its root's group gives groups in order of their
    // first event, each in order.
    linked.sort()
    var groupOfRoot: [Int: Int] = [:]
    var groups: [[Int]] = []
    var previous = -1
    for index in linked where index != previous {
      previous = index
      let top = root(index)
      if let group = groupOfRoot[top] {
        groups[group].append(index)
      } else {
        groupOfRoot[top] = groups.count
        groups.append([index])
      }
    }
    return groups.filter { $0.count > 1 }
  }
}
