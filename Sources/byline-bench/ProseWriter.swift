/// Writes one article's text: fills `PhraseBank` templates with the article's cast and beat, and
/// appends UTF-8 bytes straight into the page buffer (no intermediate strings per sentence, so that
/// generating 100k articles takes seconds, not minutes).
///
/// Slots a template may use:
/// - people: `{person}` (full name at first mention, surname after), `{speaker}` (the same, plus the
///   role at first mention: "Amara Okafor, an economist at Helix Capital"), `{surname}` (the last
///   speaker again), `{personFull}`, `{author}`;
/// - other names: `{org}`, `{org2}`, `{place}`, `{place2}`, `{actor}`, `{outlet}`, `{site}`;
/// - the beat: `{project}`, `{projectBare}`, `{issue}`, `{stakeholders}`, `{countable}`, `{goal}`;
/// - figures: `{number}` ("more than 11,000 containers"), `{bareNumber}`, `{money}`, `{percent}`,
///   `{duration}`, `{year}`, `{thisYear}`, `{futureYear}`;
/// - time: `{when}`, `{weekday}`, `{weekdayMonthDay}`, `{weekdayDayMonth}`, `{weekdayDated}`, `{month}`;
/// - nested templates: `{clause}`, `{tail}`, `{relative}`, `{quote}`, `{fragment}`, `{audience}`,
///   `{projectVerb}`, `{headlineVerb}`, `{headline}`; page chrome: `{hex}`, `{slug}`.
struct ArticleWriter {
  /// How one page was scraped: encodings, line ends and typography differ between sites and tools.
  struct PageStyle {
    enum LineEnding { case lineFeed, carriageReturnLineFeed, carriageReturn, mixed }
    enum Encoding: String {
      case utf8 = "utf-8"
      case utf8WithBOM = "utf-8 (BOM)"
      case windows1252 = "windows-1252"
      case utf16LittleEndian = "utf-16le"
    }
    enum QuoteMarks { case curly, straight, guillemets }

    var lineEnding = LineEnding.lineFeed
    var encoding = Encoding.utf8
    var quoteMarks = QuoteMarks.curly
    /// Put before every body paragraph: "" or spaces or a bullet (001's reposted HTML list).
    var paragraphIndents = [""]
    /// Lines holding only U+00A0 between paragraphs (003's forum page).
    var nonBreakingSpacers = false
    /// A trailing " \u{A0}" on some lines (001, 004).
    var trailingNonBreakingSpaces = false
    var endsWithNewline = true
  }

  /// What the generator meant each line to be, summed per article; the benchmark prints it beside
  /// what the parser found, as a plausibility check (sentence counts are approximate by nature).
  struct Tally {
    var blocks = 0
    var sentences = 0
    var metadataLines = 0
    var boilerplateLines = 0

    static func + (left: Tally, right: Tally) -> Tally {
      Tally(
        blocks: left.blocks + right.blocks, sentences: left.sentences + right.sentences,
        metadataLines: left.metadataLines + right.metadataLines,
        boilerplateLines: left.boilerplateLines + right.boilerplateLines)
    }
  }

  /// A quoted person of this article, with the role given at first mention.
  struct CastMember {
    let person: PhraseBank.Person
    var role = ""
    var mentioned = false
  }

  var random: RandomSource
  var style: PageStyle
  /// The page as UTF-8; re-encoded at the end for Windows-1252 and UTF-16 pages.
  var bytes: [UInt8] = []
  var tally = Tally()

  let beat: PhraseBank.Beat
  /// The story's share of its beat: main project and issue first.
  let projects: [String]
  let issues: [String]
  let stakeholders: [String]
  let countables: [String]
  let published: NewsDay
  var cast: [CastMember]
  let organisations: [String]
  let places: [String]
  let site: String
  let source: String
  let authors: [PhraseBank.Person]
  /// The cast member quoted last, so "{surname} added" continues the same voice.
  private var lastSpeaker = 0
  private var lastOrganisation = 0
  private var lastPlace = 0

