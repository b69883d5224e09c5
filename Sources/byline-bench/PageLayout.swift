/// The shape of one scraped page, top to bottom, as the seed pages show it: site header and "today"
/// date, headline, byline with a publication date, sometimes a photo caption, Key Points, the body
/// with section headings, then the chrome a browser copy drags along (author box, related links,
/// advertising, share buttons, sign-in and cookie prompts, copyright, teasers in other scripts).
///
/// Every non-empty line is tallied as body block, metadata or boilerplate, mirroring the gold
/// annotation's rule that each line lands in exactly one of the three.
extension ArticleWriter {
  /// Chooses how this page was scraped. Shares are rough guesses at a crawl of many sites.
  static func pageStyle(random: inout RandomSource) -> PageStyle {
    var style = PageStyle()
    style.lineEnding =
      [.lineFeed, .carriageReturnLineFeed, .mixed, .carriageReturn][
        random.weighted([80, 15, 4, 1])]
    style.encoding =
      [.utf8, .utf8WithBOM, .windows1252, .utf16LittleEndian][random.weighted([925, 60, 10, 5])]
    style.quoteMarks = [.curly, .straight, .guillemets][random.weighted([82, 15, 3])]
    style.paragraphIndents =
      [[""], ["    "], ["  • ", "    ", "    "], ["  "]][random.weighted([75, 10, 8, 7])]
    style.nonBreakingSpacers = random.chance(0.08)
    style.trailingNonBreakingSpaces = random.chance(0.12)
    style.endsWithNewline = random.chance(0.92)
    return style
  }

  /// Composes the whole page into `bytes` (UTF-8) and fills `tally`.
  mutating func writePage() {
    let today = published.adding(days: random.int(in: 0...45))
    writeSiteHeader(today: today)
    writeHeadline()
    let creditAtEnd = writeByline()
    if random.chance(0.4) { writeCaption() }
    if random.chance(0.12) { writeKeyPoints() }
    writeBody()
    if random.chance(0.08) { metadataLine("Prepared by: {personFull}") }
    if creditAtEnd {
      // 001 "Source: CNBC WED, JUN 19 2024", 003 "Credit: BBC 2024-06-20".
      let line =
        random.chance(0.5)
        ? "Source: \(source) \(published.wire)" : "Credit: \(source) \(published.iso)"
      metadataLine(line)
    }
    writeChrome(hasAuthor: !creditAtEnd)
    if !style.endsWithNewline { removeFinalLineEnd() }
  }

  // MARK: - Lines

  /// Ends a line with the page's line ending (each line draws its own in a mixed page).
  mutating func endLine() {
    if style.trailingNonBreakingSpaces && random.chance(0.25) { bytes += [0x20, 0xC2, 0xA0] }
    appendLineEnding()
  }

  private mutating func appendLineEnding() {
    switch style.lineEnding {
    case .lineFeed: bytes.append(0x0A)
    case .carriageReturnLineFeed: bytes += [0x0D, 0x0A]
    case .carriageReturn: bytes.append(0x0D)
    case .mixed: if random.chance(0.5) { bytes += [0x0D, 0x0A] } else { bytes.append(0x0A) }
    }
  }

  /// An empty line; in 003's style, also a line holding only U+00A0 (empty by the gold's rule).
  mutating func separator() {
    appendLineEnding()
    if style.nonBreakingSpacers && random.chance(0.8) {
      bytes += [0xC2, 0xA0]
      appendLineEnding()
      appendLineEnding()
    }
  }

  mutating func metadataLine(_ template: String) {
    expand(template)
    endLine()
    separator()
    tally.metadataLines += 1
  }

  /// A chrome line; `spaced` puts an empty line after it (share-button runs and forum prompts are
  /// often consecutive lines).
  mutating func boilerplateLine(_ template: String, spaced: Bool = true) {
    expand(template)
    endLine()
    if spaced { separator() }
    tally.boilerplateLines += 1
  }

