import Testing

@testable import ConfSchedKit

/// The index is built in one pass, words kept as numbers and postings coded in place from them
/// (`SearchIndex.Builder`): checked here against an index worked out event by event, word by
/// word, from `TextFolding.words` and `WordForms.key`, the definitions a search uses.
@Suite("Index building")
struct IndexBuildingTests {
  /// Events with what the builder must get right: accents, ligatures, combining marks, CJK,
  /// stopwords, authors with and without affiliations, empty and missing fields, a word
  /// repeated across fields and events, and a field longer than 65,535 words.
  static let varied: [Event] = {
    let here = SourceLocation(file: "varied.md", line: 1)
    return [
      Event(
        kind: .poster, title: "Neural Tangent Kernel (NTK): the ﬁne Straße of Gaëtan",
        authors: [
          Author(name: "Gaëtan Hadjeres", affiliation: "Sony CSL"),
          Author(name: "Markus Püschel"), Author(name: "", affiliation: "ETH — Zürich"),
        ],
        session: "Room 210 & 230 AB",
        abstract: "We study the neural tangent kernel (NTK) of e\u{301}tudes.",
        notes: "see the NTK talk", source: here),
      Event(kind: .oral, title: "", source: here),
      Event(
        kind: .invitedTalk, title: "深度学习 and the Θ of optimisation; optimizations…",
        authors: [Author(name: "Ng", affiliation: nil)], abstract: "", source: here),
      Event(
        kind: .poster, title: "Kernel kernels KERNEL",
        abstract: String(repeating: "tangent neural ", count: 33_000) + "kernel", source: here),
      Event(
        kind: .poster, title: "A generative adversarial network (GAN) for GANs",
        authors: [Author(name: "Ian Goodfellow", affiliation: "Google Brain")],
        session: "Deep Learning", notes: "", source: here),
    ]
  }()

  /// The postings of every key, worked out the slow way: key text to packed postings.
  static func expectedPostings(_ events: [Event]) -> [String: [UInt64]] {
    var postings: [String: [UInt64]] = [:]
    for (number, event) in events.enumerated() {
      func add(_ text: String, _ field: SearchIndex.Field, _ position: inout Int) {
        for word in TextFolding.words(text) where !SearchStopwords.contains(Array(word.utf8)) {
          let packed =
            UInt64(number) << 24 | UInt64(field.rawValue) << 16 | UInt64(min(position, 0xFFFF))
          postings[WordForms.key(String(word)), default: []].append(packed)
          position += 1
        }
      }
      var position = 0
      add(event.title, .title, &position)
      position = 0
      for author in event.authors {
        add(author.name, .authors, &position)
        if let affiliation = author.affiliation { add(affiliation, .authors, &position) }
        position += 2
      }
      for (text, field) in [
        (event.session, SearchIndex.Field.session), (event.abstract, .abstract),
        (event.notes, .notes),
      ] {
        position = 0
        if let text { add(text, field, &position) }
      }
    }
    return postings
  }

  @Test(arguments: ["varied", "2018 Tuesday"])
  func buildsThePostingsOfTheSlowWay(_ name: String) {
    let events = name == "varied" ? Self.varied : tuesday2018.events
    let index = SearchIndex(events)
    let expected = Self.expectedPostings(events)
    #expect(index.keys.count == expected.count, "\(name)")
    for (key, postings) in expected {
      guard let id = index.keys.id(of: Array(key.utf8)) else {
        Issue.record("\(name): no key \(key)")
        continue
      }
      #expect(Array(index.postings(of: id)) == postings, "\(name): \(key)")
    }
    // Every word as written is in the vocabulary, with its key (or none for a stopword).
    for event in events {
      for word in TextFolding.words([event.title, event.abstract ?? ""].joined(separator: " ")) {
        guard let id = index.terms.id(of: Array(word.utf8)) else {
          Issue.record("\(name): no word \(word)")
          continue
        }
        let key = index.key(ofTerm: id)
        if SearchStopwords.contains(Array(word.utf8)) {
          #expect(key == -1)
        } else {
          #expect(index.keys.string(Int(key)) == WordForms.key(String(word)))
        }
      }
    }
    // Each field's length counts its indexed words.
    for (number, event) in events.enumerated() {
      let words = TextFolding.words(event.title).filter {
        !SearchStopwords.contains(Array($0.utf8))
      }
      #expect(index.length(number, SearchIndex.Field.title.rawValue) == words.count)
    }
  }

