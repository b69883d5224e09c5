/// Tells whether a short piece of text reads as a person's name: "Dylan Butts", "Jean-Pierre Dupont",
/// "J. K. Rowling", "Leif-Eric Easley", "Ana de la Cruz".
enum PersonName {
  private static let particles: Set<String> = [
    "de", "la", "le", "van", "von", "der", "den", "da", "di", "del", "dos", "du", "bin", "ibn", "al", "el", "ter",
    "y",
  ]

  /// Words that appear capitalised in bylines but are never part of a name.
  private static let nonNameWords: Set<String> = [
    "news", "times", "staff", "reporter", "writer", "editor", "correspondent", "desk", "team", "agency",
    "associated", "press", "online", "daily", "post", "world", "report", "updated", "published", "share",
    "contributor", "columnist", "service", "the", "and", "by", "photo", "image", "source", "credit", "more",
    "view", "all", "follow", "read", "min", "minutes", "ago", "today", "yesterday", "live", "video",
    "key", "points", "highlights", "summary", "takeaways", "related", "latest", "top", "breaking", "updates",
    "analysis", "explainer", "opinion", "comment", "editorial", "sponsored", "advertisement", "newsletter",
    "facebook", "email", "linkedin", "twitter", "whatsapp", "instagram", "youtube", "print", "save", "comments",
    "business", "travel", "sport", "sports", "politics", "world", "local", "weather", "home", "menu", "search",
    "review", "magazine", "journal", "herald", "gazette", "tribune", "chronicle", "courier", "standard",
    "observer", "express", "mail", "telegraph", "guardian", "wire", "media", "group", "network", "channel",
  ]

  /// Whether `text` (already trimmed) is a plausible personal name of 2 to 5 words.
  static func isName(_ text: Substring) -> Bool {
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    guard (2...5).contains(words.count) else { return false }
    var capitalizedWords = 0
    for word in words {
      let lowered = word.lowercased()
      if particles.contains(lowered) { continue }
      if nonNameWords.contains(lowered) { return false }
      guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
      // Initials ("J.") or a name part with letters, hyphens and apostrophes only.
      let isInitial = word.count == 2 && word.hasSuffix(".")
      let isNamePart = word.unicodeScalars.allSatisfy {
        $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "."
      }
      guard isInitial || isNamePart else { return false }
      // All-capital words longer than 3 letters are acronyms or shouting, not names.
      if word.count > 3 && word.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) { return false }
      capitalizedWords += 1
    }
    return capitalizedWords >= 2
  }

  /// Splits an author list: "Jane Doe and John Roe", "Jane Doe, John Roe & Max Mu".
  static func splitNames(_ text: Substring) -> [Substring] {
    var parts: [Substring] = []
    for piece in text.split(separator: ",") {
      var rest = piece[...]
      while let range = rest.utf8Range(of: " and ") ?? rest.utf8Range(of: " & ") ?? rest.utf8Range(of: " und ")
        ?? rest.utf8Range(of: " et ") ?? rest.utf8Range(of: " y ")
      {
        parts.append(rest[..<range.lowerBound])
        rest = rest[range.upperBound...]
      }
      parts.append(rest)
    }
    return parts.map { trim($0) }.filter { !$0.isEmpty }
  }

  static func trim(_ text: Substring) -> Substring {
    let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{200B}" }
    guard let start = text.firstIndex(where: { !isSpace($0) }),
      let end = text.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return text[start...end]
  }
}
