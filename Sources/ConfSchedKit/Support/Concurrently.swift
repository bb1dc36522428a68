#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Two pieces of work done at once, on a second thread for the second: compiling a large
/// schedule builds its index while it freezes its events, which share nothing but the events
/// both read. Without a second thread (the system refuses one) the work is done in turn, with
/// the same results.
enum Concurrently {
  /// Runs `first` on this thread and `second` on another; returns both results once both are
  /// done.
  static func run<A, B: Sendable>(
    _ first: () -> A, _ second: @escaping @Sendable () -> B
  ) -> (A, B) {
    let job = Job(second)
    guard let thread = job.start() else {
      // In turn, the second first: the work a caller splits between them is then all the
      // second's, as if the first had started late (`SearchIndex.SharedBuild`).
      let b = second()
      return (first(), b)
    }
    let a = first()
    pthread_join(thread, nil)
    // The join orders the other thread's write of the result before this read; a thread that
    // left none (it cannot, having run `main` to its end) gets its work done here.
    return (a, job.result ?? second())
  }

  /// The second piece of work and, once done, its result; kept alive by `run` until the join.
  private final class Job<B: Sendable>: Runnable, @unchecked Sendable {
    /// The work, run once on the other thread.
    let work: @Sendable () -> B
    /// Its result, written by the other thread, read only after the join.
    var result: B?

    init(_ work: @escaping @Sendable () -> B) {
      self.work = work
    }

    override func main() {
      result = work()
    }
  }

  /// What the thread's entry point (a C function, which cannot be generic) calls.
  private class Runnable: @unchecked Sendable {
    /// What the thread runs (a `Job`'s work).
    func main() {}

    /// Starts `main` on a new thread with an 8 MB stack; nil when no thread could be made.
    func start() -> pthread_t? {
      var attributes = pthread_attr_t()
      pthread_attr_init(&attributes)
      defer { pthread_attr_destroy(&attributes) }
      pthread_attr_setstacksize(&attributes, 8 << 20)
      #if canImport(Glibc)
        var thread = pthread_t()  // an integer in glibc
      #else
        var thread: pthread_t?  // a pointer in Darwin and musl
      #endif
      let context = Unmanaged.passUnretained(self).toOpaque()
      let status = pthread_create(
        &thread, &attributes,
        { context in
          #if canImport(Darwin)
            Unmanaged<Runnable>.fromOpaque(context).takeUnretainedValue().main()
          #else
            if let context {
              Unmanaged<Runnable>.fromOpaque(context).takeUnretainedValue().main()
            }
          #endif
          return nil
        }, context)
      return status == 0 ? thread : nil
    }
  }
}
