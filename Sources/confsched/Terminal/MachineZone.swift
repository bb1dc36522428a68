import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// This machine's time zone, as the C library knows it (`TZ`, else /etc/localtime).
enum MachineZone {
  /// The zone for `--local`, labelled with its IANA name when it can be found, else with the
  /// abbreviation in use at `instant`.
  static func displayZone(at instant: UTCDateTime) -> DisplayZone {
    DisplayZone(label: name ?? abbreviation(at: instant)) { offsetMinutes(at: $0) }
  }

  /// The offset from UTC at an instant, in minutes, from `localtime_r`.
  static func offsetMinutes(at instant: UTCDateTime) -> Int {
    brokenDown(instant).map { Int($0.tm_gmtoff) / 60 } ?? 0
  }

  /// `CET`, `EST`, `UTC`.
  static func abbreviation(at instant: UTCDateTime) -> String {
    guard let time = brokenDown(instant), let zone = time.tm_zone else { return "local time" }
    return String(cString: zone)
  }

  /// `Europe/Paris` from `TZ` or the /etc/localtime link, when either names one.
  static var name: String? {
    if let value = Terminal.environment("TZ") {
      let name = value.hasPrefix(":") ? String(value.dropFirst()) : value
      return name.contains("/") && !name.hasPrefix("/") ? name : nil
    }
    var buffer = [CChar](repeating: 0, count: 512)
    let length = readlink("/etc/localtime", &buffer, buffer.count - 1)
    guard length > 0 else { return nil }
    let target = String(
      decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard let range = target.firstRange(of: "zoneinfo/") else { return nil }
    return String(target[range.upperBound...])
  }

  private static func brokenDown(_ instant: UTCDateTime) -> tm? {
    var seconds = time_t(instant.secondsSinceEpoch)
    var result = tm()
    return localtime_r(&seconds, &result) == nil ? nil : result
  }
}
