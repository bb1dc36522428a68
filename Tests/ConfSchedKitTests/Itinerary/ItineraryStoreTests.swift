import Foundation
import Synchronization
import Testing

@testable import ConfSchedKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A fresh directory under the system's temporary directory; remove it with `removeDirectory`.
func makeTemporaryDirectory() throws -> String {
  let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("confsched-itinerary-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// Removes a directory and what it holds.
func removeDirectory(_ path: String) {
  try? FileManager.default.removeItem(atPath: path)
}

/// The bytes of a file, or nil when it does not exist.
func bytes(_ path: String) -> [UInt8]? {
  FileManager.default.contents(atPath: path).map { [UInt8]($0) }
}

/// The names in a directory, sorted.
func listing(_ directory: String) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
}

/// Writes text to a file, replacing it.
func write(_ text: String, to path: String) throws {
  try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

/// The store error `body` throws, or nil.
func storeError<T>(_ body: () throws -> T) -> ItineraryStoreError? {
  do {
    _ = try body()
    return nil
  } catch let error as ItineraryStoreError {
    return error
  } catch {
    return nil
  }
}

@Suite("Itinerary store")
struct ItineraryStoreTests {
  let oral: Event
  let poster: Event

  init() throws {
    oral = try tuesdayEvent("nhrdf4")
    poster = try tuesdayEvent("fmqjdg")
  }

  @Test func readsAMissingFileAsEmptyAndCreatesNothing() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let store = ItineraryStore(path: directory + "/not/yet/itinerary.json")
    #expect(try store.load() == Itinerary())
    #expect(try listing(directory) == [])
  }

  @Test func createsTheDirectoriesAndWritesTheFileAtomically() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let path = directory + "/data/confsched/itinerary.json"
    let store = ItineraryStore(path: path)
    let added = try store.update { $0.add(oral, addedAt: "2018-12-03T20:00:00Z").inserted }
    #expect(added)
    try store.update { $0.add(poster, addedAt: "2018-12-03T20:01:00Z") }
    let loaded = try store.load()
    #expect(loaded.entries.map(\.id) == [oral.id, poster.id])
    #expect(bytes(path) == Array(loaded.serialized().utf8))
    // The lock file stays beside the itinerary; no temporary file is left behind.
    #expect(
      try listing(directory + "/data/confsched") == ["itinerary.json", "itinerary.json.lock"])
  }

  @Test func leavesTheFileAloneWhenNothingChanges() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let path = directory + "/itinerary.json"
    let store = ItineraryStore(path: path)
    try store.update { $0.add(oral, addedAt: "t1") }
    let inode = try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber])
    // Adding again is a no-op: the file is not even rewritten (rename would change the inode).
    let again = try store.update { $0.add(oral, addedAt: "t2") }
    #expect(!again.inserted)
    #expect(
      try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int == inode
        as? Int)
    // A change that throws writes nothing either.
    struct Refused: Error {}
    #expect(throws: Refused.self) {
      try store.update { itinerary in
        itinerary.add(poster, addedAt: "t3")
        throw Refused()
      }
    }
    #expect(try store.load().entries.map(\.id) == [oral.id])
  }

  @Test func removesAndClears() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let store = ItineraryStore(path: directory + "/itinerary.json")
    try store.update {
      $0.add(oral, addedAt: "t1")
      $0.add(poster, addedAt: "t2")
    }
    #expect(try store.update { $0.remove(oral.id) }?.id == oral.id)
    #expect(try store.clear()?.entries.map(\.id) == [poster.id])
    #expect(try store.load().isEmpty)
    #expect(
      try String(contentsOfFile: directory + "/itinerary.json", encoding: .utf8)
        == "{\n  \"version\": 1,\n  \"entries\": []\n}\n")
  }

  @Test func reportsAnEmptyFileAndLeavesIt() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let path = directory + "/itinerary.json"
    try write("", to: path)
    let store = ItineraryStore(path: path)
    #expect(throws: ItineraryStoreError.empty(path: path)) { try store.load() }
    #expect(storeError { try store.update { $0.add(oral, addedAt: "t") } } == .empty(path: path))
    #expect(storeError { try store.clear() } == .empty(path: path))
    #expect(
      ItineraryStoreError.empty(path: path).description == "\(path): the itinerary file is empty")
    #expect(bytes(path) == [])
  }

  struct UnreadableCase: CustomTestStringConvertible, Sendable {
    var content: String
    var message: String
    var testDescription: String { message }
  }

  @Test(arguments: [
    UnreadableCase(
      content:
        "{\n  \"version\": 1,\n  \"entries\": [\n    {\"id\": \"abc234\"} {\"id\": \"def567\"}\n  ]\n}\n",
      message: "4:22: expected ',' or ']'"),
    UnreadableCase(
      content: "{\n  \"version\": 1,\n  \"entries\": []\n  \"extra\": true\n}\n",
      message: "4:3: expected ',' or '}'"),
    UnreadableCase(
      content: "{\"version\": 7, \"entries\": [{\"what\": \"a future layout\"}]}\n",
      message: " unknown itinerary version 7 (this version of confsched reads version 1)"),
    UnreadableCase(
      content: "{\"version\": 1, \"entries\": [{\"id\": \"abc234\"}]}",
      message: " entries[0].title is missing"),
  ])
  func neverTouchesAnUnreadableFile(_ unreadable: UnreadableCase) throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let path = directory + "/itinerary.json"
    try write(unreadable.content, to: path)
    let before = try #require(bytes(path))
    let store = ItineraryStore(path: path)

    let error = storeError { _ = try store.load() }
    #expect(error?.description == "\(path):\(unreadable.message)")
    #expect(error?.path == path)
    #expect(storeError { try store.update { $0.add(oral, addedAt: "t") } } == error)
    #expect(storeError { try store.update { $0.remove(oral.id) } } == error)
    #expect(storeError { try store.clear() } == error)
    // Byte for byte as it was, and no temporary file left.
    #expect(bytes(path) == before)
    #expect(try listing(directory) == ["itinerary.json", "itinerary.json.lock"])

    // Only a forced clear replaces it, and says it could not read what it replaced.
    #expect(try store.clear(force: true) == nil)
    #expect(try store.load() == Itinerary())
  }

  @Test func reportsADirectoryThatCannotBeCreated() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    try write("a file, not a directory", to: directory + "/data")
    let store = ItineraryStore(path: directory + "/data/confsched/itinerary.json")
    let error = storeError { try store.update { $0.add(oral, addedAt: "t") } }
    #expect(
      error
        == .cannotCreateDirectory(path: directory + "/data/confsched", reason: "Not a directory"))
    #expect(
      error?.description == "cannot create directory '\(directory)/data/confsched': Not a directory"
    )
  }

  @Test func reportsAnItineraryPathThatIsADirectory() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let store = ItineraryStore(path: directory)
    #expect(
      throws: ItineraryStoreError.cannotRead(
        path: directory, reason: "it is a directory, not a regular file")
    ) {
      try store.load()
    }
  }

  struct EnvironmentCase: CustomTestStringConvertible, Sendable {
    var environment: [String: String]
    var path: String?
    var testDescription: String { environment.sorted { $0.key < $1.key }.description }
  }

  @Test(arguments: [
    EnvironmentCase(
      environment: ["XDG_DATA_HOME": "/xdg/data", "HOME": "/home/ada"],
      path: "/xdg/data/confsched/itinerary.json"),
    EnvironmentCase(
      environment: ["XDG_DATA_HOME": "/xdg/data/"], path: "/xdg/data/confsched/itinerary.json"),
    EnvironmentCase(
      environment: ["HOME": "/home/ada"], path: "/home/ada/.local/share/confsched/itinerary.json"),
    // The XDG specification: an empty or relative XDG_DATA_HOME is ignored.
    EnvironmentCase(
      environment: ["XDG_DATA_HOME": "", "HOME": "/home/ada/"],
      path: "/home/ada/.local/share/confsched/itinerary.json"),
    EnvironmentCase(
      environment: ["XDG_DATA_HOME": "data", "HOME": "/home/ada"],
      path: "/home/ada/.local/share/confsched/itinerary.json"),
    EnvironmentCase(environment: ["HOME": "/"], path: "/.local/share/confsched/itinerary.json"),
    EnvironmentCase(environment: ["HOME": ""], path: nil),
    EnvironmentCase(environment: [:], path: nil),
  ])
  func computesTheDefaultPathFromTheEnvironment(_ example: EnvironmentCase) {
    #expect(ItineraryStore.defaultPath(environment: example.environment) == example.path)
  }
}