  /// A body block of one line; counts its sentences. `spaced: false` leaves out the empty line
  /// after it (001's numbered Key Points are consecutive lines).
  mutating func blockLine(
    indent: String = "", sentences: Int? = nil, spaced: Bool = true,
    _ write: (inout ArticleWriter) -> Void
  ) {
    appendStyled(indent[...])
    let start = bytes.count
    write(&self)
    tally.sentences += sentences ?? countSentences(from: start)
    tally.blocks += 1
    endLine()
    if spaced { separator() }
  }

  private mutating func removeFinalLineEnd() {
    while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
  }

  // MARK: - Parts of the page

  private mutating func writeSiteHeader(today: NewsDay) {
    let todayText = random.chance(0.5) ? today.headerWithOrdinal : today.weekdayMonthDayYear
    switch random.weighted([30, 20, 12, 15, 23]) {
    case 0: boilerplateLine(todayText)  // the site's current date (000, 002)
    case 1:
      boilerplateLine(site)
      boilerplateLine(todayText)
    case 2: boilerplateLine("Jump to content")  // 003
    case 3: metadataLine(published.weekdayDayMonthYear)  // a repost's post date (001)
    default: break
    }
  }

  private mutating func writeHeadline() {
    let start = bytes.count
    appendHeadline()
    // 002 "… -Dlight News": the site's name glued to the title.
    switch random.weighted([75, 15, 10]) {
    case 1: appendStyled(" -\(site)"[...])
    case 2: appendStyled(" | \(site)"[...])
    default: break
    }
    capitalize(from: start)
    endLine()
    separator()
    tally.metadataLines += 1
    if random.chance(0.2) {
      // A second headline line (000 repeats a reworded title under the first).
      let second = bytes.count
      appendHeadline()
      capitalize(from: second)
      endLine()
      separator()
      tally.metadataLines += 1
    }
    if random.chance(0.05) { boilerplateLine(PhraseBank.subscriptions[2]) }  // 002's FT promo line
  }

  /// The byline in one of the seed styles. Returns true when the page credits its source at the end
  /// instead (001, 003).
  private mutating func writeByline() -> Bool {
    let date = publicationDateText()
    let names = authors.map(\.full).joined(separator: " and ")
    switch random.weighted([25, 20, 15, 20, 20]) {
    case 0: metadataLine("\(authors[0].full) By \(authors[0].full) \(date)")  // 000
    case 1: metadataLine("By \(names) | \(date)")
    case 2:
      boilerplateLine("thumbnail", spaced: false)  // 001: image alt text, then "Dylan Butts-CNBC"
      metadataLine("\(authors[0].full)-\(source)")
    case 3: return true
    default:
      metadataLine(date)
      metadataLine("By \(names)")
    }
    return false
  }

  /// The publication date in one of the formats the seeds use.
  private mutating func publicationDateText() -> String {
    switch random.int(below: 5) {
    case 0: return published.compact  // Jun20,2024
    case 1: return published.weekdayDayMonthYear  // Friday, 21 June 2024
    case 2: return published.iso  // 2024-06-20
    case 3: return published.wire  // WED, JUN 19 2024
    default: return published.monthDayYear  // June 20, 2024
    }
  }

  /// A photo caption with its credit (000 "Photo : … /Sputnik/…", 001's two-line caption, 004's
  /// credit-only "Image Source: WJTV").
  private mutating func writeCaption() {
    let agency = random.pick(PhraseBank.photoAgencies)
    let photographer = random.pick(PhraseBank.people).full
    switch random.int(below: 3) {
    case 0:
      blockLine(sentences: 1) {
        $0.expand(
          "Photo : {personFull} and {personFull} /\(agency)/\(photographer)/Pool via \(agency.uppercased())"
        )
      }
    case 1:
      // Caption and credit on consecutive lines: one caption block over two lines.
      let start = bytes.count
      expand(
        random.pick([
          "{personFull} speaks during a news conference in {place} on \(published.adding(days: -1).monthDayYear).",
          "{stakeholders} gather outside the ministry in {place} on {weekday}.",
        ]))
      capitalize(from: start)
      endLine()
      appendStyled("\(photographer) | Via \(agency)"[...])
      endLine()
      separator()
      tally.blocks += 1
      tally.sentences += 1
    default:
      blockLine(sentences: 1) { $0.appendStyled("Image Source: \($0.source)"[...]) }
    }
  }