  init(random: RandomSource, published: NewsDay, style: PageStyle) {
    var random = random
    self.published = published
    self.style = style
    let beat = random.pick(PhraseBank.beats)
    self.beat = beat
    projects = random.pick(2, of: beat.projects)
    issues = random.pick(2, of: beat.issues)
    stakeholders = random.pick(2, of: beat.stakeholders)
    countables = random.pick(2, of: beat.countables)
    // A story keeps returning to the same few names; that is what entity unification is tested on.
    // Distinct surnames, and authors who are not quoted, keep "said Okafor" unambiguous.
    var people: [PhraseBank.Person] = []
    for person in random.pick(12, of: PhraseBank.people)
    where !people.contains(where: { $0.last == person.last }) {
      people.append(person)
    }
    let castSize = random.int(in: 3...6)
    cast = people.prefix(castSize).map { CastMember(person: $0) }
    authors = Array(people.dropFirst(castSize).prefix(random.chance(0.15) ? 2 : 1))
    organisations = random.pick(random.int(in: 2...4), of: PhraseBank.organisations)
    places = random.pick(random.int(in: 2...3), of: PhraseBank.places)
    site = random.pick(PhraseBank.outlets)
    source = random.chance(0.5) ? site : random.pick(PhraseBank.outlets)
    self.random = random
    bytes.reserveCapacity(8 * 1024)
    for index in cast.indices {
      cast[index].role = render(random.pick(PhraseBank.roles))
    }
  }

  // MARK: - Template expansion

  /// Appends `template` with every `{slot}` filled.
  mutating func expand(_ template: String) {
    let utf8 = template.utf8
    var index = utf8.startIndex
    var literalStart = index
    while index < utf8.endIndex {
      guard utf8[index] == UInt8(ascii: "{") else {
        index = utf8.index(after: index)
        continue
      }
      appendStyled(template[literalStart..<index])
      let keyStart = utf8.index(after: index)
      guard let keyEnd = utf8[keyStart...].firstIndex(of: UInt8(ascii: "}")) else {
        preconditionFailure("unclosed slot in template: \(template)")
      }
      let next = utf8.index(after: keyEnd)
      fill(
        slot: template[keyStart..<keyEnd],
        followedBySpace: next < utf8.endIndex && utf8[next] == 0x20)
      index = next
      literalStart = index
    }
    appendStyled(template[literalStart...])
  }

  /// `template` expanded into a `String` instead of the page (for roles and titles).
  mutating func render(_ template: String) -> String {
    let start = bytes.count
    expand(template)
    let text = String(decoding: bytes[start...], as: UTF8.self)
    bytes.removeSubrange(start...)
    return text
  }

