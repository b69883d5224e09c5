import BylineModel

/// Turns the bytes of one scraped page into an `Article`.
public enum ArticleParser {
  /// Parses one file's bytes. Throws `IngestError` when the bytes are not text at all.
  public static func parse(bytes: [UInt8], id: String, path: String) throws(IngestError) -> Article {
    let (article, draft) = try parseWithDraft(bytes: bytes, id: id, path: path)
    var articles = [article]
    _ = EntityUnifier.unify(&articles, drafts: [draft])
    return articles[0]
  }

  /// Parses one file and analyses its semantics, leaving what needs the whole corpus in the draft.
  static func parseWithDraft(bytes: [UInt8], id: String, path: String) throws(IngestError) -> (Article, SemanticDraft) {
    let decoded = try TextDecoding.decode(bytes)
    let page = Page(bytes: decoded.bytes)
    guard page.lines.contains(where: { !$0.isBlank }) else { throw .unreadable("only whitespace") }
    var reading = PageReading(page: page)
    reading.classify()
    var warnings = decoded.warnings
    if Self.looksLikeMarkup(page) {
      warnings.append("looks like HTML source; byline reads pages as text (render it first, e.g. w3m -dump page.html)")
    }
    var article = reading.article(id: id, path: path, encoding: decoded.encoding, warnings: warnings)
    var draft = SemanticAnalysis.analyze(&article)
    article.compact()
    draft.compact()
    return (article, draft)
  }
}

extension ArticleParser {
  /// Whether the page is markup rather than rendered text: it opens with a doctype or an html tag.
  static func looksLikeMarkup(_ page: Page) -> Bool {
    guard let first = page.lines.first(where: { !$0.isBlank }) else { return false }
    let head = page.bytes[first.content].prefix(15).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    return head.starts(with: Array("<!doctype".utf8)) || head.starts(with: Array("<html".utf8))
      || head.starts(with: Array("<?xml".utf8))
  }
}

/// Why an input did not become an article.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
  case empty
  case binary
  case unreadable(String)

  public var description: String {
    switch self {
    case .empty: return "empty file"
    case .binary: return "binary file, not text"
    case .unreadable(let why): return why
    }
  }
}

/// One page on its way to an article: units, their labels, and the metadata found.
struct PageReading {
  let page: Page
  var units: [Unit] = []
  var script: Script?
  var languageIndex: Int?
  var metadata = ArticleMetadata()

  init(page: Page) { self.page = page }

  mutating func classify() {
    let features = page.bytes.withUnsafeBufferPointer { buffer in
      page.lines.map { $0.isBlank ? LineFeatures() : LineFeatures(buffer, $0.content) }
    }
    (script, languageIndex) = Self.language(features)
    units = PageLayout.units(page, features, wrapWidth: PageLayout.wrapWidth(page, features))

    let chrome = ChromeDetector(page: page, bodyScript: script)
    let filter = BoilerplateFilter(language: languageIndex)
    for index in units.indices {
      units[index].quality = filter.quality(units[index].features)
      if let reason = chrome.reason(units[index]) {
        // A long paragraph that merely mentions "cookies" or "sign in" stays prose.
        if units[index].quality != .good || units[index].features.words <= 25 || reason == "foreign-language teaser"
          || reason == "cookie notice"
        {
          units[index].label = .boilerplate(reason)
        }
      }
    }
    ChromeDetector.markMenus(&units, language: languageIndex)
    // The story is the densest run of prose; sidebars and teasers printed above it are not its start.
    // Running prose ends its sentences; a long headline, or one that asks a question, does not.
    let provisional = filter.bodyRegion(units, titleIndex: nil)
    let firstProse =
      units.indices.first { index in
        let unit = units[index]
        return index >= (provisional?.lowerBound ?? 0) && unit.quality == .good && unit.label.isUndecided
          && ((unit.features.ending == .sentence && !unit.features.endsWithQuestion) || unit.features.words >= 40)
      } ?? units.count

    // Bylines and date lines sit above the story or just under its standfirst.
    // A standfirst and a caption may come before the byline; the fourth paragraph of prose is story.
    var proseSeen = 0
    var fourthProse = units.count
    for index in units.indices.dropFirst(min(firstProse, units.count))
    where units[index].quality == .good && units[index].label.isUndecided {
      proseSeen += 1
      if proseSeen == 4 {
        fourthProse = index
        break
      }
    }
    let headerEnd = min(fourthProse, firstProse + 8)
    var extractor = MetadataExtractor(page: page)
    extractor.claimLines(&units, headerEnd: headerEnd)
    extractor.claimNameLines(&units, headerEnd: headerEnd)
    var bodyWords = WordSet(capacity: 1024)
    for index in units.indices
    where units[index].quality == .good && units[index].label.isUndecided && units[index].features.words <= 400 {
      for range in units[index].features.wordRanges { bodyWords.insert(page.stemHash(of: range)) }
    }
    let (title, titleSite, titleIndex) = MetadataExtractor.chooseTitle(
      &units, page: page, bodyStart: firstProse, bodyWords: bodyWords
    ) { extractor.text($0) }
    demoteSiteDates(titleIndex: titleIndex, extractor: &extractor)
    markAuthorBoxes(authors: extractor.bylineAuthors, extractor: &extractor)

    let region = filter.bodyRegion(units, titleIndex: titleIndex)
    BodyStructure(page: page).assign(&units, region: region, titleIndex: titleIndex)

    metadata.title = title
    metadata.authors = extractor.bylineAuthors
    metadata.date = extractor.dateCandidates.max { $0.priority < $1.priority }?.date
    // House lines sit in the header (a promo) or open the story (a wire dateline).
    let signatureZone = units.indices.prefix(min(headerEnd + 2, units.count))
    var signature: String?
    let unlock = StopWords.hash(Array("unlock".utf8)[...])
    for index in signatureZone where units[index].features.words <= 80 {
      // Every signature holds an outlet in brackets or opens with "Unlock".
      let bytes = page.bytes[units[index].features.body]
      guard bytes.contains(0x28) || units[index].features.wordHashes.first == unlock else { continue }
      signature = MetadataExtractor.signatureOutlet(extractor.text(units[index]).lowercased())
      if signature != nil { break }
    }
    let masthead = MetadataExtractor.masthead(units, before: titleIndex) { extractor.text($0) }
    metadata.site = titleSite ?? masthead ?? extractor.copyrightOwner ?? extractor.bioSite
    metadata.source = extractor.creditedSource ?? extractor.bylineSource ?? signature ?? metadata.site
  }

