import BylineModel

/// The headline among the lines above the story: terse, about what the story is about, and right above
/// its byline or date.
extension MetadataExtractor {
  /// Picks the headline among the units before the body, and marks other headline-like units there as
  /// title variants. Returns the title and the site named in a title suffix ("… -Dlight News").
  static func chooseTitle(
    _ units: inout [Unit], page: Page, bodyStart: Int, bodyWords: WordSet, text: (Unit) -> String
  ) -> (String?, String?, Int?) {
    // A banner of prose above the headline (an alert, a promotion) must not hide it: when a byline or
    // date line follows shortly after the first prose, the headline may sit up to there.
    let lateMetadata = units.indices.dropFirst(min(bodyStart, units.count)).prefix(8).first {
      units[$0].label == .metadata(.byline) || units[$0].label == .metadata(.date)
    }
    let searchEnd = min(max(bodyStart, lateMetadata ?? 0), units.count)
    var candidates: [Int] = []
    // The headline sits within a few screens above the story.
    for index in max(0, searchEnd - 40)..<searchEnd where units[index].label.isUndecided {
      let features = units[index].features
      guard features.listMarker == .none, (3...30).contains(features.words), features.scalars <= 220 else { continue }
      let line = text(units[index])
      guard features.listMarker == .none, (3...30).contains(features.words), features.scalars <= 220,
        features.ending != .sentence || line.hasSuffix("?") || line.hasSuffix("!"),
        features.ending != .colon, features.ending != .comma, features.linkMarkers <= 1,
        !Self.holdsTwoSentences(line),
        !(BodyStructure.isCaption(line.lowercased())
          && (features.words < 6 || line.contains("/") || line.contains("|")))
      else { continue }
      candidates.append(index)
    }
    // The headline names what the story is about (its words recur in the prose), is headline-sized, and
    // stands right above the byline, the date or the story itself.
    func score(_ index: Int) -> Double {
      let features = units[index].features
      var content = 0
      var shared = 0
      for position in features.wordHashes.indices
      where features.wordRanges[position].count > 3 && StopWords.languageBits[features.wordHashes[position]] == nil {
        content += 1
        if bodyWords.contains(page.stemHash(of: features.wordRanges[position])) { shared += 1 }
      }
      var score = content == 0 ? 0 : 6 * Double(shared) / Double(content)
      if (4...18).contains(features.words) { score += 2 }
      let next = index + 1
      // The byline or date follows the headline, sometimes with a standfirst between them.
      let bylineFollows = (next...(index + 2)).contains { position in
        position < units.count
          && (units[position].label == .metadata(.byline) || units[position].label == .metadata(.date))
      }
      if bylineFollows { score += 3 }
      // Headlines are terse; standfirsts run longer.
      if (5...14).contains(features.words) { score += 1 }
      if features.words >= 18 { score -= 1 }
      // A kicker ("Opinion Guest Column") or a date line is not the headline.
      if features.words <= 3 { score -= 3 }
      if features.digits > 0, !DateScanner.scan(text(units[index])).isEmpty { score -= 4 }
      // A dated kicker or a "Posted on" line sits right above its headline.
      if index > 0, units[index - 1].label == .metadata(.date) { score += 2.5 }
      if searchEnd - index <= 3 { score += 1.5 }
      // Headlines come before their byline.
      if let byline = firstByline, index > byline { score -= 3 }
      // An image's alt text repeats the caption under it.
      if next < units.count, shared > 0 {
        let share = Self.containedShare(features, in: units[next].features)
        let captionFollows = units[next].features.words <= 80 && BodyStructure.isCaption(text(units[next]).lowercased())
        if share >= 0.6 || (captionFollows && share >= 0.4) { score -= 4 }
      }
      return score
    }
    let firstByline = units[..<searchEnd].firstIndex { $0.label == .metadata(.byline) }
    let scored = candidates.map { (index: $0, score: score($0)) }

    guard var chosen = scored.max(by: { ($0.score, $0.index) < ($1.score, $1.index) })?.index else {
      return (nil, nil, nil)
    }
    let before = candidates.filter { $0 <= chosen }
    // Headline then standfirst: of two candidates in a row the shorter, earlier one is the headline; of
    // two versions of one headline, the first.
    if let previous = before.last(where: { $0 < chosen }) {
      let adjacent = previous == chosen - 1
      let previousScore = scored.first { $0.index == previous }?.score ?? 0
      let chosenScore = scored.first { $0.index == chosen }?.score ?? 0
      if (adjacent && units[previous].features.words >= 5 && previousScore >= chosenScore - 1.5
        && units[previous].features.words < units[chosen].features.words)
        || (sharesContent(units[previous].features, units[chosen].features, page) && previousScore >= chosenScore - 1.5)
      {
        chosen = previous
      }
    }
    units[chosen].label = .metadata(.title)
    let titleText = text(units[chosen])
    let (title, site) = splitSiteSuffix(titleText)
    // A second headline near the first (the original's headline on a repost) shares its words.
    for index in candidates where index != chosen && abs(index - chosen) <= 4 {
      if units[index].features.words >= 5, sharesContent(units[index].features, units[chosen].features, page) {
        units[index].label = .metadata(.title)
      }
    }
    return (title, site, chosen)
  }
  /// "Subscribe and save 50%. Get a year…": a period inside, after a real word, before a capital.
  static func holdsTwoSentences(_ line: String) -> Bool {
    let scalars = Array(line.unicodeScalars)
    var index = 3
    while index + 2 < scalars.count {
      if scalars[index] == ".", scalars[index + 1] == " ", scalars[index + 2].properties.isUppercase,
        scalars[index - 1].properties.isLowercase, scalars[index - 2].properties.isLowercase,
        scalars[index - 3].properties.isAlphabetic
      {
        return true
      }
      index += 1
    }
    return false
  }
  /// The share of a line's words that also occur in another line.
  static func containedShare(_ features: LineFeatures, in other: LineFeatures) -> Double {
    guard !features.wordHashes.isEmpty else { return 0 }
    let found: Int
    if other.wordHashes.count <= 64 {
      found = features.wordHashes.filter { other.wordHashes.contains($0) }.count
    } else {
      var otherWords = WordSet(capacity: other.wordHashes.count)
      otherWords.formUnion(other.wordHashes)
      found = features.wordHashes.filter { otherWords.contains($0) }.count
    }
    return Double(found) / Double(features.wordHashes.count)
  }

  /// Whether two headlines share enough content words to be versions of one another.
  static func sharesContent(_ first: LineFeatures, _ second: LineFeatures, _ page: Page) -> Bool {
    // Words longer than three bytes, by their stems: "sign" and "signed" count as one.
    func contentStems(_ features: LineFeatures) -> [UInt64] {
      var stems: [UInt64] = []
      for range in features.wordRanges where range.count > 3 {
        let stem = page.stemHash(of: range)
        if !stems.contains(stem) { stems.append(stem) }
      }
      return stems
    }
    let one = contentStems(first)
    let two = contentStems(second)
    let shared = one.filter { two.contains($0) }.count
    return shared >= 2 && Double(shared) >= 0.3 * Double(min(one.count, two.count))
  }
}
