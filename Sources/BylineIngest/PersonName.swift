/// Tells whether a short piece of text reads as a person's name: "Dylan Butts", "Jean-Pierre Dupont",
/// "J. K. Rowling", "Leif-Eric Easley", "Ana de la Cruz".
enum PersonName {
  private static let particles = WordTable(words: [
    "de", "la", "le", "van", "von", "der", "den", "da", "di", "del", "dos", "du", "bin", "ibn", "al", "el", "ter",
    "y", "las", "los", "des", "do", "das", "af", "zu", "ten", "vom", "op", "het",
  ])

  /// Words that appear capitalised in bylines but are never part of a name.
  private static let nonNameWords = WordTable(words: [
    "news", "times", "staff", "reporter", "writer", "editor", "correspondent", "desk", "team", "agency",
    "associated", "press", "online", "daily", "post", "world", "report", "updated", "published", "share",
    "contributor", "columnist", "service", "the", "and", "by", "photo", "image", "source", "credit", "more",
    "view", "all", "follow", "read", "min", "minutes", "ago", "today", "yesterday", "live", "video",
    "key", "points", "highlights", "summary", "takeaways", "related", "latest", "top", "breaking", "updates",
    "analysis", "explainer", "opinion", "comment", "editorial", "sponsored", "advertisement", "newsletter",
    "facebook", "email", "linkedin", "twitter", "whatsapp", "instagram", "youtube", "print", "save", "comments",
    "business", "travel", "sport", "sports", "politics", "local", "weather", "home", "menu", "search",
    "review", "magazine", "journal", "herald", "gazette", "tribune", "chronicle", "courier", "standard",
    "observer", "express", "mail", "telegraph", "guardian", "wire", "media", "group", "network", "channel",
  ])

  /// Whether `text` (already trimmed) is a plausible personal name of 2 to 5 words.
  ///
  /// Reads UTF-8 bytes: it runs on every candidate byline, and `Character`-level string work made it the
  /// slowest step of the parser.
  static func isName(_ text: Substring) -> Bool {
    let bytes = Array(text.utf8)
    var words = 0
    var capitalizedWords = 0
    var mixedCaseWords = 0
    var index = 0
    while index < bytes.count {
      while index < bytes.count && bytes[index] == 0x20 { index += 1 }
      guard index < bytes.count else { break }
      let start = index
      while index < bytes.count && bytes[index] != 0x20 { index += 1 }
      words += 1
      if words > 5 { return false }
      let word = bytes[start..<index]
      let hash = StopWords.hash(word)
      if particles.contains(hash) { continue }
      if nonNameWords.contains(hash) { return false }
      guard let verdict = namePartVerdict(word) else { return false }
      capitalizedWords += 1
      if verdict { mixedCaseWords += 1 }
    }
    // A surname in capitals ("MORISHITA Aya") is a name when another part is written normally.
    return words >= 2 && capitalizedWords >= 2 && mixedCaseWords >= 1
      && capitalizedWords - mixedCaseWords <= 1
  }

  /// Whether a word can be part of a name: an initial ("J."), or a capitalised run of letters, hyphens and
  /// apostrophes that is not an all-capital word of more than three letters. Nil when the word is not
  /// capitalised at all.
  private static func namePartVerdict(_ word: ArraySlice<UInt8>) -> Bool? {
    guard let first = word.first else { return nil }
    if first < 0x80 {
      guard first >= 0x41 && first <= 0x5A else { return nil }
    } else {
      guard let scalar = String(decoding: word.prefix(4), as: UTF8.self).unicodeScalars.first,
        scalar.properties.isUppercase
      else { return nil }
    }
    if word.count == 2 && word.last == 0x2E { return true }
    var hasLowercase = false
    var letters = 0
    for byte in word {
      switch byte {
      case 0x61...0x7A: hasLowercase = true; letters += 1
      case 0x41...0x5A: letters += 1
      case 0x2D, 0x27, 0x2E: continue
      // Punctuation, digits or symbols: not part of a name at all.
      case 0x80...0xFF:
        // Non-ASCII letters (é, ł, Ö…) and the typographic apostrophe: accept; case is judged by ASCII.
        hasLowercase = hasLowercase || byte >= 0x80
        letters += 1
      default: return nil
      }
    }
    // All-capital words longer than three letters are acronyms or shouting, not names.
    return hasLowercase || letters <= 3
  }

  /// Splits an author list: "Jane Doe and John Roe", "Jane Doe, John Roe & Max Mu".
  static func splitNames(_ text: Substring) -> [Substring] {
    var parts: [Substring] = []
    for piece in text.split(separator: ",") {
      var rest = piece[...]
      while let range = rest.utf8Range(of: " and ") ?? rest.utf8Range(of: " And ") ?? rest.utf8Range(of: " & ")
        ?? rest.utf8Range(of: " und ") ?? rest.utf8Range(of: " et ") ?? rest.utf8Range(of: " y ")
        ?? rest.utf8Range(of: " e ")
      {
        parts.append(rest[..<range.lowerBound])
        rest = rest[range.upperBound...]
      }
      parts.append(rest)
    }
    return parts.map { trim($0) }.filter { !$0.isEmpty }
  }

  /// The text without surrounding whitespace (ASCII blanks, NBSP, zero-width and other Unicode spaces).
  static func trim(_ text: Substring) -> Substring {
    let view = text.utf8
    var start = view.startIndex
    var end = view.endIndex
    func isSpaceByte(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    // Fast path: ASCII blanks; other whitespace is rare and handled by the slower test below.
    while start < end, isSpaceByte(view[start]) { start = view.index(after: start) }
    while end > start, isSpaceByte(view[view.index(before: end)]) { end = view.index(before: end) }
    var trimmed = text[start..<end]
    let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{200B}" }
    if let first = trimmed.utf8.first, first >= 0x80, let firstIndex = trimmed.firstIndex(where: { !isSpace($0) }) {
      trimmed = trimmed[firstIndex...]
    }
    if let last = trimmed.utf8.last, last >= 0x80, let lastIndex = trimmed.lastIndex(where: { !isSpace($0) }) {
      trimmed = trimmed[...lastIndex]
    }
    return trimmed.utf8.first.map { _ in trimmed } ?? ""
  }
}

extension StringProtocol {
  /// The text without periods: "Ph.D." → "PhD".
  func replacingDots() -> String { String(filter { $0 != "." }) }
}