  /// 001's "Key Points" heading and numbered list.
  private mutating func writeKeyPoints() {
    blockLine(sentences: 1) { $0.appendStyled("Key Points"[...]) }
    for number in 1...3 {
      blockLine(indent: "  \(number). ", spaced: number == 3) { writer in
        let start = writer.bytes.count
        writer.expand("{clause}.")
        writer.capitalize(from: start)
      }
    }
  }

  private mutating func writeBody() {
    let paragraphCount = random.int(in: 8...25)
    // Up to three distinct section headings, never before the third paragraph.
    var headings = random.pick(random.weighted([45, 30, 17, 8]), of: beat.headings)
    var continuesQuote = false
    for index in 0..<paragraphCount {
      if index >= 2 && !continuesQuote && random.chance(0.18), let heading = headings.popLast() {
        blockLine(sentences: 1) { $0.expand(heading) }
      }
      if index >= 3 && random.chance(0.01) { writeCaption() }
      let indent = random.pick(style.paragraphIndents)
      blockLine(indent: indent) {
        $0.paragraphText(opening: index == 0, continuesQuote: &continuesQuote)
      }
    }
  }

  /// The trailing chrome: a shuffled selection of the groups real pages end with.
  private mutating func writeChrome(hasAuthor: Bool) {
    if hasAuthor && random.chance(0.35) {
      if random.chance(0.5) {
        boilerplateLine(authors[0].full)  // 000's author box: name, "By name", bio
        boilerplateLine("By \(authors[0].full)")
      }
      boilerplateLine(random.pick(PhraseBank.authorBios))
    }
    var groups: [(inout ArticleWriter) -> Void] = []
    if random.chance(0.5) {
      groups.append { writer in
        for line in writer.random.pick(writer.random.int(in: 1...3), of: PhraseBank.relatedLinks) {
          writer.boilerplateLine(line)
          if writer.random.chance(0.5) { writer.boilerplateLine("- Advertisement -") }
        }
      }
    }
    if random.chance(0.3) {
      groups.append { $0.boilerplateLine($0.random.pick(PhraseBank.advertising)) }
    }
    if random.chance(0.35) {
      groups.append { writer in
        for line in writer.random.pick(writer.random.int(in: 2...4), of: PhraseBank.shareButtons) {
          writer.boilerplateLine(line, spaced: false)
        }
        writer.separator()
      }
    }
    if random.chance(0.25) {
      groups.append { $0.boilerplateLine($0.random.pick(PhraseBank.subscriptions)) }
    }
    if random.chance(0.15) {
      groups.append { writer in
        for line in PhraseBank.signIn.prefix(writer.random.int(in: 3...7)) {
          writer.boilerplateLine(line)
        }
      }
    }
    if random.chance(0.2) {
      groups.append { writer in
        for line in writer.random.pick(writer.random.int(in: 1...3), of: PhraseBank.cookies) {
          writer.boilerplateLine(line)
        }
      }
    }
    if random.chance(0.1) {
      groups.append { writer in
        for line in writer.random.pick(writer.random.int(in: 1...3), of: PhraseBank.reactions) {
          writer.boilerplateLine(line)
        }
      }
    }
    if random.chance(0.15) {
      groups.append { $0.boilerplateLine($0.random.pick(PhraseBank.imagePlaceholders)) }
    }
    for group in random.pick(groups.count, of: groups) { group(&self) }

    if random.chance(0.45) { boilerplateLine(random.pick(PhraseBank.copyrights)) }
    if random.chance(0.2) { boilerplateLine(random.pick(PhraseBank.navigation)) }
    // Teasers in Tamil or Cyrillic (001); not in Windows-1252 pages, which cannot hold them.
    if style.encoding != .windows1252 && random.chance(0.08) {
      let firstTeaser = random.int(below: 2) * 3
      for offset in 0..<random.int(in: 1...3) {
        boilerplateLine(PhraseBank.foreignTeasers[firstTeaser + offset])
      }
    }
    if random.chance(0.05) {
      for _ in 0..<random.int(in: 2...8) { appendLineEnding() }  // 003 ends in a run of empty lines
    }
  }
}