  private mutating func fill(slot: Substring, followedBySpace: Bool) {
    switch slot {
    case "person": mention(random.int(below: cast.count), withRole: false, followedBySpace: false)
    case "speaker":
      mention(random.int(below: cast.count), withRole: true, followedBySpace: followedBySpace)
    case "surname": mention(lastSpeaker, withRole: false, followedBySpace: false)
    case "personFull": appendStyled(random.pick(cast).person.full[...])
    case "author": appendStyled(authors[0].full[...])
    // `{org2}`/`{place2}` name another than the last `{org}`/`{place}`, so that "talks between
    // {org} and {org2}" names two bodies. The first of each list is the story's main one.
    case "org":
      lastOrganisation = random.weighted(Self.mainFirst(organisations.count))
      appendStyled(organisations[lastOrganisation][...])
    case "org2":
      appendStyled(
        organisations[
          (lastOrganisation + 1 + random.int(below: organisations.count - 1)) % organisations.count][
            ...])
    case "place":
      lastPlace = random.weighted(Self.mainFirst(places.count))
      appendStyled(places[lastPlace][...])
    case "place2":
      appendStyled(
        places[(lastPlace + 1 + random.int(below: places.count - 1)) % places.count][...])
    case "actor":
      switch random.int(below: 5) {
      case 0: expand("the government of {place}")
      case 1: expand("{org}")
      case 2: expand("officials in {place}")
      case 3: expand("{place}")
      default: expand("{person}")
      }
    case "outlet": appendStyled(source[...])
    case "site": appendStyled(site[...])
    // A story is mostly about one project and one issue, now and then the second of each.
    case "project": appendStyled(projects[random.weighted([75, 25])][...])
    case "projectBare":  // without "the ", for headlines
      appendStyled(projects[random.weighted([85, 15])].dropFirst(4))
    case "issue": appendStyled(issues[random.weighted([70, 30])][...])
    case "stakeholders": appendStyled(random.pick(stakeholders)[...])
    case "countable": appendStyled(random.pick(countables)[...])
    case "goal": appendStyled(random.pick(beat.goals)[...])
    case "number":
      appendStyled(
        random.pick(["more than ", "about ", "nearly ", "almost ", "at least ", "", ""])[...])
      appendCount(allowingWords: random.chance(0.15))
    case "bareNumber": appendCount(allowingWords: false)
    case "money": appendMoney()
    case "percent": appendPercent()
    case "duration": appendStyled(random.pick(PhraseBank.durations)[...])
    case "year": appendStyled(String(published.year - random.int(in: 1...15))[...])
    case "thisYear": appendStyled(String(published.year)[...])
    case "futureYear": appendStyled(String(published.year + random.int(in: 1...6))[...])
    case "when": expand(random.pick(PhraseBank.whens))
    case "weekday": appendStyled(recentDay().weekdayName[...])
    case "weekdayMonthDay": appendStyled(recentDay().weekdayMonthDay[...])
    case "weekdayDayMonth": appendStyled(recentDay().weekdayDayMonth[...])
    case "weekdayDated":  // 001's "Wednesday (19-06-2024)": one day, so the two forms agree
      let day = recentDay()
      appendStyled("\(day.weekdayName) (\(day.dayMonthYearDashes))"[...])
    case "month": appendStyled(published.adding(days: -random.int(in: 20...300)).monthName[...])
    case "clause": expand(random.pick(PhraseBank.clauses))
    case "tail": expand(random.pick(PhraseBank.tails))
    case "relative": expand(random.pick(PhraseBank.relatives))
    case "quote": expand(random.pick(PhraseBank.quotations))
    case "fragment": appendStyled(random.pick(PhraseBank.fragments)[...])
    case "audience": expand(random.pick(PhraseBank.audiences))
    case "projectVerb": appendStyled(random.pick(PhraseBank.projectVerbs)[...])
    case "headlineVerb": appendStyled(random.pick(PhraseBank.headlineVerbs)[...])
    case "headline": appendHeadline()
    case "hex": appendHex(digits: 32)
    case "slug":
      let words = render("{projectBare}")
      appendStyled(String(words.map { $0 == " " ? "-" : $0 })[...])
      appendStyled("-\(random.int(in: 100...999))"[...])
    default: preconditionFailure("unknown slot {\(slot)}")
    }
  }

  /// A cast member by name: full name (and role) the first time, surname afterwards.
  private mutating func mention(_ index: Int, withRole: Bool, followedBySpace: Bool) {
    lastSpeaker = index
    let member = cast[index]
    guard !member.mentioned else {
      appendStyled(member.person.last[...])
      return
    }
    cast[index].mentioned = true
    appendStyled(member.person.full[...])
    if withRole {
      appendStyled(", "[...])
      appendStyled(member.role[...])
      // "Amara Okafor, an economist at Helix Capital, told reporters": close the apposition.
      if followedBySpace { bytes.append(UInt8(ascii: ",")) }
    }
  }

