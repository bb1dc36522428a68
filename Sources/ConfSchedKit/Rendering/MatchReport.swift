/// What `confsched match` found, for the terminal: each mention with its file and line, and
/// the paper it matched (or the candidates, or the closest title), with the score.
public struct MatchReport: Sendable {
  /// The terminal width to fit; nil for whole lines.
  public var width: Int?
  /// Colours.
  public var style: TextStyle

  /// Creates a renderer.
  public init(width: Int?, style: TextStyle) {
    self.width = width
    self.style = style
  }

  /// The report, ending in a newline.
  public func render(_ results: [(Mention, MatchVerdict)]) -> String {
    var lines: [String] = []
    let textWidth = width.map { max($0 - 4, 30) }
    for (mention, verdict) in results {
      if !lines.isEmpty { lines.append("") }
      let file = DisplayText.printable(mention.source.file)
      lines.append(style.dim("\(file):\(mention.source.line)"))
      let text = DisplayText.printable(mention.text)
      for line in DisplayText.wrapped("“\(text)”", to: textWidth) {
        lines.append("  " + line)
      }
      if let link = mention.link { lines.append("  " + style.dim(DisplayText.printable(link))) }
      switch verdict {
      case .matched(let candidate):
        lines += describe(candidate, label: style.bold("matched  "))
      case .ambiguous(let candidates):
        for (index, candidate) in candidates.enumerated() {
          lines += describe(candidate, label: index == 0 ? style.warning("ambiguous") : "         ")
        }
      case .notFound(let best):
        let closest =
          best.map {
            "; closest \(MatchReport.score($0.score)): " + DisplayText.printable($0.event.title)
          } ?? ""
        lines.append("  " + style.dim(DisplayText.fitted("not found" + closest, to: textWidth)))
      }
    }
    let matched = results.filter { $0.1.match != nil }.count
    let ambiguous = results.filter {
      if case .ambiguous = $0.1 { return true }
      return false
    }.count
    lines.append("")
    lines.append(
      style.bold(
        "\(matched) matched, \(ambiguous) ambiguous, \(results.count - matched - ambiguous) not found"
      )
        + " of \(results.count) mentions")
    return lines.joined(separator: "\n") + "\n"
  }

  /// `matched   0.98  e53sp2  Title` and, under the title, the slot.
  private func describe(_ candidate: MatchCandidate, label: String) -> [String] {
    let event = candidate.event
    let head = "  \(label) \(MatchReport.score(candidate.score))  "
    let indent = String(repeating: " ", count: 2 + 9 + 1 + 4 + 2 + event.id.rawValue.count + 2)
    let titleWidth = width.map { max($0 - indent.count, 20) }
    var lines: [String] = []
    let title = DisplayText.printable(event.title)
    for (index, line) in DisplayText.wrapped(title, to: titleWidth).enumerated() {
      lines.append((index == 0 ? head + style.id(event.id.rawValue) + "  " : indent) + line)
    }
    for line in DisplayText.wrapped(SearchResultList.whenAndWhere(event), to: titleWidth) {
      lines.append(indent + style.dim(line))
    }
    return lines
  }

  /// Why the verdict is what it is, in a sentence: the rule that found the paper, how close
  /// the others came, or how far the closest title is from the score a match needs.
  public static func explanation(_ verdict: MatchVerdict, minScore: Double) -> String {
    switch verdict {
    case .matched(let candidate):
      return "matched \(score(candidate.score)): " + candidate.reason.explanation
    case .ambiguous(let candidates):
      return
        "\(candidates.count) titles score within \(score(Matcher.ambiguityMargin)) of each other"
        + " (\(candidates.map { score($0.score) }.joined(separator: ", "))): none is taken"
    case .notFound(let best):
      guard let best else { return "no title shares a significant word with the mention" }
      return "the closest title scores \(score(best.score)), below \(score(minScore)),"
        + " and no other rule (name, short name, acronyms, label, author) finds one paper"
    }
  }

  /// A score with two decimals.
  public static func score(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }
}
