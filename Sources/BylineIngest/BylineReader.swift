import BylineModel

/// Bylines in all the shapes pages print them: "By Jane Doe and John Roe", "Dylan Butts-CNBC", "Jane Doe,
/// Economics Editor", "Natasha Kumar By Natasha Kumar Jun20,2024", and bylines spread over several lines.
extension MetadataExtractor {
  static let placeWords = WordTable(words: ["in", "at"])
  static let openingOnlyMarkers: Set<String> = ["von ", "par ", "por ", "di ", "de "]
  static let dateOpeners = WordTable(words: ["posted", "published", "written", "updated"])
  static let creditMarkers = WordTable(words: ["via", "getty", "photo", "photograph", "images"])
  static let bylineMarkers = WordTable(words: [
    "by", "von", "par", "por", "author", "authors", "words", "written", "story", "reporting",
  ])
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
      // "Posted on 13th November 2024 by Rosie Penhallow".
      if let opener = features.wordHashes.first, dateOpeners.contains(opener) { return true }
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
  static let roleWords = WordTable(words: [
    "editor", "correspondent", "reporter", "writer", "journalist", "columnist",
    "contributor", "staff", "producer", "analyst", "critic", "chief", "senior", "deputy", "desk", "freelance",
    "redakteur", "redakteurin", "korrespondent", "journaliste", "periodista", "corresponsal", "photographer",
    "editors", "correspondents", "reporters", "writers", "journalists", "columnists", "contributors",
    "producers", "analysts", "critics", "photographers",
  ])
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
      if let range = result.asciiCaseInsensitiveRange(of: marker) {
        result = PersonName.trim(result[..<range.lowerBound])
      }
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
    for other in [
      "photograph", "photo", "pictures", "illustration", "video", "edited", "editing", "graphics",
      "reviewed", "medically reviewed", "fact-checked", "fact checked", "additional reporting",
    ]
    where lowered.hasPrefix(other) {
      return Byline(authors: [], outlet: nil, date: nil)
    }
    var sawMarker = false
    // "Author of the article: Jane Doe", "Reporter: Jane Doe".
    if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 24 {
      let label = text[..<colon].lowercased()
      if ["author", "written", "reporter", "byline", "words", "autor", "auteur"].contains(where: { label.contains($0) })
      {
        text = PersonName.trim(text[text.index(after: colon)...])
        sawMarker = true
      }
    }
    // The earliest marker wins ("By Jane Doe, with additional reporting by John Roe"); at one position the
    // longest ("Written by:" before "by").
    let markers = [
      "written by: ", "written by ", "words by ", "words: ", "story by ", "reporting by ", "author: ",
      "authors: ", "by: ", "by ", "von ", "par ", "por ", "di ", "de ",
    ]
    if !sawMarker {
      var best: Range<Substring.Index>? = nil
      for marker in markers {
        guard let range = text.asciiCaseInsensitiveRange(of: marker),
          range.lowerBound == text.startIndex || text[text.index(before: range.lowerBound)] == " "
        else { continue }
        // Other languages' "by" doubles as a name particle ("Ana de la Cruz"): it counts only opening the line.
        if Self.openingOnlyMarkers.contains(marker), range.lowerBound != text.startIndex { continue }
        if let current = best, current.lowerBound <= range.lowerBound { continue }
        best = range
      }
      if let range = best {
        let before = PersonName.trim(text[..<range.lowerBound])
        let after = PersonName.trim(text[range.upperBound...])
        // A marker inside a line must follow the same name again ("Natasha Kumar By Natasha Kumar", an
        // avatar's caption) or be a capitalised "By" after a name; "Cut Off by Flash Floods" is a headline.
        let markerText = text[range]
        let capitalised = markerText.first?.isUppercase == true
        let avatar = !before.isEmpty && after.hasPrefix(before)
        if before.isEmpty || avatar
          || (capitalised && PersonName.isName(before) && before.split(separator: " ").count <= 3)
        {
          text = after
          sawMarker = true
        } else {
          return nil
        }
      }
    }
    // Credits after the writer's name are not more writers.
    for credit in [
      ", with additional reporting", " with additional reporting", "; additional reporting",
      ", additional reporting", "; editing by", ", edited by",
    ] {
      if let range = text.asciiCaseInsensitiveRange(of: credit) { text = PersonName.trim(text[..<range.lowerBound]) }
    }
    // "MORISHITA Aya / Kansai Herald Staff Writer": a job title after a bar or slash.
    for separator in [" / ", " | "] {
      if let range = text.lastUTF8Range(of: separator), Self.isRole(text[range.upperBound...]) {
        text = PersonName.trim(text[..<range.lowerBound])
      }
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
      let inside = PersonName.trim(
        namesText[namesText.index(after: open)..<namesText.index(before: namesText.endIndex)])
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
  static let wireServices: Set<String> = [
    "reuters", "afp", "ap", "bloomberg", "dpa", "efe", "ansa", "tass",
    "xinhua", "kyodo", "yonhap", "pa", "aap", "upi", "anadolu", "interfax",
  ]
  static let credentials: Set<String> = [
    "md", "phd", "rn", "jd", "mba", "esq", "jr", "sr", "ii", "iii", "dphil",
    "msc", "ma", "bsc", "frcp", "cfa",
  ]
  /// "and Dev Raman" → "Dev Raman".
  static func withoutLeadingConnector(_ text: Substring) -> Substring {
    for connector in ["and ", "And ", "& ", "with ", "und ", "et ", "y ", "e "] where text.hasPrefix(connector) {
      return PersonName.trim(text.dropFirst(connector.count))
    }
    return text
  }
  /// Drops "in London" / "at Riverside Park" after each name of a byline.
  static func withoutPlaces(_ text: Substring) -> Substring {
    guard
      text.containsText(" in ") || text.containsText(" at ") || text.containsText(", de ")
        || text.containsText(", da ") || text.containsText(", from ")
    else { return text }
    var kept: [Substring] = []
    for part in PersonName.splitNames(text) {
      var name = part
      for marker in [" in ", " at ", " de ", " da ", " from "] {
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
      // "Jesse Lindqvist and Amara Collins-Doyle", "di Giulia Ferraresi": several names, or one after a
      // marker in another language; "Niamh Calloway Environment correspondent": a name and its job.
      var names = PersonName.splitNames(Self.withoutOpeningMarker(Substring(line)))
      if !names.allSatisfy({ PersonName.isName($0) }) {
        // After a byline line a job title ("Federal Courts Reporter") is that byline's, not a new name.
        names = previousIsByline ? [] : Self.nameBeforeRole(Substring(line)).map { [$0] } ?? []
      }
      if !names.isEmpty && features.words <= 9 {
        let next = index + 1
        let roleFollows =
          next < units.count && units[next].features.words <= 10 && Self.isRole(Substring(text(units[next])))
        let dateBeside = [index - 1, index + 1, index + 2].contains {
          units.indices.contains($0) && units[$0].label == .metadata(.date)
        }
        if expectName || roleFollows || dateBeside {
          units[index].label = .metadata(.byline)
          for name in names.map(String.init) where !bylineAuthors.contains(name) { bylineAuthors.append(name) }
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
  /// "Niamh Calloway Environment correspondent" → "Niamh Calloway".
  static func nameBeforeRole(_ text: Substring) -> Substring? {
    let words = text.split(separator: " ")
    guard words.count >= 3, words.count <= 8 else { return nil }
    for split in 2..<words.count {
      let head = Substring(words[..<split].joined(separator: " "))
      let tail = Substring(words[split...].joined(separator: " "))
      if isRole(tail), PersonName.isName(head), !isRole(head) { return head }
    }
    return nil
  }

  /// "di Giulia Ferraresi" → "Giulia Ferraresi": a lower-case marker opening a names-only line.
  static func withoutOpeningMarker(_ text: Substring) -> Substring {
    for marker in ["by "] + openingOnlyMarkers where text.hasPrefix(marker) {
      return PersonName.trim(text.dropFirst(marker.count))
    }
    return text
  }

  /// A byline's marker standing alone on its line.
  static let bareMarkers: Set<String> = [
    "by", "by:", "written by", "written by:", "words by", "author", "author:",
    "authors", "authors:", "von", "par", "por", "di", "reporter:",
  ]
  /// What joins the lines of a byline block.
  static let connectors: Set<String> = ["and", "&", "|", "·", "•", ",", "und", "et", "y", "with"]
}
