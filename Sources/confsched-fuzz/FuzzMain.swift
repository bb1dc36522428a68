import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Built by `.ci/fuzz` (`-sanitize=fuzzer,address -DFUZZING`), the fuzzer: libFuzzer's driver
/// with its usual flags and corpus directories. Built plainly, a crash reproducer: it runs each
/// file named on the command line through the same code (`swift run confsched-fuzz crash-*`).
@main
enum FuzzMain {
  static func main() {
    #if FUZZING
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      exit(llvmFuzzerRunDriver(&argc, &argv) { fuzzTestOneInput($0, $1) })
    #else
      reproduce(Array(CommandLine.arguments.dropFirst()))
    #endif
  }

  /// Runs each file as one fuzz input.
  static func reproduce(_ paths: [String]) {
    guard !paths.isEmpty else {
      print("usage: confsched-fuzz FILE...   (runs each file as one fuzz input)")
      exit(64)
    }
    var status: Int32 = 0
    for path in paths {
      do throws(LoadError) {
        let bytes = try DumpFile.readBytes(path)
        FuzzInput.run(bytes)
        print("\(path): ok (\(bytes.count) bytes)")
      } catch {
        print("confsched-fuzz: \(error)")
        status = 66
      }
    }
    exit(status)
  }
}
