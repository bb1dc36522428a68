import ConfSchedData
import Testing

@testable import ConfSchedKit

/// Reads inline dump text with the card reader.
func readCards(_ text: String, name: String = "inline.txt", year: Int? = nil) -> ReadResult {
  CardReader.read(DumpSource(name: name, text: text), options: ReadOptions(year: year))
}

/// The bundled dump with this file name in Data/.
func bundled(_ name: String) throws -> DumpSource {
  let dump = try #require(BundledDump.all.first { $0.name == name }, "\(name) is not in Data/")
  return DumpSource(name: dump.name, text: dump.text)
}

/// The schedule of the bundled NeurIPS 2018 Tuesday, read once.
let tuesday2018: Schedule = {
  let dump = BundledDump.all.first { $0.name == "neurips-2018-12-04.txt" }
  let source = DumpSource(name: dump?.name ?? "", text: dump?.text ?? "")
  return Schedule([CardReader.read(source)])
}()

/// The folder of test fixtures: Tests/Fixtures.
let fixtures: String = {
  var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(3)  // Tests/ConfSchedKitTests/Helpers/Fixtures.swift
  return parts.joined(separator: "/") + "/Fixtures"
}()

/// A card with the usual parts, for inline cases.
func card(
  title: String, header: String = "Poster | Tue Dec 4th 10:45 AM -- 12:45 PM @ Room 210 #1",
  authors: String? = "Ada Lovelace · Alan Turing", abstract: String? = "An abstract."
) -> String {
  [title, header, authors, abstract].compactMap { $0 }.joined(separator: "\n\n")
}

extension Schedule {
  /// A schedule of what readers returned, as the loader builds one (tests read dumps directly).
  init(_ results: [ReadResult]) {
    self.init(results.map(\.part))
  }
}
