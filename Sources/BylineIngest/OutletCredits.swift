import BylineModel

/// Who produced the story and whose site it is: credit and source lines, republication notices, copyright
/// holders, title suffixes, house signatures and author bios.
extension MetadataExtractor {
  static let republishMarkers = WordTable(words: ["originally", "first", "republished", "reprinted"])
  /// "Prepared by: X", "Compiled by X", "Edited by X", "Translated by X".
  static func isCompilerCredit(_ lowered: String) -> Bool {
    [
      "prepared by", "compiled by", "edited by", "editing by", "translated by", "additional reporting by",
      "reporting by", "medically reviewed by", "reviewed by", "fact checked by", "fact-checked by",
      "photos by", "photographs by", "photo by", "photography by", "pictures by", "illustration by",
      "illustrations by", "video by",
      "produced by", "fact-checked by", "fact checked by",
    ]
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
    let prefixes = [
      "source:", "sources:", "credit:", "credits:", "courtesy:", "via:", "originally published by",
      "originally published in", "originally published on", "originally published at",
      "this article originally appeared on",
      "this article originally appeared in", "this article first appeared on", "this article first appeared in",
      "source :", "credit :", "quelle:", "fuente:",
    ]
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
  static let photoAgencies = [
    "getty", "shutterstock", "alamy", "istock", "unsplash", "ap photo", "afp/getty",
    "reuters/", "epa", "imago", "pexels", "pixabay",
  ]
  /// "This article was originally published by The Coastal Herald on January 12, 2024."
  static func republishedCredit(_ line: String) -> (String?, CalendarDate?)? {
    for marker in [
      "originally published by ", "originally published in ", "originally published on ",
      "originally appeared in ", "originally appeared on ", "first published by ", "first appeared in ",
      "first appeared on ", "republished from ", "reprinted from ", "reprinted with permission from ",
    ] {
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
        guard let first = clean.first,
          first.isUppercase || (["of", "&", "and", "the"].contains(clean) && !words.isEmpty)
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
    for phrase in [
      " is published by ", " is part of ", " is a brand of ", " is owned by ", " is a publication of ",
      " is a registered trademark of ", " is a trademark of ",
    ] {
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
    for tail in [
      " All Rights Reserved", " all rights reserved", " All rights reserved", " All rights", " All Rights", " – ",
      " - ", " — ",
      " or its ", " or ", " a division of ", " Alle Rechte", " Tous droits", " Todos los derechos",
    ] {
      if let range = rest.utf8Range(of: tail) { rest = rest[..<range.lowerBound] }
    }
    // "© 2024 Nora Bexley": a newsletter's writer owns the text, but a person is not an outlet.
    let holder = Self.cleanOutlet(Self.withoutCompanySuffix(rest))
    if let holder, bylineAuthors.contains(holder) { return nil }
    // "© Riproduzione riservata": the notice itself, with no holder named.
    if let holder,
      ["riservat", "reservad", "reserved", "rechte", "droits", "direitos"].contains(where: {
        holder.lowercased().contains($0)
      })
    {
      return nil
    }
    return holder
  }
  /// "Ledgerline Media Ltd" → "Ledgerline": the legal form names the company, not the outlet.
  static func withoutCompanySuffix(_ name: Substring) -> Substring {
    var words = name.split(separator: " ")
    let suffixes: Set<String> = [
      "ltd", "ltd.", "limited", "inc", "inc.", "llc", "plc", "gmbh", "ag", "s.a.", "sa",
      "corp", "corp.", "corporation", "co", "co.", "media", "group", "holdings", "company", "publishing", "2024",
      "pvt", "pvt.", "private", "l.p.", "lp", "llp", "l.l.c.", "s.l.", "s.l", "sl", "s.a", "sas", "srl", "s.r.l.", "bv",
      "b.v.", "nv", "pty",
      "comunicación", "comunicacion", "communications", "network", "networks", "broadcasting", "se", "kg",
      "oy", "ab", "asa", "spa", "s.p.a.", "a/s", "as",
      "2025", "2023", "2026",
    ]
    while words.count > 1, let last = words.last,
      suffixes.contains(last.lowercased()) || (last.count == 4 && last.allSatisfy(\.isNumber)),
      !["&", "and"].contains(words[words.count - 2].lowercased())
    {
      words.removeLast()
    }
    guard let first = words.first, let last = words.last else { return name }
    return name[first.startIndex..<last.endIndex]
  }
  /// An outlet name without surrounding punctuation; nil when nothing name-like is left.
  static func cleanOutlet(_ text: Substring) -> String? {
    var trimmed = PersonName.trim(text)
    while let last = trimmed.last, ",;:|-–—(".contains(last) { trimmed = PersonName.trim(trimmed.dropLast()) }
    while let first = trimmed.first, ",;:|-–—)".contains(first) { trimmed = PersonName.trim(trimmed.dropFirst()) }
    var name = trimmed.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    guard !name.isEmpty, name.count <= 60, name.first?.isLetter == true else { return nil }
    // "UBC News Logo" (a logo's alt text), "Al Marsa and news agencies": the name without the extras.
    for tail in [" Logo", " logo", " and news agencies", " and agencies", " with agencies", " and wires"]
    where name.hasSuffix(tail) {
      name = String(name.dropLast(tail.count))
    }
    // A link is not a name, and nothing is guessed from it.
    if name.containsText("://") || name.lowercased().hasPrefix("www.") { return nil }
    // "Registrar of Voters, 12:30 a.m." credits data with a time stamp, not an outlet.
    if Self.containsClockTime(Array(name.utf8)) { return nil }
    return name
  }

  /// Whether the bytes hold a clock time such as "12:30".
  static func containsClockTime(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 3 else { return false }
    for index in 1..<(bytes.count - 1) where bytes[index] == 0x3A {
      if bytes[index - 1] &- 0x30 < 10 && bytes[index + 1] &- 0x30 < 10 { return true }
    }
    return false
  }

  /// An outlet name: an acronym ("CNBC", "AP") or a capitalised name of a few words.
  static func looksLikeOutlet(_ text: Substring) -> Bool {
    let words = text.split(separator: " ")
    guard (1...4).contains(words.count), let first = text.first, first.isUppercase else { return false }
    let letters = text.filter { $0.isLetter }
    if letters.count >= 2 && letters.allSatisfy({ $0.isUppercase }) { return true }
    return words.allSatisfy { $0.first?.isUppercase == true }
      && words.contains { outletWords.contains($0.lowercased()) }
  }

  /// Words that name news outlets in many languages: "Herald", "Courier", "Zeitung", "Folha".
  static let outletWords: Set<String> = [
    "news", "times", "post", "press", "agency", "herald", "journal", "tribune", "daily", "reuters", "bloomberg",
    "guardian", "telegraph", "standard", "wire", "media", "tv", "radio", "gazette", "observer", "chronicle",
    "courier", "review", "magazine", "today", "express", "mail", "ledger", "dispatch", "examiner", "sentinel",
    "echo", "bugle", "star", "record", "register", "bulletin", "monitor", "voice", "report", "weekly", "mirror",
    "independent", "globe", "inquirer", "enquirer", "zeitung", "rundschau", "anzeiger", "abendpost", "folha",
    "jornal", "diário", "diario", "corriere", "gazzetta", "voce", "giornale", "tribuna", "crónica", "cronica",
    "periódico", "heraldo", "nouvelles", "presse", "dépêche", "quotidien", "telegraaf", "dagblad", "courant",
  ]

  /// The outlet's name as the page's masthead prints it, in the first lines above the headline:
  /// "GULFLINE NEWS", "The Brennholm Daily Post".
  static func masthead(_ units: [Unit], before titleIndex: Int?, text: (Unit) -> String) -> String? {
    let end = min(titleIndex ?? 8, 8, units.count)
    for index in 0..<end where (2...4).contains(units[index].features.words) {
      guard units[index].label.isUndecided || units[index].label == .boilerplate("navigation") else { continue }
      let line = text(units[index])
      let words = line.split(separator: " ")
      guard words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }),
        words.contains(where: { outletWords.contains($0.lowercased()) }),
        ChromeLexicon.match(units[index].features.wordHashes).coveredWords < units[index].features.words
      else { continue }
      let isShouting = line.allSatisfy { !$0.isLowercase }
      return isShouting ? words.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ") : line
    }
    return nil
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
  static let pageKindWords: Set<String> = [
    "live", "updates", "update", "video", "videos", "photos", "analysis",
    "opinion", "explainer", "podcast", "gallery", "watch", "listen", "breaking", "exclusive", "latest",
  ]
  /// House lines that identify an outlet whose name the page does not print.
  static let outletSignatures: [(String, String)] = [
    ("unlock the editor’s digest for free", "Financial Times"),
    ("unlock the editor's digest for free", "Financial Times"),
    ("(reuters) -", "Reuters"), ("(reuters) —", "Reuters"), ("(ap) —", "Associated Press"),
    ("(ap) -", "Associated Press"),
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
