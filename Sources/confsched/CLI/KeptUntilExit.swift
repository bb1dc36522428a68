/// Values a command leaves for the process's exit to free: freeing the 40,900 events of a
/// 53 MB dump one by one took 50 ms of `sources add`, and the exit returns their memory at
/// once. For a command's last large values only, just before it returns.
enum KeptUntilExit {
  // The CLI runs its command on the main thread; nothing else touches this.
  nonisolated(unsafe) private static var values: [Any] = []

  /// Keeps `value` (and all it refers to) alive until the process exits.
  static func keep(_ value: Any) {
    values.append(value)
  }
}