  /// Built by two threads (`SharedBuild`), however the chunks fall to each (all to the front,
  /// all to the back, both at once; one chunk, a few, more chunks than events), the index is
  /// the one thread's index, byte for byte: the same numbering of words and keys, the same
  /// postings, lengths and acronyms.
  @Test(arguments: [1, 3, 64, 5000])
  func twoThreadsBuildTheOneThreadIndex(chunks: Int) {
    let lists = [Self.varied, tuesday2018.events, [], Array(Self.varied.prefix(2))]
    let expected = Self.encoded(SearchIndex(eventsOf: lists))
    // All to the front, all to the back, and both threads at once.
    let front = SearchIndex.SharedBuild(lists, chunks: chunks)
    let frontBuilt = front.buildFromFront()
    #expect(front.frontTookAll)
    let frontOnly = front.index(front: frontBuilt, back: front.buildFromBack())
    let back = SearchIndex.SharedBuild(lists, chunks: chunks)
    let backFirst = back.buildFromBack()
    let backOnly = back.index(front: back.buildFromFront(), back: backFirst)
    #expect(!back.frontTookAll)
    let both = SearchIndex.SharedBuild(lists, chunks: chunks)
    let (tail, head) = Concurrently.run({ both.buildFromBack() }, { both.buildFromFront() })
    let together = both.index(front: head, back: tail)
    for index in [frontOnly, backOnly, together] {
      #expect(index.eventCount == lists.reduce(0) { $0 + $1.count })
      #expect(Self.encoded(index) == expected)
    }
    #expect(backOnly.acronyms == SearchIndex(eventsOf: lists).acronyms)
    #expect(!backOnly.acronyms.expansions.isEmpty)
  }

  /// Coded by two threads (the second half of the words by the second, each key's after the
  /// first half's, its first coded against the first half's last), the postings are the one
  /// thread's, wherever the halves meet: in a field of 66,000 words or between two short ones.
  /// And they are the bytes of each key's postings, worked out from the words one by one,
  /// written with `SnapshotWriter.int` as differences, the keys in the places given.
  @Test(arguments: [0, 1, 2, 7])
  func twoThreadsCodeTheOneThreadPostings(_ rotation: Int) {
    let events = Self.varied + tuesday2018.events
    let rotated = Array(events[rotation...] + events[..<rotation])
    var builder = SearchIndex.Builder(eventCount: rotated.count)
    for (number, event) in rotated.enumerated() { builder.add(event, number: number) }
    // The halves meet before the last run: the second thread has work.
    let half = builder.wordKeys.count / 2
    let cut = builder.runs.firstIndex { $0.end >= half }
    #expect(cut.map { $0 + 1 < builder.runs.count } == true)
    #expect(builder.wordKeys.count > 100_000)
    // Places that are not the keys' numbers: the last key first.
    let places = (0..<builder.keys.count).map { Int32(builder.keys.count - 1 - $0) }
    let one = builder.encodedPostings(rank: places, wordsForTwoThreads: Int.max)
    let two = builder.encodedPostings(rank: places, wordsForTwoThreads: 1)
    #expect(two.starts == one.starts)
    #expect(two.region == one.region)
    // The slow way: each key's packed postings in document order, then coded place by place.
    var postings = [[UInt64]](repeating: [], count: builder.keys.count)
    var begin = 0
    for run in builder.runs {
      for (offset, index) in (begin..<run.end).enumerated() {
        let position = UInt64(min(run.position + offset, 0xFFFF))
        postings[Int(builder.wordKeys[index])].append(run.base | position)
      }
      begin = run.end
    }
    var writer = SnapshotWriter()
    var starts = [0]
    for key in (0..<builder.keys.count).reversed() {
      var previous: UInt64 = 0
      for posting in postings[key] {
        writer.int(Int(posting - previous))
        previous = posting
      }
      starts.append(writer.count)
    }
    #expect(one.starts == starts)
    #expect(one.region == writer.bytes)
  }

