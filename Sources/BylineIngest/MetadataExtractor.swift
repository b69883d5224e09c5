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
  }

  var dateCandidates: [DateCandidate] = []
  var bylineAuthors: [String] = []
  var creditedSource: String?
  var bylineSource: String?
  var copyrightOwner: String?
  var bioSite: String?

  init(page: Page) { self.page = page }

  func text(_ unit: Unit) -> String {
    unit.lines.map { PersonName.trim(page.text(page.lines[$0])[...]) }.joined(separator: " ")
  }

  // MARK: - Lines that carry metadata

  /// Claims date lines, bylines, credit and source lines among units not yet labelled.
  /// `headerEnd` is the index of the first unit of running prose: bylines only count before it.
  mutating func claimLines(_ units: inout [Unit], headerEnd: Int, titleIndex: Int?) {
    for index in units.indices {
      let unit = units[index]
      let features = unit.features
      guard features.words <= 40 else { continue }
      let line = text(unit)
      let lowered = line.lowercased()
      let inHeader = index < headerEnd

      if let (outlet, date) = creditLine(line) {
        if let outlet { creditedSource = creditedSource ?? outlet }
        if let date { dateCandidates.append(DateCandidate(date: date, priority: 1)) }
        units[index].label = .metadata(.source)
        continue
      }
      if features.words <= 12, Self.isCompilerCredit(lowered) {
        units[index].label = .metadata(.credit)
        continue
      }
      if let copyright = copyrightHolder(line) {
        copyrightOwner = copyrightOwner ?? copyright
        if unit.label == .undecided || unit.label == .boilerplate("footer") {
          units[index].label = .metadata(.source)
        }
        continue
      }
      if !unit.label.isUndecided { continue }
      if let date = DateScanner.parseWholeLine(line) {
        let beforeTitle = titleIndex.map { index < $0 } ?? (index == 0)
        if beforeTitle {
          // A bare date above the headline is the site's "today" widget, not when this was published.
          units[index].label = .boilerplate("site date")
        } else if inHeader || lowered.hasPrefix("published") || lowered.hasPrefix("updated") {
          let priority = lowered.contains("updated") ? 2 : 3
          dateCandidates.append(DateCandidate(date: date, priority: priority))
          units[index].label = .metadata(.date)
        }
        continue
      }
      if inHeader, let byline = byline(line) {
        bylineAuthors += byline.authors.filter { !bylineAuthors.contains($0) }
        if let outlet = byline.outlet { bylineSource = bylineSource ?? outlet }
        if let date = byline.date { dateCandidates.append(DateCandidate(date: date, priority: 4)) }
        units[index].label = .metadata(.byline)
      }
    }
  }

  /// "Prepared by: X", "Compiled by X", "Edited by X", "Translated by X".
  static func isCompilerCredit(_ lowered: String) -> Bool {
    ["prepared by", "compiled by", "edited by", "editing by", "translated by", "additional reporting by",
     "produced by", "fact-checked by", "fact checked by"]
      .contains { lowered.hasPrefix($0) }
  }

  /// "Source: CNBC WED, JUN 19 2024", "Credit: BBC 2024-06-20", "Originally published by X".
  func creditLine(_ line: String) -> (String?, CalendarDate?)? {
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
    // "Image Source: WJTV" is a caption, not a credit: only a line starting with the marker counts.
    return (outlet, matches.first?.date)
  }

  /// "Copyright © 2024 INPAC Times. All Rights Reserved", "© 2024 The Daily Post".
  func copyrightHolder(_ line: String) -> String? {
    let lowered = line.lowercased()
    guard lowered.hasPrefix("copyright") || lowered.hasPrefix("©") || lowered.hasPrefix("(c)") else { return nil }
    var rest = Substring(line)
    for word in ["Copyright", "copyright", "COPYRIGHT", "©", "(c)", "(C)"] {
      rest = PersonName.trim(rest)
      if rest.hasPrefix(word) { rest = rest.dropFirst(word.count) }
    }
    rest = PersonName.trim(rest)
    // Years and year ranges: "2024", "2010-2024", "2010 – 2024".
    while let first = rest.first, first.isNumber || first == "-" || first == "–" || first == " " || first == "," {
      rest = rest.dropFirst()
    }
    if let stop = rest.firstIndex(where: { $0 == "." || $0 == "|" || $0 == "," }) { rest = rest[..<stop] }
    for tail in [" All Rights Reserved", " all rights reserved", " All rights reserved"] {
      if let range = rest.firstRange(of: tail) { rest = rest[..<range.lowerBound] }
    }
    return Self.cleanOutlet(rest)
  }

  /// An outlet name without surrounding punctuation; nil when nothing name-like is left.
  static func cleanOutlet(_ text: Substring) -> String? {
    var trimmed = PersonName.trim(text)
    while let last = trimmed.last, ",;:|-–—(".contains(last) { trimmed = PersonName.trim(trimmed.dropLast()) }
    while let first = trimmed.first, ",;:|-–—)".contains(first) { trimmed = PersonName.trim(trimmed.dropFirst()) }
    let collapsed = trimmed.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    guard !collapsed.isEmpty, collapsed.count <= 60, collapsed.first?.isLetter == true else { return nil }
    return collapsed
  }

  struct Byline {
    var authors: [String]
    var outlet: String?
    var date: CalendarDate?
  }

  /// "By Jane Doe and John Roe", "Natasha Kumar By Natasha Kumar Jun20,2024", "Dylan Butts-CNBC",
  /// "Jane Doe | Reuters", "Written by Jane Doe", "Von Anna Schmidt".
  func byline(_ line: String) -> Byline? {
    let dates = DateScanner.scan(line)
    var text = Substring(line)
    if let first = dates.first {
      let utf8 = line.utf8
      let cut = utf8.index(utf8.startIndex, offsetBy: first.range.lowerBound)
      text = PersonName.trim(line[..<cut])
      let after = PersonName.trim(line[utf8.index(utf8.startIndex, offsetBy: first.range.upperBound)...])
      if after.split(separator: " ").count > 4 { return nil }
    }
    while let last = text.last, ",|·•-–—".contains(last) { text = PersonName.trim(text.dropLast()) }
    let markers = ["By ", "by ", "BY ", "Written by ", "Words by ", "Story by ", "Reporting by ", "Author: ",
      "Authors: ", "Von ", "Par ", "Por "]
    var sawMarker = false
    for marker in markers {
      if let range = text.firstRange(of: marker), range.lowerBound == text.startIndex
        || text[text.index(before: range.lowerBound)] == " "
      {
        // "Natasha Kumar By Natasha Kumar": the avatar's name repeats before the marker.
        text = PersonName.trim(text[range.upperBound...])
        sawMarker = true
        break
      }
    }
    var outlet: String?
    var namesText = text
    // "Dylan Butts-CNBC", "Jane Doe | Reuters", "Jane Doe, Reuters", "Jane Doe (AP)".
    for separator in [" | ", " / ", "|", "-", " — ", " – ", ", ", " for "] {
      guard let range = namesText.ranges(of: separator).last else { continue }
      let tail = PersonName.trim(namesText[range.upperBound...])
      let head = PersonName.trim(namesText[..<range.lowerBound])
      let tailIsOutlet = Self.looksLikeOutlet(tail) && !PersonName.isName(tail)
      if tailIsOutlet && (PersonName.isName(head) || sawMarker) {
        outlet = String(tail)
        namesText = head
        break
      }
    }
    let names = PersonName.splitNames(namesText).filter { PersonName.isName($0) }
    guard !names.isEmpty else { return nil }
    let allNames = PersonName.splitNames(namesText)
    // Without a "By" only a line that is nothing but names (and an outlet) is a byline.
    if !sawMarker && (names.count != allNames.count || (outlet == nil && dates.isEmpty)) { return nil }
    return Byline(authors: names.map(String.init), outlet: outlet, date: dates.first?.date)
  }

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
  static func chooseTitle(_ units: inout [Unit], bodyStart: Int, text: (Unit) -> String) -> (String?, String?, Int?) {
    var best: (index: Int, score: Int)? = nil
    let searchEnd = min(bodyStart, units.count)
    for index in 0..<searchEnd where units[index].label.isUndecided || units[index].label == .boilerplate("navigation") {
      let features = units[index].features
      guard features.listMarker == .none, (3...30).contains(features.words), features.scalars <= 220,
        features.ending != .sentence || text(units[index]).hasSuffix("?") || text(units[index]).hasSuffix("!"),
        features.ending != .colon, features.linkMarkers == 0, units[index].label.isUndecided
      else { continue }
      var score = 10
      if features.words >= 5 { score += 3 }
      // The headline sits near the start of the story.
      score -= (searchEnd - index) / 4
      if best == nil || score > best!.score { best = (index, score) }
    }
    guard let chosen = best else { return (nil, nil, nil) }
    units[chosen.index].label = .metadata(.title)
    let (title, site) = splitSiteSuffix(text(units[chosen.index]))
    // Second headlines between the title and the body (a translated or original headline).
    for index in (chosen.index + 1)..<searchEnd where units[index].label.isUndecided {
      let features = units[index].features
      if features.listMarker == .none, features.words >= 5, features.ending != .sentence, features.ending != .colon,
        features.scalars <= 220
      {
        units[index].label = .metadata(.title)
      }
    }
    return (title, site, chosen.index)
  }

  /// "Headline -Dlight News" → ("Headline", "Dlight News"); "Headline | The Paper" likewise.
  static func splitSiteSuffix(_ title: String) -> (String, String?) {
    let collapsed = title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    for separator in [" | ", " -", " – ", " — ", " :: ", " · "] {
      guard let range = collapsed.ranges(of: separator).last else { continue }
      let tail = PersonName.trim(collapsed[range.upperBound...])
      let head = PersonName.trim(collapsed[..<range.lowerBound])
      let tailWords = tail.split(separator: " ")
      if (1...4).contains(tailWords.count), tailWords.allSatisfy({ $0.first?.isUppercase == true }),
        head.split(separator: " ").count >= 4
      {
        return (String(head), String(tail))
      }
    }
    return (collapsed, nil)
  }

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
    outletSignatures.first { lowered.contains($0.0) }?.1
  }

  /// "Before joining The Times Hub, …" / "She joined The Daily Post in 2019" in an author bio.
  static func siteFromBio(_ bio: String) -> String? {
    for marker in ["joining ", "joined "] {
      guard let range = bio.firstRange(of: marker) else { continue }
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