/// Fifty writers adding fifty different events at once must leave fifty entries: each update
/// re-reads the file under the lock, so none overwrites another's addition.
@Suite("Itinerary store under concurrency")
struct ItineraryStoreConcurrencyTests {
  static let writers = 50
  let events = Array(tuesday2018.events.prefix(writers))

  /// Fifty threads of this process. (Fifty separate processes, through the built binary, are
  /// in ItineraryEndToEndTests; forking the test runner itself is not safe while other tests
  /// run on other threads.) Each update opens the lock file anew, and `flock` locks
  /// belong to the open file description, so the threads exclude each other as processes do.
  @Test func fiftyThreadsAllLand() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let store = ItineraryStore(path: directory + "/itinerary.json")
    let failures = Mutex<[String]>([])
    let group = DispatchGroup()
    for (index, event) in events.enumerated() {
      group.enter()
      Thread.detachNewThread {
        defer { group.leave() }
        do {
          try store.update { $0.add(event, addedAt: "thread-\(index)") }
        } catch {
          failures.withLock { $0.append("\(error)") }
        }
      }
    }
    #expect(group.wait(timeout: .now() + 120) == .success)
    #expect(failures.withLock { $0 } == [])
    let loaded = try store.load()
    #expect(loaded.count == Self.writers)
    #expect(Set(loaded.entries.map(\.id)) == Set(events.map(\.id)))
  }
}