  /// Weights that favour the first of `count` names: the story's main organisation or place.
  private static func mainFirst(_ count: Int) -> [Int] {
    [3] + [Int](repeating: 1, count: count - 1)
  }

  /// A day in the week before publication, for "on Tuesday" that resolves to a real date.
  private mutating func recentDay() -> NewsDay { published.adding(days: -random.int(in: 1...6)) }

  /// Quantities in the forms news copy uses: "11,000", "350", "1.2 million", and with
  /// `allowingWords` "dozens of" (which cannot follow "more than").
  private mutating func appendCount(allowingWords: Bool) {
    if allowingWords {
      appendStyled(random.pick(["dozens of ", "hundreds of ", "thousands of "])[...])
      appendStyled(random.pick(countables)[...])
      return
    }
    switch random.weighted([50, 30, 20]) {
    case 0: appendStyled(Self.grouped(random.int(in: 10...990) * 100)[...])
    case 1: appendStyled(String(random.int(in: 12...950))[...])
    default: appendStyled("\(random.int(in: 1...9)).\(random.int(in: 1...9)) million"[...])
    }
    bytes.append(0x20)
    appendStyled(random.pick(countables)[...])
  }

  /// Sums of money: "$3.2bn", "£45mn", "5.5mn euros", "$780,000", "£450 million".
  private mutating func appendMoney() {
    let currency = random.pick(["$", "£", "€"])
    let whole = random.int(in: 1...99)
    let tenth = random.int(in: 1...9)
    switch random.int(below: 5) {
    case 0: appendStyled("\(currency)\(whole).\(tenth)bn"[...])
    case 1: appendStyled("\(currency)\(whole)mn"[...])
    case 2: appendStyled("\(whole).\(tenth)mn \(random.pick(["euros", "dollars", "crowns"]))"[...])
    case 3: appendStyled("\(currency)\(Self.grouped(random.int(in: 100...999) * 1000))"[...])
    default: appendStyled("\(currency)\(whole * 10) million"[...])
    }
  }

  private mutating func appendPercent() {
    let whole = random.int(in: 1...40)
    let tenth = random.int(in: 1...9)
    switch random.int(below: 4) {
    case 0: appendStyled("\(whole).\(tenth)%"[...])
    case 1: appendStyled("\(whole) per cent"[...])
    case 2: appendStyled("\(whole).\(tenth) percent"[...])
    default: appendStyled("0.\(tenth) percentage points"[...])
    }
  }

  mutating func appendHeadline() {
    let start = bytes.count
    expand(random.pick(PhraseBank.headlines))
    capitalize(from: start)
  }

  private mutating func appendHex(digits: Int) {
    let alphabet = Array("0123456789abcdef".utf8)
    for _ in 0..<digits { bytes.append(alphabet[random.int(below: 16)]) }
  }

  /// Upper-cases an ASCII letter at `offset` ("the government said" → "The government said").
  mutating func capitalize(from offset: Int) {
    if offset < bytes.count, (0x61...0x7A).contains(bytes[offset]) { bytes[offset] -= 0x20 }
  }

  static func grouped(_ value: Int) -> String {
    var digits = String(value)
    var position = digits.count - 3
    while position > 0 {
      digits.insert(",", at: digits.index(digits.startIndex, offsetBy: position))
      position -= 3
    }
    return digits
  }

  // MARK: - Typography

  /// Appends text, restyling the curly double quotes and apostrophes of the templates into the
  /// article's quote style, and now and then writing 001's stray ″ (U+2033) as an opening mark.
  mutating func appendStyled(_ text: Substring) {
    let utf8 = text.utf8
    // Fast path: nothing to restyle (no E2 80 xx sequences).
    if style.quoteMarks == .curly && !utf8.contains(0xE2) {
      bytes.append(contentsOf: utf8)
      return
    }
    var iterator = utf8.makeIterator()
    var pending: [UInt8] = []
    while let byte = iterator.next() {
      guard byte == 0xE2 else {
        bytes.append(byte)
        continue
      }
      pending = [byte]
      if let second = iterator.next() { pending.append(second) }
      if let third = iterator.next() { pending.append(third) }
      bytes.append(contentsOf: restyled(pending))
    }
  }

