import ConfSchedData
import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The schedule a command works on: the bundled dumps, or the user's `--data` files.
struct LoadedData {
  var schedule: Schedule
  /// The papers the loaded reading lists mention (they are not events of the schedule).
  var mentions: [Mention] = []
  /// The search index, when it came ready-made (with the bundled data, a compiled file or a
  /// fresh read that compiled one): decoded when a command first searches.
  var prebuilt: LazyIndex?
  /// Set when a `--data` file was skipped: the status to end with even if the command succeeds.
  var skipStatus: ExitCode?

  /// The ready-made search index, if there is one.
  var prebuiltIndex: SearchIndex? { prebuilt?.index }
}

enum DataLoader {
  /// The options every data command takes.
  static let options: [OptionSpec] = [
    OptionSpec(
      name: "data", valueName: "file",
      help:
        "Read this dump instead of the added or bundled ones (repeatable; - reads standard input).",
      isRepeatable: true),
    OptionSpec(
      name: "bundled",
      help: "Read the bundled NeurIPS dumps too, beside your added sources or --data files."),
    OptionSpec(
      name: "year", valueName: "year",
      help:
        "Only this conference year (--year 2019); for your own dumps, also the year to read their dates in."
    ),
    OptionSpec(
      name: "conference", valueName: "id",
      help: "Only this conference: neurips-2018, neurips-2019 (see 'confsched sources')."),
    OptionSpec(
      name: "family", valueName: "family",
      help:
        "Read --data files as this family instead of telling it from their content: \(DumpReader.familyNames)."
    ),
    zoneOption,
    pageZoneOption,
  ]

  /// `--zone`: the conference's zone, for a file that names none (an edition the editions table
  /// lacks, a calendar without a zone).
  static let zoneOption = OptionSpec(
    name: "zone", valueName: "zone",
    help:
      "The conference's time zone for --data files that name none: a Pentabarf schedule.xml, a calendar without a zone, an edition the editions table lacks (Europe/Brussels)."
  )

  /// `--page-zone`: the zone a saved page's times are in when it prints none.
  static let pageZoneOption = OptionSpec(
    name: "page-zone", valueName: "zone",
    help:
      "The zone a saved page of the virtual site shows its times in when it prints none: that of the browser that saved it (America/Chicago)."
  )

  /// What was loaded, kept until the process ends: freeing thousands of events one by one as a
  /// command returns costs more than the command, and the process is about to exit anyway.
  nonisolated(unsafe) private static var kept: [LoadedData] = []

  static func load(_ arguments: ParsedArguments, bundledToo: Bool = false) throws(CLIError)
    -> LoadedData
  {
    var data = try loadAll(arguments, bundledToo: bundledToo)
    defer { kept.append(data) }
    // --conference and --year narrow what every command sees.
    if let wanted = arguments.value("conference") ?? arguments.value("year") {
      let matches = { (conference: Conference) in
        conference.id == wanted.lowercased() || String(conference.year) == wanted
      }
      guard data.schedule.conferences.contains(where: matches) else {
        let ids = data.schedule.conferences.map(\.id)
        let known = ids.joined(separator: ", ")
        // `neurips2019` is a typo for a loaded id; `neurips-2017` or `2017` is a well-formed
        // conference that is not loaded.
        let wellFormed =
          wanted.allSatisfy(\.isNumber)
          || wanted.split(separator: "-").last.map { $0.count == 4 && $0.allSatisfy(\.isNumber) }
            == true
        let hint =
          wellFormed
          ? "" : ArgumentParser.suggestion(for: wanted.lowercased(), among: ids, quote: "'")
        if !hint.isEmpty {
          throw CLIError.usage(
            "No loaded conference is '\(wanted)'.\(hint) Loaded: \(known).", arguments.command)
        }
        throw CLIError.failure("no loaded conference is '\(wanted)'; loaded: \(known)", .noMatch)
      }
      if !data.schedule.conferences.allSatisfy(matches) {
        data.schedule = data.schedule.narrowed(to: matches)
        let files = Set(data.schedule.sources.map(\.file))
        data.mentions = data.mentions.filter { files.contains($0.source.file) }
        data.prebuilt = nil
      }
    }
    return data
  }

