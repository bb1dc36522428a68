#if FUZZING
  /// libFuzzer's entry point: one input per call.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else {
      FuzzInput.run([])
      return 0
    }
    FuzzInput.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }

  /// libFuzzer's driver (`FuzzerInterface.h`): parses the flags and the corpus directories in
  /// `argv` and fuzzes `callback`. Called from our own `main` because on Linux SwiftPM links
  /// every executable with `main` aliased to the module's entry point, so libFuzzer's `main`
  /// never gets linked.
  @_silgen_name("LLVMFuzzerRunDriver")
  func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32
#endif
