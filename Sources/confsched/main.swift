#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

exit(ConfSched.main(Array(CommandLine.arguments.dropFirst())).rawValue)