  private static func loadAll(_ arguments: ParsedArguments, bundledToo: Bool) throws(CLIError)
    -> LoadedData
  {
    var options = ReadOptions()
    if let text = arguments.value("year") {
      guard let year = Int(text), (1987...2100).contains(year) else {
        throw CLIError.usage(
          "'\(text)' is not a year; expected, for example, --year 2018.", arguments.command)
      }
      options.year = year
    }
    options.zone = try zone(arguments, option: "zone")
    options.pageZone = try zone(arguments, option: "page-zone")
    let family = try family(arguments)
    let paths = arguments.allValues("data")
    let withBundled = arguments.flag("bundled") || bundledToo
    guard !paths.isEmpty else {
      // Once sources are added, they are the default data.
      if let added = try AddedSources.load(arguments, withBundled: withBundled) { return added }
      // The bundled dumps were parsed and indexed at build time; --year only narrows them.
      if let snapshot = ScheduleSnapshot.decode(
        builtIn: BundledDump.snapshot, strings: BundledDump.snapshotStrings)
      {
        return LoadedData(
          schedule: snapshot.schedule, mentions: snapshot.mentions, prebuilt: snapshot.lazyIndex,
          skipStatus: nil)
      }
      let results = BundledDump.all.map {
        DumpReader.read(DumpSource(name: $0.name, text: $0.text))
      }
      return LoadedData(
        schedule: Schedule(results.map(\.part)), mentions: results.flatMap(\.mentions),
        prebuilt: nil, skipStatus: nil)
    }
    return try AdHocData.load(paths, options: options, family: family, withBundled: withBundled)
  }

  /// Fills the virtual site's programs with the abstracts given beside them and with those
  /// found beside them (`neurips-2026-abstracts.json` next to `neurips-2026-orals-posters.json`);
  /// returns what to report about abstracts that fill nothing.
  static func pairAbstracts(
    _ results: inout [ReadResult], _ given: [(path: String, abstracts: VirtualSiteAbstracts)]
  ) -> [String] {
    let pairings = VirtualSiteAbstracts.pair(&results, given: given.map(\.abstracts)) { path in
      guard let (source, _) = try? DumpFile.load(path) else { return nil }
      return VirtualSiteAbstracts(source)
    }
    let givenPaths = Set(given.map(\.path))
    return pairings.filter { $0.filled == 0 && givenPaths.contains($0.file) }.map { pairing in
      results.contains { $0.family == .virtualSite }
        ? "'\(pairing.file)': its abstracts match no event of the programs loaded; skipped"
        : "'\(pairing.file)' holds no schedule events: the virtual site's abstracts, with no events of their own: load them beside their program (--data <conf>-<year>-orals-posters.json --data \(pairing.file))"
    }
  }

  /// `--zone Area/City` or `--page-zone Area/City`, if given.
  static func zone(_ arguments: ParsedArguments, option: String) throws(CLIError) -> ZoneRule? {
    guard let text = arguments.value(option) else { return nil }
    guard let zone = ZoneRule.named(text) else {
      throw CLIError.usage(
        "'\(text)' is not a time zone; expected an IANA name such as America/Chicago.",
        arguments.command)
    }
    return zone
  }

  /// The family `--family` names, if given.
  static func family(_ arguments: ParsedArguments) throws(CLIError) -> DumpFamily? {
    guard let text = arguments.value("family") else { return nil }
    let family = DumpFamily(rawValue: text.lowercased())
    guard DumpReader.families.contains(family) else {
      let names = DumpReader.families.map(\.rawValue)
      throw CLIError.usage(
        "'\(text)' is not a family.\(ArgumentParser.suggestion(for: text.lowercased(), among: names, quote: "'")) Families: \(names.joined(separator: ", ")).",
        arguments.command)
    }
    return family
  }

  /// What tells two paths to one file apart: its device and inode when it exists, else the path.
  static func identity(of path: String) -> String {
    var info = stat()
    guard path != "-", stat(PathBytes.cString(path), &info) == 0 else { return "path:" + path }
    return "file:\(info.st_dev):\(info.st_ino)"
  }

  static func exitCode(for error: LoadError) -> ExitCode {
    switch error {
    case .cannotOpen, .isDirectory: return .noInput
    case .readFailed: return .ioError
    case .empty, .notText, .noEvents: return .dataError
    }
  }
}
