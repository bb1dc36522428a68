/// A value handed whole to the second thread of `Concurrently.run`, which the two threads do
/// not share while both run: a copy of a parser, and pointers into text that both only read
/// and that outlives the run. The compiler cannot see that, hence unchecked.
struct Unshared<Value>: @unchecked Sendable {
  let value: Value

  init(_ value: Value) {
    self.value = value
  }
}