  /// A date line above the headline is the site's clock, not the article's date.
  private mutating func demoteSiteDates(titleIndex: Int?, extractor: inout MetadataExtractor) {
    guard let titleIndex else { return }
    for index in 0..<titleIndex where units[index].label == .metadata(.date) {
      // The site's clock sits at the top of the page and names the weekday; a dated kicker right above
      // a headline ("Press Release | January 30, 2024") is the article's own date.
      let line = extractor.text(units[index]).lowercased()
      let namesWeekday = Self.weekdays.contains { line.contains($0) }
      guard index <= 1 || namesWeekday else { continue }
      units[index].label = .boilerplate("site date")
      extractor.dateCandidates.removeAll { $0.unit == index }
    }
  }

  static let weekdays = [
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
  ]

  // MARK: - Building the article

  func article(id: String, path: String, encoding: String, warnings: [String]) -> Article {
    var article = Article(id: id, path: path, encoding: encoding, warnings: warnings)
    article.title = metadata.title
    article.date = metadata.date
    article.source = metadata.source
    article.site = metadata.site
    article.authors = metadata.authors
    article.language = Self.languageCode(script: script, index: languageIndex)
    var body: [UInt8] = []
    var blocks: [Block] = []
    var sentences: [Sentence] = []
    for unit in units {
      switch unit.label {
      case .body(let kind):
        if !body.isEmpty { body += [0x0A, 0x0A] }
        let start = body.count
        for (position, lineIndex) in unit.lines.enumerated() {
          if position > 0 { body.append(0x20) }
          let range = position == 0 ? unit.features.body : page.lines[lineIndex].content
          body += page.bytes[range]
        }
        let blockRange = start..<body.count
        let blockIndex = blocks.count
        blocks.append(
          Block(
            kind: kind, range: blockRange,
            lines: page.lines[unit.lines.lowerBound].number...page.lines[(unit.lines.upperBound - 1)].number))
        let pieces = body.withUnsafeBufferPointer { SentenceSplitter.split($0, in: blockRange) }
        sentences += pieces.map { Sentence(block: blockIndex, range: $0) }
      case .metadata(let role):
        for lineIndex in unit.lines {
          let line = page.lines[lineIndex]
          article.metadataLines.append(
            MetadataLine(line: line.number, text: page.text(line), role: role))
        }
      case .boilerplate(let reason):
        for lineIndex in unit.lines {
          let line = page.lines[lineIndex]
          article.boilerplate.append(BoilerplateLine(line: line.number, text: page.text(line), reason: reason))
        }
      case .undecided:
        for lineIndex in unit.lines {
          let line = page.lines[lineIndex]
          article.boilerplate.append(BoilerplateLine(line: line.number, text: page.text(line), reason: "unclassified"))
        }
      }
    }
    article.text = String(decoding: body, as: UTF8.self)
    article.blocks = blocks
    article.sentences = sentences
    return article
  }

}
