import BylineModel

/// Article metadata read from the lines around the story: headline, byline, dates, credits.
struct ArticleMetadata {
  var title: String?

  var date: CalendarDate?

  var source: String?

  var site: String?

  var authors: [String] = []
}

/// Reads metadata from units that are not body text, and marks the units it used.
///
/// Before the body is sought, `claimLines` and `claimNameLines` take the bylines, date lines, credits and
/// copyright lines (which must not be mistaken for short paragraphs); `chooseTitle` then picks the
/// headline. The readers of each kind of line live beside this file: `DateLine`, `BylineReader`,
/// `OutletCredits`, `HeadlineChooser`.
struct MetadataExtractor {
  let page: Page

  /// What a unit said, when it said something about the article.
  struct DateCandidate {
    var date: CalendarDate
    /// Higher wins: an explicit "Published" beats a byline date, which beats a credit line's date.
    var priority: Int
    /// The unit it was read from, if that unit is a date line.
    var unit: Int? = nil
  }

  var dateCandidates: [DateCandidate] = []

  var bylineAuthors: [String] = []

  var creditedSource: String?

  var bylineSource: String?

  var copyrightOwner: String?

  var bioSite: String?

  init(page: Page) { self.page = page }

  func text(_ unit: Unit) -> String { page.text(of: unit) }

  /// Claims date lines, bylines, credit and source lines among units not yet labelled.
  /// `headerEnd` is the index of the first unit of running prose: bylines only count before it.
  mutating func claimLines(_ units: inout [Unit], headerEnd: Int) {
    for index in units.indices {
      let unit = units[index]
      let features = unit.features
      let inHeader = index < headerEnd
      // Reading a unit's text is the costly part; most units are prose that no rule below could claim, and
      // the word hashes tell which rules could.
      guard features.words <= 40 else { continue }
      let mayCredit = Self.mayCarryMetadata(features, page)
      let mayByline = inHeader && features.words <= 24 && Self.mayBeByline(features, page)
      // Date lines rarely end like a sentence; short paragraphs with figures do.
      let mayDate =
        features.digits > 0 && features.words <= 26 && (inHeader || mayCredit || index == headerEnd)
        && (features.ending != .sentence || features.words <= 6 || endsWithMeridiem(unit))
      guard mayCredit || mayByline || mayDate else { continue }
      let line = text(unit)
      let lowered = line.lowercased()

      if mayCredit, let (outlet, date) = creditLine(line, features) {
        if let outlet { creditedSource = creditedSource ?? outlet }
        if let date { dateCandidates.append(DateCandidate(date: date, priority: 1)) }
        units[index].label = .metadata(.source)
        continue
      }
      if mayCredit, features.words <= 24, Self.isCompilerCredit(lowered) {
        units[index].label = .metadata(.credit)
        continue
      }
      if mayCredit, let copyright = copyrightHolder(line) {
        copyrightOwner = copyrightOwner ?? copyright
        if unit.label == .undecided || unit.label == .boilerplate("footer") {
          units[index].label = .metadata(.source)
        }
        continue
      }
      // Link-heavy lines (lynx bylines link the author) and forum furniture may still carry the date or byline.
      let eligible =
        unit.label.isUndecided || unit.label == .boilerplate("navigation")
        || unit.label == .boilerplate("forum chrome")
      if !eligible {
        // "Published May 15, 2025 at 6:12 p.m." ends on a full stop like prose and may have been taken for the
        // first paragraph; a line that is only a date is the date.
        if index <= headerEnd, mayDate, case .body = unit.label, let found = Self.dateLine(line), !found.labelled {
          claimDate(found, lowered: lowered, at: index, units: &units, inHeader: true)
        }
        continue
      }
      // A line that is only a date (with its usual words) is a date line; one with other words around a
      // date may be a byline that carries the date ("By Hélène Varga | 13 March 2025").
      let dated = mayDate ? Self.dateLine(line) : nil
      if let found = dated, !found.labelled {
        claimDate(found, lowered: lowered, at: index, units: &units, inHeader: inHeader)
        continue
      }
      if mayByline, let byline = byline(Self.withoutLinkNumbers(line)) {
        bylineAuthors += byline.authors.filter { !bylineAuthors.contains($0) }
        if let outlet = byline.outlet { bylineSource = bylineSource ?? outlet }
        if let date = byline.date { dateCandidates.append(DateCandidate(date: date, priority: 4)) }
        units[index].label = .metadata(.byline)
        continue
      }
      if let found = dated { claimDate(found, lowered: lowered, at: index, units: &units, inHeader: inHeader) }
    }
  }

  private mutating func claimDate(
    _ found: (date: CalendarDate, explicit: Bool, labelled: Bool), lowered: String, at index: Int,
    units: inout [Unit], inHeader: Bool
  ) {
    guard inHeader || found.explicit else { return }
    if index > 0, Self.isProfileLabel(text(units[index - 1])) { return }
    let priority = found.explicit && !lowered.hasPrefix("updated") ? 3 : 2
    dateCandidates.append(DateCandidate(date: found.date, priority: priority, unit: index))
    units[index].label = .metadata(.date)
  }

  /// First words of the lines this extractor claims outside the header: credits, sources, copyrights.
  static let metadataOpeners = WordTable(words: [
    "source", "sources", "credit", "credits", "courtesy", "via", "originally", "quelle", "fuente",
    "prepared", "compiled", "edited", "editing", "translated", "additional", "reporting", "produced", "fact",
    "photos", "photographs", "photo", "photography", "pictures", "illustration", "illustrations", "video",
    "copyright", "published", "posted", "updated", "medically", "reviewed", "checked",
  ])

  static let metadataMarkers = WordTable(words: [
    "copyright", "originally", "republished", "reprinted", "published", "trademark",
  ])

  /// Whether a unit outside the header could be a credit, source, copyright or explicit date line.
  /// Whether a unit's text ends on a clock time's "a.m." or "p.m.", whose full stop is no sentence's.
  private func endsWithMeridiem(_ unit: Unit) -> Bool {
    let content = page.lines[unit.lines.upperBound - 1].content
    guard content.count >= 4 else { return false }
    let tail = page.bytes[(content.upperBound - 4)..<content.upperBound].map { $0 | 0x20 }
    return tail == Array("a.m.".utf8) || tail == Array("p.m.".utf8)
  }

  static func mayCarryMetadata(_ features: LineFeatures, _ page: Page) -> Bool {
    if let first = features.wordHashes.first, metadataOpeners.contains(first) { return true }
    if features.words <= 30, features.wordHashes.contains(where: { metadataMarkers.contains($0) }) { return true }
    return features.hasCopyrightSign
  }

  /// Labels of a user's profile whose dates are not the article's: "Joined", "Member since".
  static func isProfileLabel(_ line: String) -> Bool {
    ["joined", "joined:", "member since", "registered", "registered:", "last seen", "birthday"]
      .contains(line.lowercased())
  }
}