  private mutating func restyled(_ sequence: [UInt8]) -> [UInt8] {
    guard sequence.count == 3, sequence[1] == 0x80 else { return sequence }
    switch (style.quoteMarks, sequence[2]) {
    case (.curly, 0x9C):
      // “ → ″ now and then; Windows-1252 has no ″, so those pages keep “.
      guard style.encoding != .windows1252, random.chance(0.02) else { return sequence }
      return [0xE2, 0x80, 0xB3]
    case (.straight, 0x9C), (.straight, 0x9D): return [UInt8(ascii: "\"")]
    case (.straight, 0x99), (.straight, 0x98): return [UInt8(ascii: "'")]
    case (.guillemets, 0x9C): return [0xC2, 0xAB]  // «
    case (.guillemets, 0x9D): return [0xC2, 0xBB]  // »
    default: return sequence
    }
  }

  // MARK: - Sentences and paragraphs

  /// Appends one sentence of the given kind and counts it.
  mutating func sentence(_ frames: [String]) {
    let start = bytes.count
    expand(random.pick(frames))
    capitalize(from: start)
  }

  /// A body paragraph of 1–4 sentences: narrative, quotation and figure sentences mixed as in the seeds.
  /// `opening` starts the story with a lede; `continuesQuote` is set when the paragraph ends inside a
  /// quotation that the next paragraph reopens, the convention for quotes running over paragraphs.
  mutating func paragraphText(opening: Bool, continuesQuote: inout Bool) {
    let count = [1, 2, 3, 4][random.weighted([32, 37, 22, 9])]
    for index in 0..<count {
      if index > 0 { bytes.append(0x20) }
      if index == 0 && continuesQuote {
        continuesQuote = false
        sentence(["“{quote},” {surname} said.", "“{quote}.”"])
      } else if index == 0 && opening {
        sentence(["{actor} {projectVerb} {project} {when}, {tail}."])
      } else if index == count - 1 && random.chance(0.03) {
        // Open a quote and leave it open: it runs into the next paragraph.
        sentence(["{speaker} said: “{quote}. {quote}."])
        continuesQuote = true
      } else {
        switch random.weighted([50, 32, 18]) {
        case 0: sentence(PhraseBank.narratives)
        case 1: sentence(PhraseBank.quoteFrames)
        default: sentence(PhraseBank.figures)
        }
      }
    }
  }

  /// Sentences in `bytes[start...]` as a sentence splitter would see them: a `.`, `?` or `!`
  /// (optionally followed by closing quote bytes) then a space and a capital or an opening quote.
  func countSentences(from start: Int) -> Int {
    var count = 1
    var index = start
    let end = bytes.count
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") {
        var next = index + 1
        // Skip closing marks: ” (E2 80 9D), » (C2 BB), ".
        while next < end {
          if bytes[next] == UInt8(ascii: "\"") {
            next += 1
          } else if next + 2 < end, bytes[next] == 0xE2, bytes[next + 1] == 0x80,
            bytes[next + 2] == 0x9D
          {
            next += 3
          } else if next + 1 < end, bytes[next] == 0xC2, bytes[next + 1] == 0xBB {
            next += 2
          } else {
            break
          }
        }
        if next + 1 < end, bytes[next] == 0x20 {
          let following = bytes[next + 1]
          if (0x41...0x5A).contains(following) || following == UInt8(ascii: "\"")
            || following == 0xE2
            || following == 0xC2
          {
            count += 1
          }
        }
        index = next
      } else {
        index += 1
      }
    }
    return count
  }
}