  /// The bytes the first pass counts for a difference are the bytes `SnapshotWriter.write`
  /// writes for it.
  @Test func countsTheBytesTheWriterWrites() {
    var deltas: [UInt64] = [0, 1, 30, 31, 32, 33, 1022, 1023, 1024, UInt64(Int.max) - 1]
    for shift in 0..<62 { deltas += [1 << shift, (1 << shift) - 1, (1 << shift) + 1] }
    var buffer = [UInt8](repeating: 0, count: SnapshotWriter.intBytesAtMost)
    for delta in deltas {
      let written = buffer.withUnsafeMutableBufferPointer {
        SnapshotWriter.write(Int(delta), at: $0.baseAddress!)
      }
      #expect(SearchIndex.Builder.Tally.codedLength(delta) == written, "\(delta)")
    }
  }

  static func encoded(_ index: SearchIndex) -> [UInt8] {
    var writer = SnapshotWriter()
    index.encode(into: &writer)
    return writer.bytes
  }

  @Test func rankedResultsSurviveTheSnapshot() {
    // The index frozen and thawed answers as the one built: what `sources add` writes is what
    // a later search reads.
    let schedule = Schedule([
      Schedule.Part(
        file: "varied.md", family: nil, conferences: [], events: Self.varied, diagnostics: [])
    ])
    let index = SearchIndex(schedule.events)
    let text = ScheduleSnapshot.encode(schedule, index: index)
    guard let thawed = ScheduleSnapshot.decode(text)?.index else {
      Issue.record("the snapshot does not thaw")
      return
    }
    for query in [
      "neural tangent", "NTK", "gaetan", "puschel", "optimization", "\"tangent neural\"", "gan",
      "深度学习", "kernel",
    ] {
      let built = index.search(SearchQuery(query)).hits.map(\.eventIndex)
      let read = thawed.search(SearchQuery(query)).hits.map(\.eventIndex)
      #expect(built == read, "\(query)")
      #expect(!built.isEmpty, "\(query)")
    }
    #expect(index.acronyms.expansions["ntk"] == [["neural", "tangent", "kernel"]])
  }

  @Test func foldsWordsAsTheFoldDoes() {
    let texts = [
      "", " ", "Gaëtan Hadjeres", "ﬁne ﬂow ﬀ", "Straße", "e\u{301}tude", "深度学习 Θ", "a—b–c",
      "x\u{200B}y", "Æsop œuvre", "ÿ×÷", "AT&T's  \"quoted\"", "tab\there\nnewline",
    ]
    for text in texts {
      var scratch: [UInt8] = []
      var words: [String] = []
      text.withUTF8Bytes { bytes in
        TextFolding.forEachWord(bytes, scratch: &scratch) {
          words.append(String(decoding: $0, as: UTF8.self))
        }
      }
      #expect(words == TextFolding.words(text).map(String.init), "\(text)")
    }
    // Bytes that are not UTF-8 separate words, as in the fold.
    var scratch: [UInt8] = []
    var words: [String] = []
    let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xC3, 0x63]
    bytes.withUnsafeBufferPointer { buffer in
      TextFolding.forEachWord(buffer, scratch: &scratch) {
        words.append(String(decoding: $0, as: UTF8.self))
      }
    }
    var folded: [UInt8] = []
    bytes.withUnsafeBufferPointer { TextFolding.fold($0, into: &folded) }
    #expect(words.joined(separator: " ") == String(decoding: folded, as: UTF8.self))
  }
}
