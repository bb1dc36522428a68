/// The abstracts the virtual site publishes beside its program, `<conf>-<year>-abstracts.json`
/// (from 2026 the program's events carry none): an object from event id to abstract,
///
///     {"119718": "We study …", "119719": "<p>A …</p>", …}
///
/// A companion has no events of its own: it fills the abstracts of the program it is given
/// with (`--data program.json --data abstracts.json`) or found beside
/// (`neurips-2026-orals-posters.json` and `neurips-2026-abstracts.json` in one folder),
/// matching the site's event ids. An abstract the program already has is kept.
public struct VirtualSiteAbstracts: Sendable {
  /// The file's name.
  public let file: String
  /// The abstracts by event id, as a user reads them (HTML and references made text).
  public let abstracts: [String: String]

  /// The abstracts of a text that is a companion file; nil for any other text.
  public init?(_ source: DumpSource) {
    guard VirtualSiteJSONReader.sniff(source) else { return nil }
    let document = source.text.withUTF8Bytes { VirtualSiteDocument.parse($0) }
    guard case .success(let parsed) = document, parsed.shape == .abstracts else { return nil }
    file = source.name
    var abstracts: [String: String] = [:]
    abstracts.reserveCapacity(parsed.abstracts.count)
    for (id, text) in parsed.abstracts {
      let abstract = VirtualSiteText.prose(text)
      if !abstract.isEmpty { abstracts[id] = abstract }
    }
    self.abstracts = abstracts
  }

  /// The companion's path beside a program's: `data/neurips-2026-orals-posters.json` gives
  /// `data/neurips-2026-abstracts.json`; nil for a file not named as the site names programs.
  public static func companionPath(of path: String) -> String? {
    let suffix = "-orals-posters.json"
    guard path.lowercased().hasSuffix(suffix), path.utf8.count > suffix.utf8.count else {
      return nil
    }
    return String(path.dropLast(suffix.count)) + "-abstracts.json"
  }

  /// Fills the missing abstracts of a program's events whose site id has one here; returns how
  /// many it filled.
  @discardableResult
  public func fill(_ result: inout ReadResult) -> Int {
    var filled = 0
    for index in result.events.indices where result.events[index].abstract == nil {
      guard let text = result.events[index].sourceIDs.lazy.compactMap({ abstracts[$0] }).first
      else { continue }
      result.events[index].abstract = text
      filled += 1
    }
    return filled
  }

  /// How many abstracts a companion gave the programs: none means it belongs to no program
  /// loaded.
  public struct Pairing: Sendable, Equatable {
    /// The companion's name.
    public var file: String
    /// The abstracts it filled.
    public var filled: Int
  }

  /// Fills the programs among `results` (the virtual site's) with the abstracts `given` beside
  /// them, then with each program's companion that was not given but is found beside it
  /// (`load` reads a path; nil when there is no such file or it is not a companion).
  public static func pair(
    _ results: inout [ReadResult], given: [VirtualSiteAbstracts],
    load: (String) -> VirtualSiteAbstracts?
  ) -> [Pairing] {
    var pairings: [Pairing] = []
    var companions = given
    let names = Set(given.map(\.file))
    for result in results where result.family == .virtualSite {
      guard let path = companionPath(of: result.file), !names.contains(path),
        !companions.contains(where: { $0.file == path }), let found = load(path)
      else { continue }
      companions.append(found)
    }
    for companion in companions {
      var filled = 0
      for index in results.indices where results[index].family == .virtualSite {
        filled += companion.fill(&results[index])
      }
      pairings.append(Pairing(file: companion.file, filled: filled))
    }
    return pairings
  }
}
