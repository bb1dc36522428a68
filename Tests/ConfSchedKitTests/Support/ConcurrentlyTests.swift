import Synchronization
import Testing

@testable import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Two pieces of work at once")
struct ConcurrentlyTests {
  /// Each result comes back from its own piece of work, whichever ends first, every time.
  @Test func givesEachWorkItsResult() {
    for round in 0..<200 {
      let (sum, text) = Concurrently.run(
        { (0..<(round % 7) * 1000).reduce(0, +) },
        { String(repeating: "x", count: round % 5) })
      #expect(sum == (0..<(round % 7) * 1000).reduce(0, +))
      #expect(text.count == round % 5)
    }
  }

  /// The second piece runs on another thread while the first runs: the first waits (a second at
  /// most) for the second to have started, which could not happen if they ran in turn.
  @Test func runsTheSecondAlongsideTheFirst() {
    let started = Flag()
    let (sawIt, _) = Concurrently.run(
      { () -> Bool in
        for _ in 0..<1000 {
          if started.value.load(ordering: .acquiring) { return true }
          usleep(1000)
        }
        return false
      },
      { started.value.store(true, ordering: .releasing) })
    #expect(sawIt)
  }

  final class Flag: Sendable {
    let value = Atomic<Bool>(false)
  }
}
