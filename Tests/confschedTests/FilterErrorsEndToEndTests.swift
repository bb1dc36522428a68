import Testing

/// A mistyped filter value is a usage error with a suggestion; a well-formed value that the
/// loaded dumps simply do not hold is "nothing matched".
@Suite("Filter values end to end")
struct FilterErrorsEndToEndTests {
  @Test func aMistypedKindGetsASuggestion() throws {
    let run = try confsched(["search", "gan", "--kind", "postr"])
    #expect(run.status == 64)
    #expect(run.stdout == "")
    #expect(
      run.stderr.hasPrefix("Error: No loaded event is of kind 'postr'. Did you mean 'poster'?"))
  }

  @Test func aKindTheDumpsDoNotHoldMatchesNothing() throws {
    let run = try confsched(["list", "--kind", "workshop", "--year", "2018"])
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("confsched: no loaded event is of kind 'workshop'; kinds: Break,"))
  }

  @Test func aMistypedConferenceGetsASuggestion() throws {
    let run = try confsched(["list", "--conference", "neurips2019"])
    #expect(run.status == 64)
    #expect(
      run.stderr.hasPrefix(
        "Error: No loaded conference is 'neurips2019'. Did you mean 'neurips-2019'?"))
    let absent = try confsched(["list", "--conference", "neurips-2017"])
    #expect(absent.status == 1)
    #expect(
      absent.stderr
        == "confsched: no loaded conference is 'neurips-2017'; loaded: neurips-2018, neurips-2019\n"
    )
  }

  @Test func anEmptyTimeWindowIsAUsageError() throws {
    let run = try confsched(["list", "--from", "17:00", "--to", "10:00"])
    #expect(run.status == 64)
    #expect(
      run.stderr.hasPrefix(
        "Error: --to 10:00 is not after --from 17:00; the window would hold nothing.\n"))
  }
}
