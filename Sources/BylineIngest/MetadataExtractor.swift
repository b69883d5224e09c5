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
/// Works in two steps around body detection: `claimHeader` before (bylines, date lines, credits,
/// which must not be mistaken for short paragraphs), `finish` after (title, sources, site).
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

  /// Words a date line may hold besides the date: "Published 3:45 PM EST", "· 5 min read", "Updated 3 hours ago".
  static let dateLineWords: Set<String> = ["published", "updated", "posted", "on", "at", "am", "pm", "a", "m", "p",
    "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt", "ist", "jst", "aest", "min",
    "mins", "minute", "minutes", "read", "hour", "hours", "ago", "last", "first", "modified", "date", "by", "admin",
    "time", "reading", "veröffentlicht", "aktualisiert", "publié", "mis", "à", "jour", "le", "publicado",
    "actualizado", "el", "de", "und", "et", "y", "and", "originally", "uhr", "am", "um", "comments", "comment",
    "modified", "edt", "mst", "mdt", "hst", "akst", "eet", "eest", "msk", "sgt", "hkt", "kst", "wib", "nzst",
    "nzdt", "aedt", "wat", "cat", "eat", "sast", "stand", "mise", "heure", "hora", "h"]

  /// The date of a line that is a date with its usual decorations, and whether the line says explicitly
  /// that this is when the text was published ("Published", "Posted on").
  static func dateLine(_ line: String) -> (date: CalendarDate, explicit: Bool, labelled: Bool)? {
    let matches = DateScanner.scan(line)
    guard let first = matches.first else { return nil }
    var rest: [UInt8] = []
    var cursor = 0
    let bytes = Array(line.utf8)
    for match in matches {
      rest += bytes[cursor..<match.range.lowerBound]
      rest.append(0x20)
      cursor = match.range.upperBound
    }
    rest += bytes[cursor...]
    let words = String(decoding: rest, as: UTF8.self).split(whereSeparator: { !$0.isLetter })
    // Time zones come in many abbreviations; any short capitalised token may be one.
    let isDecoration: (Substring) -> Bool = { word in
      dateLineWords.contains(word.lowercased()) || (word.count <= 4 && word.allSatisfy(\.isUppercase))
    }
    // "Press Release | January 30, 2024": a short section label before a separator.
    let hasSeparator = line.contains("|") || line.contains("·") || line.contains("•")
    let undecorated = words.filter { !isDecoration($0) }
    guard words.count <= 14, undecorated.isEmpty || (hasSeparator && undecorated.count <= 2) else { return nil }
    let lowered = line.lowercased()
    // An update is not the publication; "Updated …" alone still stands for the text's date when it is all
    // the page gives.
    let explicit = ["published", "posted", "updated", "first published", "veröffentlicht", "publié", "publie",
      "publicado", "pubblicato"].contains { lowered.hasPrefix($0) }
    // Of "Published: 12 March · Updated: 13 March" the first is the publication date.
    return (first.date, explicit, !undecorated.isEmpty)
  }

  var dateCandidates: [DateCandidate] = []
  var bylineAuthors: [String] = []
  var creditedSource: String?
  var bylineSource: String?
  var copyrightOwner: String?
  var bioSite: String?

  init(page: Page) { self.page = page }

  func text(_ unit: Unit) -> String { page.text(of: unit) }

  // MARK: - Lines that carry metadata

  /// Claims date lines, bylines, credit and source lines among units not yet labelled.
  /// `headerEnd` is the index of the first unit of running prose: bylines only count before it.
  mutating func claimLines(_ units: inout [Unit], headerEnd: Int, titleIndex: Int?) {
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
        features.digits > 0 && features.words <= 26 && (inHeader || mayCredit)
        && (features.ending != .sentence || features.words <= 6)
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
      let eligible = unit.label.isUndecided || unit.label == .boilerplate("navigation")
        || unit.label == .boilerplate("forum chrome")
      if !eligible { continue }
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
  static let metadataOpeners = WordTable(words: ["source", "sources", "credit", "credits", "courtesy", "via", "originally", "this", "quelle", "fuente",
     "prepared", "compiled", "edited", "editing", "translated", "additional", "reporting", "produced", "fact",
     "photos", "photographs", "photo", "photography", "pictures", "illustration", "illustrations", "video",
     "copyright", "published", "posted", "updated", "c"])
  static let metadataMarkers = WordTable(words: ["copyright", "originally", "republished", "reprinted", "published", "trademark"])

  /// Whether a unit outside the header could be a credit, source, copyright or explicit date line.
  static func mayCarryMetadata(_ features: LineFeatures, _ page: Page) -> Bool {
    if let first = features.wordHashes.first, metadataOpeners.contains(first) { return true }
    if features.words <= 30, features.wordHashes.contains(where: { metadataMarkers.contains($0) }) { return true }
    return features.hasCopyrightSign
  }

  static let republishMarkers = WordTable(words: ["originally", "first", "republished", "reprinted"])

  static let placeWords = WordTable(words: ["in", "at"])
  static let creditMarkers = WordTable(words: ["via", "getty", "photo", "photograph", "images"])

  static let bylineMarkers = WordTable(words: ["by", "von", "par", "por", "author", "authors", "words", "written", "story", "reporting"])

  /// A cheap test before `byline`: a "By"-like marker near the start, or a short line opening with a
  /// capitalised name.
  static func mayBeByline(_ features: LineFeatures, _ page: Page) -> Bool {
    // Photo credits ("Jane Roe | Via Reuters") name a photographer.
    if features.wordHashes.contains(where: { creditMarkers.contains($0) }) { return false }
    // The marker opens the line ("By Jane Doe") or is capitalised after an avatar's name ("Natasha Kumar
    // By Natasha Kumar"); a lower-case "by" inside a sentence is prose.
    for position in features.wordHashes.indices.prefix(6) where bylineMarkers.contains(features.wordHashes[position]) {
      let first = page.bytes[features.wordRanges[position].lowerBound]
      if position == 0 || (first >= 0x41 && first <= 0x5A) { return true }
    }
    // Names-only bylines ("Dylan Butts-CNBC", "Ruth Adeyemi, Contributing Columnist") are not sentences
    // and open with two capitalised words.
    guard features.words <= 14, features.ending != .sentence, features.wordRanges.count >= 2 else { return false }
    // Lynx's link numbers ("[18]Dana Whitlock") are not words of the line.
    var capitalised = 0
    for range in features.wordRanges {
      let byte = page.bytes[range.lowerBound]
      if byte <= 0x39 && range.lowerBound > 0 && page.bytes[range.lowerBound - 1] == 0x5B { continue }
      guard (byte >= 0x41 && byte <= 0x5A) || byte >= 0xC3 else { return false }
      capitalised += 1
      if capitalised == 2 { break }
    }
    guard capitalised == 2 else { return false }
    // Without a marker, a byline joins names to an outlet, role or place: "Butts-CNBC", "Doe, Editor",
    // "Doe | Reuters", "Doe (AP)", "Natarajan in London".
    let joinsSomething = page.bytes[features.body].contains { $0 == 0x2C || $0 == 0x7C || $0 == 0x2D || $0 == 0x28 }
    return joinsSomething || features.wordHashes.contains { placeWords.contains($0) }
  }

  /// Labels of a user's profile whose dates are not the article's: "Joined", "Member since".
  static func isProfileLabel(_ line: String) -> Bool {
    ["joined", "joined:", "member since", "registered", "registered:", "last seen", "birthday"]
      .contains(line.lowercased())
  }

  /// "Prepared by: X", "Compiled by X", "Edited by X", "Translated by X".
  static func isCompilerCredit(_ lowered: String) -> Bool {
    ["prepared by", "compiled by", "edited by", "editing by", "translated by", "additional reporting by",
     "reporting by",
     "photos by", "photographs by", "photo by", "photography by", "pictures by", "illustration by",
     "illustrations by", "video by",
     "produced by", "fact-checked by", "fact checked by"]
      .contains { lowered.hasPrefix($0) }
  }

  /// "Source: CNBC WED, JUN 19 2024", "Credit: BBC 2024-06-20", "Originally published by X".
  func creditLine(_ line: String, _ features: LineFeatures) -> (String?, CalendarDate?)? {
    if features.wordHashes.contains(where: { Self.republishMarkers.contains($0) }),
      let found = Self.republishedCredit(line)
    {
      return found
    }
    var rest = Substring(line)
    for marker in ["•", "*", "-", "·"] where rest.hasPrefix(marker) { rest = PersonName.trim(rest.dropFirst()) }
    let lowered = rest.lowercased()
    let prefixes = ["source:", "sources:", "credit:", "credits:", "courtesy:", "via:", "originally published by",
      "originally published in", "originally published on", "originally published at", "this article originally appeared on",
      "this article originally appeared in", "this article first appeared on", "this article first appeared in",
      "source :", "credit :", "quelle:", "fuente:"]
    guard let prefix = prefixes.first(where: { lowered.hasPrefix($0) }) else { return nil }
    rest = PersonName.trim(rest.dropFirst(prefix.count))
    let matches = DateScanner.scan(String(rest))
    var outletText = rest
    if let first = matches.first {
      let utf8 = rest.utf8
      let cut = utf8.index(utf8.startIndex, offsetBy: first.range.lowerBound)
      outletText = rest[..<cut]
    }
    let outlet = Self.cleanOutlet(outletText)
    // "Credit: Getty Images" credits a picture, not the story.
    if let outlet, Self.photoAgencies.contains(where: { outlet.lowercased().hasPrefix($0) }) { return nil }
    // "Image Source: WJTV" is a caption, not a credit: only a line starting with the marker counts.
    return (outlet, matches.first?.date)
  }

  static let photoAgencies = ["getty", "shutterstock", "alamy", "istock", "unsplash", "ap photo", "afp/getty",
    "reuters/", "epa", "imago", "pexels", "pixabay"]

  /// "This article was originally published by The Coastal Herald on January 12, 2024."
  static func republishedCredit(_ line: String) -> (String?, CalendarDate?)? {
    for marker in ["originally published by ", "originally published in ", "originally published on ",
      "originally appeared in ", "originally appeared on ", "first published by ", "first appeared in ",
      "first appeared on ", "republished from ", "reprinted from ", "reprinted with permission from "]
    {
      guard let range = line.asciiCaseInsensitiveRange(of: marker) else { continue }
      // A credit says so at its start ("This article was originally published by …", "Republished from …");
      // a sentence of the story that mentions a first publication is not one.
      let opening = line[..<range.lowerBound].split(separator: " ")
      guard opening.count <= 5 else { continue }
      // The credit speaks of the text itself: "This article…", "The piece…", "It…".
      let selfWords: Set<String> = ["article", "story", "piece", "post", "column", "essay", "interview", "report"]
      if let first = opening.first?.lowercased(),
        !["this", "it", "a", "an", "originally", "first"].contains(first),
        !(["the", "our"].contains(first) && opening.count > 1 && selfWords.contains(opening[1].lowercased()))
      {
        continue
      }
      let after = line[range.upperBound...]
      var words: [Substring] = []
      for word in after.split(separator: " ") {
        let clean = word.trimmingCharacters(in: ",.;:")
        // "published by the Coastal Herald": a lower-case article is not part of the name.
        if words.isEmpty && clean == "the" { continue }
        guard let first = clean.first, first.isUppercase || (["of", "&", "and", "the"].contains(clean) && !words.isEmpty)
        else { break }
        words.append(clean)
        if word.last == "," || word.last == "." { break }
      }
      while let last = words.last, ["of", "&", "and", "the", "The"].contains(last) { words.removeLast() }
      guard !words.isEmpty else { continue }
      return (words.joined(separator: " "), DateScanner.scan(String(after)).first?.date)
    }
    return nil
  }

  /// "Copyright © 2024 INPAC Times. All Rights Reserved", "© 2024 The Daily Post".
  func copyrightHolder(_ line: String) -> String? {
    let lowered = line.lowercased()
    // "Field & Fen is published by Greenway Media. © 2025", "Matchday is part of Nordvik Media Group."
    for phrase in [" is published by ", " is part of ", " is a brand of ", " is owned by ", " is a publication of ",
      " is a registered trademark of ", " is a trademark of "]
    {
      if let range = line.utf8Range(of: phrase), lowered.contains("©") || lowered.containsText("copyright") {
        return Self.cleanOutlet(line[..<range.lowerBound])
      }
    }
    var rest = PersonName.trim(Substring(line))
    // "All content © 2024 The Daily Post": the sign may come after a few words.
    if !(lowered.hasPrefix("copyright") || lowered.hasPrefix("©") || lowered.hasPrefix("(c)")) {
      guard let sign = rest.utf8Range(of: "©"), rest[..<sign.lowerBound].split(separator: " ").count <= 4 else {
        return nil
      }
      rest = rest[sign.lowerBound...]
    }
    while let prefix = ["Copyright", "copyright", "COPYRIGHT", "©", "(c)", "(C)"].first(where: { rest.hasPrefix($0) }) {
      rest = PersonName.trim(rest.dropFirst(prefix.count))
    }
    // Years and year ranges: "2024", "2010-2024", "2010 – 2024"; then "by Hearst Magazines".
    while let first = rest.first, first.isNumber || first == "-" || first == "–" || first == " " || first == "," {
      rest = rest.dropFirst()
    }
    if rest.lowercased().hasPrefix("by ") { rest = rest.dropFirst(3) }
    // Stop at the end of the name, but not inside an abbreviation such as "S.L." or "Inc.".
    var cursor = rest.startIndex
    while cursor < rest.endIndex {
      let character = rest[cursor]
      if character == "|" || character == "," || character == "·" || character == "•" { break }
      if character == "." {
        let wordStart = rest[..<cursor].lastIndex(of: " ").map { rest.index(after: $0) } ?? rest.startIndex
        let before = rest[wordStart..<cursor]
        // "S.L.", "S.A.": single letters between periods.
        let lastPart = before.split(separator: ".").last ?? before[...]
        let isAbbreviation = lastPart.count == 1 && lastPart.first?.isUppercase == true
        if !isAbbreviation { break }
      }
      cursor = rest.index(after: cursor)
    }
    rest = rest[..<cursor]
    for tail in [" All Rights Reserved", " all rights reserved", " All rights reserved", " All rights", " All Rights", " – ", " - ", " — ",
      " or its ", " or ", " a division of ", " Alle Rechte", " Tous droits", " Todos los derechos"]
    {
      if let range = rest.utf8Range(of: tail) { rest = rest[..<range.lowerBound] }
    }
    // "© 2024 Nora Bexley": a newsletter's writer owns the text, but a person is not an outlet.
    let holder = Self.cleanOutlet(Self.withoutCompanySuffix(rest))
    if let holder, bylineAuthors.contains(holder) { return nil }
    return holder
  }

  /// "Ledgerline Media Ltd" → "Ledgerline": the legal form names the company, not the outlet.
  static func withoutCompanySuffix(_ name: Substring) -> Substring {
    var words = name.split(separator: " ")
    let suffixes: Set<String> = ["ltd", "ltd.", "limited", "inc", "inc.", "llc", "plc", "gmbh", "ag", "s.a.", "sa",
      "corp", "corp.", "corporation", "co", "co.", "media", "group", "holdings", "company", "publishing", "2024",
      "pvt", "pvt.", "private", "s.l.", "s.l", "sl", "s.a", "sas", "srl", "s.r.l.", "bv", "b.v.", "nv", "pty",
      "comunicación", "comunicacion", "communications", "network", "networks", "broadcasting", "se", "kg",
      "oy", "ab", "asa", "spa", "s.p.a.", "a/s", "as",
      "2025", "2023", "2026"]
    while words.count > 1, let last = words.last,
      suffixes.contains(last.lowercased()) || (last.count == 4 && last.allSatisfy(\.isNumber)),
      !["&", "and"].contains(words[words.count - 2].lowercased())
    {
      words.removeLast()
    }
    guard let first = words.first, let last = words.last else { return name }
    return name[first.startIndex..<last.endIndex]
  }

  /// Removes lynx's link numbers: "By [12]Lena Voss" → "By Lena Voss".
  static func withoutLinkNumbers(_ line: String) -> String {
    guard line.contains("[") else { return line }
    var output = ""
    var index = line.startIndex
    while index < line.endIndex {
      if line[index] == "[", let close = line[index...].firstIndex(of: "]"),
        line.index(after: index) < close, line[line.index(after: index)..<close].allSatisfy(\.isNumber)
      {
        index = line.index(after: close)
        continue
      }
      output.append(line[index])
      index = line.index(after: index)
    }
    return output
  }

  /// Words of job titles in bylines: "Economics Editor", "Local Democracy Reporter".
  static let roleWords = WordTable(words: ["editor", "correspondent", "reporter", "writer", "journalist", "columnist",
    "contributor", "staff", "producer", "analyst", "critic", "chief", "senior", "deputy", "desk", "freelance",
    "redakteur", "redakteurin", "korrespondent", "journaliste", "periodista", "corresponsal", "photographer",
    "editors", "correspondents", "reporters", "writers", "journalists", "columnists", "contributors",
    "producers", "analysts", "critics", "photographers"])

  /// Whether a byline piece names a job ("Economics Editor", "Staff writers"), read over bytes.
  static func isRole(_ text: Substring) -> Bool {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var inWord = false
    for byte in text.utf8 {
      let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80
      if isLetter {
        if !inWord { hash = 0xcbf2_9ce4_8422_2325 }
        inWord = true
        let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        hash = (hash ^ UInt64(lowered)) &* 0x100_0000_01b3
      } else {
        if inWord && roleWords.contains(hash) { return true }
        inWord = false
      }
    }
    return inWord && roleWords.contains(hash)
  }

  /// An outlet name without surrounding punctuation; nil when nothing name-like is left.
  static func cleanOutlet(_ text: Substring) -> String? {
    var trimmed = PersonName.trim(text)
    while let last = trimmed.last, ",;:|-–—(".contains(last) { trimmed = PersonName.trim(trimmed.dropLast()) }
    while let first = trimmed.first, ",;:|-–—)".contains(first) { trimmed = PersonName.trim(trimmed.dropFirst()) }
    let collapsed = trimmed.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    guard !collapsed.isEmpty, collapsed.count <= 60, collapsed.first?.isLetter == true else { return nil }
    // A link is not a name, and nothing is guessed from it.
    if collapsed.containsText("://") || collapsed.lowercased().hasPrefix("www.") { return nil }
    return collapsed
  }

  struct Byline {
    var authors: [String]
    var outlet: String?
    var date: CalendarDate?
  }

  /// "By Jane Doe and John Roe", "Natasha Kumar By Natasha Kumar Jun20,2024", "Dylan Butts-CNBC",
  /// "Jane Doe | Reuters", "By Leo Marsh, Chief Football Writer", "Words by Ada Whitcombe · Photographs by
  /// Tom Pryce", "Von Anna Schmidt".
  func byline(_ line: String) -> Byline? {
    if let simple = Self.simpleByline(line) { return Byline(authors: [simple], outlet: nil, date: nil) }
    let dates = DateScanner.scan(line)
    var text = Substring(line)
    if let first = dates.first {
      let utf8 = line.utf8
      let cut = utf8.index(utf8.startIndex, offsetBy: first.range.lowerBound)
      let after = PersonName.trim(line[utf8.index(utf8.startIndex, offsetBy: first.range.upperBound)...])
      text = PersonName.trim(line[..<cut])
      // "Posted on 13 March 2025 by Jane Doe": the names follow the date.
      if after.lowercased().hasPrefix("by ") || after.lowercased().hasPrefix("von ") {
        text = after
      } else if after.split(separator: " ").count > 6 {
        return nil
      }
    }
    text = Self.withoutTrailingDateWords(text)
    var result = Byline(authors: [], outlet: nil, date: dates.first?.date)
    var sawByline = false
    for segment in text.split(separator: "·").flatMap({ $0.split(separator: "•") }) {
      guard let part = bylineSegment(PersonName.trim(segment)) else { continue }
      sawByline = true
      result.authors += part.authors.filter { !result.authors.contains($0) }
      result.outlet = result.outlet ?? part.outlet
    }
    // "By Reuters": an agency's credit names no person but still says where the story comes from.
    return sawByline && (!result.authors.isEmpty || result.outlet != nil) ? result : nil
  }

  /// Drops what sits between the names and the date: "By Jane Doe on", "By Jane Doe | Updated".
  static func withoutTrailingDateWords(_ text: Substring) -> Substring {
    var result = text
    for marker in [" | updated", " | published", " | posted", " updated", " published"] {
      if let range = result.asciiCaseInsensitiveRange(of: marker) { result = PersonName.trim(result[..<range.lowerBound]) }
    }
    var changed = true
    while changed {
      changed = false
      for tail in [" on", " at", " |", " -", " ·", " —", " –", ","] where result.lowercased().hasSuffix(tail) {
        result = PersonName.trim(result.dropLast(tail.count))
        changed = true
      }
    }
    return result
  }

  /// The common "By Jane Doe" read straight from the bytes: "By " and two to four capitalised name words
  /// of letters, hyphens and apostrophes. Anything else takes the general path.
  static func simpleByline(_ line: String) -> String? {
    let bytes = Array(line.utf8)
    guard bytes.count > 3, bytes[0] == 0x42 || bytes[0] == 0x62, bytes[1] == 0x79, bytes[2] == 0x20 else { return nil }
    let name = bytes[3...]
    var words = 0
    var atWordStart = true
    for byte in name {
      if byte == 0x20 {
        if atWordStart { return nil }
        atWordStart = true
        continue
      }
      if atWordStart {
        // Latin capitals, or the lead byte of an accented capital.
        guard (byte >= 0x41 && byte <= 0x5A) || byte == 0xC3 || byte == 0xC5 else { return nil }
        words += 1
        atWordStart = false
      } else {
        let isLetter = (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
        guard isLetter || byte == 0x2D || byte == 0x27 || byte == 0x2E else { return nil }
      }
    }
    guard (2...4).contains(words), !atWordStart else { return nil }
    let candidate = String(decoding: name, as: UTF8.self)
    return PersonName.isName(Substring(candidate)) ? candidate : nil
  }

  private func bylineSegment(_ segment: Substring) -> Byline? {
    var text = segment
    while let last = text.last, ",|·•-–—".contains(last) { text = PersonName.trim(text.dropLast()) }
    let lowered = text.lowercased()
    // Credits for pictures and editing name people who did not write the text.
    for other in ["photograph", "photo", "pictures", "illustration", "video", "edited", "editing", "graphics",
      "reviewed", "medically reviewed", "fact-checked", "fact checked", "additional reporting"]
    where lowered.hasPrefix(other) {
      return Byline(authors: [], outlet: nil, date: nil)
    }
    var sawMarker = false
    // "Author of the article: Jane Doe", "Reporter: Jane Doe".
    if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 24 {
      let label = text[..<colon].lowercased()
      if ["author", "written", "reporter", "byline", "words", "autor", "auteur"].contains(where: { label.contains($0) }) {
        text = PersonName.trim(text[text.index(after: colon)...])
        sawMarker = true
      }
    }
    // The earliest marker wins ("By Jane Doe, with additional reporting by John Roe"); at one position the
    // longest ("Written by:" before "by").
    let markers = ["written by: ", "written by ", "words by ", "words: ", "story by ", "reporting by ", "author: ",
      "authors: ", "by: ", "by ", "von ", "par ", "por "]
    if !sawMarker {
      var best: Range<Substring.Index>? = nil
      for marker in markers {
        guard let range = text.asciiCaseInsensitiveRange(of: marker),
          range.lowerBound == text.startIndex || text[text.index(before: range.lowerBound)] == " "
        else { continue }
        if best == nil || range.lowerBound < best!.lowerBound { best = range }
      }
      if let range = best {
        let before = PersonName.trim(text[..<range.lowerBound])
        let after = PersonName.trim(text[range.upperBound...])
        // A marker inside a line must follow the same name again ("Natasha Kumar By Natasha Kumar", an
        // avatar's caption) or be a capitalised "By" after a name; "Cut Off by Flash Floods" is a headline.
        let markerText = text[range]
        let capitalised = markerText.first?.isUppercase == true
        let avatar = !before.isEmpty && after.hasPrefix(before)
        if before.isEmpty || avatar || (capitalised && PersonName.isName(before) && before.split(separator: " ").count <= 3) {
          text = after
          sawMarker = true
        } else {
          return nil
        }
      }
    }
    // Credits after the writer's name are not more writers.
    for credit in [", with additional reporting", " with additional reporting", "; additional reporting",
      ", additional reporting", "; editing by", ", edited by"]
    {
      if let range = text.asciiCaseInsensitiveRange(of: credit) { text = PersonName.trim(text[..<range.lowerBound]) }
    }
    var outlet: String?
    // "Jane Doe, Economics Editor", "Jon Ravnholt, Weather correspondent, SBC News".
    var pieces = text.split(separator: ",").map { PersonName.trim($0) }
    let sawRole = pieces.dropFirst().contains { Self.isRole($0) }
    var namePieces: [Substring] = []
    while let piece = pieces.first {
      if Self.isRole(piece) || (!namePieces.isEmpty && Self.looksLikeOutlet(piece) && !PersonName.isName(piece)) {
        break
      }
      namePieces.append(piece)
      pieces.removeFirst()
    }
    // Credentials ("MD", "PhD") belong to the person, not to an outlet.
    pieces.removeAll { Self.credentials.contains($0.lowercased().replacingDots()) }
    namePieces.removeAll { Self.credentials.contains($0.lowercased().replacingDots()) }
    // After a role more names may follow: "By A, Fashion Editor, and B, Shopping Writer".
    for piece in pieces where !Self.isRole(piece) {
      let name = Self.withoutLeadingConnector(piece)
      if name != piece, PersonName.isName(name) {
        namePieces.append(name)
      } else if Self.looksLikeOutlet(piece) {
        outlet = outlet ?? String(piece)
      }
    }
    var namesText = Substring(namePieces.joined(separator: ", "))
    // "Sofia Marin (The Coastal Herald)": the outlet in brackets.
    if namesText.last == ")", let open = namesText.lastIndex(of: "(") {
      let inside = PersonName.trim(namesText[namesText.index(after: open)..<namesText.index(before: namesText.endIndex)])
      if Self.looksLikeOutlet(inside) || inside.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }) {
        outlet = outlet ?? String(inside)
      }
      namesText = PersonName.trim(namesText[..<open])
    }
    // "Priya Natarajan in London and Henrik Sol in Amsterdam", "Dan Whitcombe at Riverside Park".
    let placed = Self.withoutPlaces(namesText)
    let hadPlaces = placed != namesText
    namesText = placed
    // "Dylan Butts-CNBC", "Jane Doe | Reuters", "Jane Doe (AP)".
    for separator in [" | ", " / ", "|", "-", " — ", " – ", " for "] {
      guard let range = namesText.lastUTF8Range(of: separator) else { continue }
      let tail = PersonName.trim(namesText[range.upperBound...])
      let head = PersonName.trim(namesText[..<range.lowerBound])
      // A bare hyphen also joins double names ("Star-Herald", "Jean-Pierre"): only an acronym after it
      // ("Butts-CNBC") is an outlet.
      if separator == "-", !(tail.count >= 2 && tail.allSatisfy { $0.isUppercase || $0.isNumber }) { continue }
      if Self.looksLikeOutlet(tail) && !PersonName.isName(tail) && (PersonName.isName(head) || sawMarker) {
        outlet = outlet ?? String(tail)
        namesText = head
        break
      }
    }
    let allNames = PersonName.splitNames(namesText)
    let names = allNames.filter { PersonName.isName($0) }
    // "By Reuters": a wire credit with no person in it.
    if names.isEmpty, sawMarker, Self.looksLikeOutlet(namesText) || Self.wireServices.contains(namesText.lowercased()) {
      return Byline(authors: [], outlet: outlet ?? String(namesText), date: nil)
    }
    guard !names.isEmpty else { return nil }
    // Without a "By" only a line that is nothing but names and an outlet is a byline.
    if !sawMarker && (names.count != allNames.count || (outlet == nil && !sawRole && !hadPlaces)) { return nil }
    // A sentence that starts with a name and a role ("Rosa Wickham, editor of…, selects…") is not a byline.
    if !sawMarker && (segment.split(separator: " ").count > 10 || segment.hasSuffix(".")) { return nil }
    return Byline(authors: names.map(String.init), outlet: outlet, date: nil)
  }

  /// Agencies whose names carry no "News" or "Press" a generic test could see.
  static let wireServices: Set<String> = ["reuters", "afp", "ap", "bloomberg", "dpa", "efe", "ansa", "tass",
    "xinhua", "kyodo", "yonhap", "pa", "aap", "upi", "anadolu", "interfax"]

  static let credentials: Set<String> = ["md", "phd", "rn", "jd", "mba", "esq", "jr", "sr", "ii", "iii", "dphil",
    "msc", "ma", "bsc", "frcp", "cfa"]

  /// "and Dev Raman" → "Dev Raman".
  static func withoutLeadingConnector(_ text: Substring) -> Substring {
    for connector in ["and ", "And ", "& ", "with ", "und ", "et ", "y "] where text.hasPrefix(connector) {
      return PersonName.trim(text.dropFirst(connector.count))
    }
    return text
  }

  /// Drops "in London" / "at Riverside Park" after each name of a byline.
  static func withoutPlaces(_ text: Substring) -> Substring {
    guard text.containsText(" in ") || text.containsText(" at ") else { return text }
    var kept: [Substring] = []
    for part in PersonName.splitNames(text) {
      var name = part
      for marker in [" in ", " at "] {
        if let range = name.utf8Range(of: marker), name[range.upperBound...].first?.isUppercase == true {
          name = name[..<range.lowerBound]
        }
      }
      kept.append(name)
    }
    return Substring(kept.joined(separator: " and "))
  }

  /// Bylines that a page spreads over several lines: "By" / "Sophie Tranter" / "Senior News Reporter",
  /// "Aroha Tane" / "Transport correspondent" / "and" / "Ben Marsters" / "Data reporter". A line holding
  /// only a person's name is a byline when a marker, a job title, a date line or another byline line
  /// stands next to it.
  mutating func claimNameLines(_ units: inout [Unit], headerEnd: Int) {
    let end = min(headerEnd, units.count)
    var expectName = false
    for index in 0..<end {
      let features = units[index].features
      let previousIsByline = index > 0 && units[index - 1].label == .metadata(.byline)
      guard units[index].label.isUndecided || units[index].label.isBoilerplate, features.words <= 8 else {
        expectName = false
        continue
      }
      // Chrome labels on short lines are weak; a byline block may still claim them.
      let line = Self.withoutLinkNumbers(text(units[index]))
      let lowered = line.lowercased()
      if Self.bareMarkers.contains(lowered) {
        units[index].label = .metadata(.byline)
        expectName = true
        continue
      }
      if previousIsByline, Self.withoutLeadingConnector(Substring(line)) != Substring(line),
        PersonName.isName(Self.withoutLeadingConnector(Substring(line)))
      {
        units[index].label = .metadata(.byline)
        let name = String(Self.withoutLeadingConnector(Substring(line)))
        if !bylineAuthors.contains(name) { bylineAuthors.append(name) }
        continue
      }
      if previousIsByline && Self.connectors.contains(lowered) {
        units[index].label = .metadata(.byline)
        expectName = true
        continue
      }
      if PersonName.isName(Substring(line)) && features.words <= 5 {
        let next = index + 1
        let roleFollows =
          next < units.count && units[next].features.words <= 10 && Self.isRole(Substring(text(units[next])))
        let dateBeside = [index - 1, index + 1, index + 2].contains {
          units.indices.contains($0) && units[$0].label == .metadata(.date)
        }
        if expectName || roleFollows || dateBeside {
          units[index].label = .metadata(.byline)
          if !bylineAuthors.contains(line) { bylineAuthors.append(line) }
          expectName = false
          continue
        }
      }
      if previousIsByline && features.words <= 10 && Self.isRole(Substring(line)) {
        units[index].label = .metadata(.byline)
        for piece in line.split(separator: ",").dropFirst() where Self.looksLikeOutlet(PersonName.trim(piece)) {
          bylineSource = bylineSource ?? String(PersonName.trim(piece))
        }
        continue
      }
      expectName = false
    }
  }

  /// A byline's marker standing alone on its line.
  static let bareMarkers: Set<String> = ["by", "by:", "written by", "written by:", "words by", "author", "author:",
    "authors", "authors:", "von", "par", "por", "reporter:"]
  /// What joins the lines of a byline block.
  static let connectors: Set<String> = ["and", "&", "|", "·", "•", ",", "und", "et", "y", "with"]

  /// An outlet name: an acronym ("CNBC", "AP") or a capitalised name of a few words.
  static func looksLikeOutlet(_ text: Substring) -> Bool {
    let words = text.split(separator: " ")
    guard (1...4).contains(words.count), let first = text.first, first.isUppercase else { return false }
    let letters = text.filter { $0.isLetter }
    if letters.count >= 2 && letters.allSatisfy({ $0.isUppercase }) { return true }
    return words.allSatisfy { $0.first?.isUppercase == true }
      && words.contains { ["news", "times", "post", "press", "agency", "herald", "journal", "tribune", "daily",
        "reuters", "bloomberg", "guardian", "telegraph", "standard", "wire", "media", "tv", "radio", "gazette",
        "observer", "chronicle", "courier", "review", "magazine", "today", "express", "mail"]
        .contains($0.lowercased()) }
  }

  // MARK: - Title

  /// Picks the headline among the units before the body, and marks other headline-like units there as
  /// title variants. Returns the title and the site named in a title suffix ("… -Dlight News").
  static func chooseTitle(
    _ units: inout [Unit], bodyStart: Int, bodyWords: WordSet, text: (Unit) -> String
  ) -> (String?, String?, Int?) {
    let searchEnd = min(bodyStart, units.count)
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
        !(BodyStructure.isCaption(line.lowercased()) && (features.words < 6 || line.contains("/") || line.contains("|")))
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
        if bodyWords.contains(features.stemHashes[position]) { shared += 1 }
      }
      var score = content == 0 ? 0 : 6 * Double(shared) / Double(content)
      if (4...18).contains(features.words) { score += 2 }
      let next = index + 1
      // The byline or date follows the headline, sometimes with a standfirst between them.
      let bylineFollows = (next...(index + 2)).contains { position in
        position < units.count && (units[position].label == .metadata(.byline) || units[position].label == .metadata(.date))
      }
      if bylineFollows { score += 3 }
      // Headlines are terse; standfirsts run longer.
      if (5...14).contains(features.words) { score += 1 }
      if features.words >= 18 { score -= 1 }
      // A kicker ("Opinion Guest Column") or a date line is not the headline.
      if features.words <= 3 { score -= 3 }
      if features.digits > 0, !DateScanner.scan(text(units[index])).isEmpty { score -= 4 }
      if index > 0, units[index - 1].label == .metadata(.date) { score += 1 }
      if searchEnd - index <= 3 { score += 1.5 }
      // Headlines come before their byline.
      if let byline = firstByline, index > byline { score -= 3 }
      // An image's alt text repeats the caption under it.
      if next < units.count, shared > 0, Self.containedShare(features, in: units[next].features) >= 0.6 { score -= 4 }
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
        || sharesContent(units[previous].features, units[chosen].features)
      {
        chosen = previous
      }
    }
    units[chosen].label = .metadata(.title)
    let titleText = text(units[chosen])
    let (title, site) = splitSiteSuffix(titleText)
    // A second headline near the first (the original's headline on a repost) shares its words.
    for index in candidates where index != chosen && abs(index - chosen) <= 4 {
      if units[index].features.words >= 5, sharesContent(units[index].features, units[chosen].features) {
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
  static func sharesContent(_ first: LineFeatures, _ second: LineFeatures) -> Bool {
    // Words longer than three bytes, by their stems: "sign" and "signed" count as one.
    func contentStems(_ features: LineFeatures) -> [UInt64] {
      var stems: [UInt64] = []
      for (stem, range) in zip(features.stemHashes, features.wordRanges) where range.count > 3 && !stems.contains(stem) {
        stems.append(stem)
      }
      return stems
    }
    let one = contentStems(first)
    let two = contentStems(second)
    let shared = one.filter { two.contains($0) }.count
    return shared >= 2 && Double(shared) >= 0.3 * Double(min(one.count, two.count))
  }

  /// "Headline -Dlight News" → ("Headline", "Dlight News"); "Headline | The Paper" likewise.
  static func splitSiteSuffix(_ title: String) -> (String, String?) {
    let collapsed = title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    for separator in [" | ", " -", " – ", " — ", " :: ", " · "] {
      guard let range = collapsed.lastUTF8Range(of: separator) else { continue }
      let tail = PersonName.trim(collapsed[range.upperBound...])
      var head = PersonName.trim(collapsed[..<range.lowerBound])
      let tailWords = tail.split(separator: " ")
      // "Live Updates", "Video", "Analysis" after a bar describe the page, not the site.
      guard (1...4).contains(tailWords.count), tailWords.allSatisfy({ $0.first?.isUppercase == true }),
        !tailWords.contains(where: { Self.pageKindWords.contains($0.lowercased()) })
      else { continue }
      // "Headline | Politics | The Paper": the middle part is a section.
      if let section = head.lastUTF8Range(of: separator),
        head[section.upperBound...].split(separator: " ").count <= 3
      {
        head = PersonName.trim(head[..<section.lowerBound])
      }
      if head.split(separator: " ").count >= 3 { return (String(head), String(tail)) }
    }
    return (collapsed, nil)
  }

  static let pageKindWords: Set<String> = ["live", "updates", "update", "video", "videos", "photos", "analysis",
    "opinion", "explainer", "podcast", "gallery", "watch", "listen", "breaking", "exclusive", "latest"]

  // MARK: - Outlet signatures

  /// House lines that identify an outlet whose name the page does not print.
  static let outletSignatures: [(String, String)] = [
    ("unlock the editor’s digest for free", "Financial Times"),
    ("unlock the editor's digest for free", "Financial Times"),
    ("(reuters) -", "Reuters"), ("(reuters) —", "Reuters"), ("(ap) —", "Associated Press"), ("(ap) -", "Associated Press"),
    ("(afp) -", "AFP"), ("(afp) —", "AFP"), ("(bloomberg) --", "Bloomberg"), ("(bloomberg) —", "Bloomberg"),
    ("(cnn) —", "CNN"), ("(cnn)", "CNN"), ("(upi) --", "UPI"),
  ]

  static func signatureOutlet(_ lowered: String) -> String? {
    outletSignatures.first { lowered.containsText($0.0) }?.1
  }

  /// "Before joining The Times Hub, …" / "She joined The Daily Post in 2019" in an author bio.
  static func siteFromBio(_ bio: String) -> String? {
    for marker in ["joining ", "joined "] {
      guard let range = bio.utf8Range(of: marker) else { continue }
      let words = bio[range.upperBound...].split(separator: " ")
      var name: [Substring] = []
      for word in words.prefix(5) {
        let clean = word.trimmingCharacters(in: ",.;:")
        guard let first = clean.first, first.isUppercase else { break }
        name.append(clean)
        if word.last == "," || word.last == "." { break }
      }
      if !name.isEmpty { return name.joined(separator: " ") }
    }
    return nil
  }
}

extension Substring {
  func trimmingCharacters(in set: String) -> Substring {
    var result = self
    while let last = result.last, set.contains(last) { result = result.dropLast() }
    while let first = result.first, set.contains(first) { result = result.dropFirst() }
    return result
  }
}
