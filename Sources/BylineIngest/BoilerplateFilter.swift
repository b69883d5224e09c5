/// Decides, unit by unit, what is story and what is page: jusText's content classes (length, stop-word
/// density, link density) smoothed by context, and the body taken as the densest run of prose, bounded
/// by the section markers that end an article on any site ("Related articles", "Comments", "Sign in").
struct BoilerplateFilter {
  /// Index into `StopWords.languages`, or nil for languages without a stop list.
  let language: Int?

  // MARK: - Content classes

  /// jusText's classes, with thresholds loosened for short news paragraphs.
  func quality(_ features: LineFeatures) -> Unit.Quality {
    // A Chinese or Japanese character carries about as much as three Latin letters.
    let length = features.script?.writesWithoutSpaces == true ? features.scalars * 3 : features.scalars
    let stopRatio = language.map { features.stopWordRatio(language: $0) } ?? 0.3
    let threshold = language == 0 ? 0.22 : 0.15
    if features.linkMarkers * 8 > max(features.words, 1) { return .bad }
    if language == nil {
      // No stop list for this language: sentences and length must do.
      if length >= 80 && features.ending == .sentence { return .good }
      return length >= 50 ? .nearGood : .short
    }
    if length >= 100 && stopRatio >= threshold { return .good }
    if length >= 50 && stopRatio >= threshold && features.ending == .sentence { return .good }
    if length >= 50 && stopRatio >= threshold * 0.7 { return .nearGood }
    if length < 70 { return .short }
    return .bad
  }

  // MARK: - The body region

  /// Section headings after which a page holds no more story.
  static let endReasons: Set<String> = [
    "related links", "comments/reactions", "sign-in", "forum chrome", "footer",
    "link references", "author bio",
  ]

  /// The run of units with the most prose in it: a maximum-sum segment where prose adds its words and
  /// chrome subtracts. A section heading that ends articles ("Comments (6)", "Related articles") is a wall
  /// the run cannot cross, however much prose lies beyond it (comments are prose too).
  /// The story starts after its headline: `titleIndex`, when known, is a wall too.
  func bodyRegion(_ units: [Unit], titleIndex: Int?) -> ClosedRange<Int>? {
    var best: (sum: Int, range: ClosedRange<Int>)? = nil
    var sum = 0
    var start = 0
    for (index, unit) in units.enumerated() {
      if isWall(unit) || index <= (titleIndex ?? -1) {
        sum = 0
        start = index + 1
        continue
      }
      let weight = self.weight(unit)
      if sum <= 0 {
        sum = 0
        start = index
      }
      sum += weight
      if sum > 0, weight > 0, sum > (best?.sum ?? 0) {
        best = (sum, start...index)
      }
    }
    guard var range = best?.range else { return nil }
    // Leading weight-neutral units (headings, captions) stay outside unless prose follows them inside.
    while range.lowerBound < range.upperBound, weight(units[range.lowerBound]) <= 0,
      !units[range.lowerBound].label.isUndecided
    {
      range = (range.lowerBound + 1)...range.upperBound
    }
    // A heading right above the first paragraph ("Key Points") opens the body.
    let before = range.lowerBound - 1
    if before >= 0, units[before].label.isUndecided, units[before].quality == .short,
      units[before].features.words <= 8, units[before].features.ending == .other
    {
      range = before...range.upperBound
    }
    return range
  }

  /// A short line made wholly of an end-of-article section's words.
  private func isWall(_ unit: Unit) -> Bool {
    // An author's biography closes the story, however long it is.
    if unit.label == .boilerplate("author bio") { return true }
    // "Read also:" with a colon introduces a few links set into the story, which goes on after them.
    guard unit.label.isBoilerplate, unit.features.words <= 5, unit.features.ending != .colon else { return false }
    let match = ChromeLexicon.match(unit.features.wordHashes)
    let uncovered = unit.features.words - match.coveredWords - unit.features.digits.signum()
    return uncovered <= 0 && match.coverage.keys.contains { Self.endReasons.contains($0) }
  }

  private func weight(_ unit: Unit) -> Int {
    let words = unit.features.words
    switch unit.label {
    case .metadata: return 0
    case .boilerplate:
      return -(3 + words)
    default: break
    }
    switch unit.quality {
    case .good: return words
    case .nearGood: return words / 2
    case .short: return -1
    case .bad: return -(words / 2 + 2)
    }
  }
}
