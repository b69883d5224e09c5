import BylineModel

/// Date lines: a date with the words that dress it ("Published 3:45 PM EST, Tue January 16, 2024",
/// "12 March 2025 · 5 min read", "Press Release | January 30, 2024").
extension MetadataExtractor {
  /// Words a date line may hold besides the date: "Published 3:45 PM EST", "· 5 min read", "Updated 3 hours ago".
  static let dateLineWords: Set<String> = [
    "published", "updated", "posted", "on", "at", "am", "pm", "a", "m", "p",
    "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt", "ist", "jst", "aest", "min",
    "mins", "minute", "minutes", "read", "hour", "hours", "ago", "last", "first", "modified", "date", "by", "admin",
    "time", "reading", "veröffentlicht", "aktualisiert", "publié", "mis", "à", "jour", "le", "publicado",
    "actualizado", "el", "de", "und", "et", "y", "and", "originally", "uhr", "am", "um", "comments", "comment",
    "modified", "edt", "mst", "mdt", "hst", "akst", "eet", "eest", "msk", "sgt", "hkt", "kst", "wib", "nzst",
    "nzdt", "aedt", "wat", "cat", "eat", "sast", "stand", "mise", "heure", "hora", "h", "atualizado", "atualizada",
    "há", "horas", "minutos", "aggiornato", "ore", "fa", "pubblicato",
    "publicada", "ontem", "hoje",
  ]
  /// Copies of some pages run the parts of a time stamp together: "January 16, 20245:03 PM GMTUpdated 2
  /// hours ago" is "January 16, 2024 5:03 PM GMT Updated 2 hours ago".
  static func separatingRunTogetherStamp(_ line: String) -> String {
    var bytes = Array(line.utf8)
    var index = 0
    while index + 6 < bytes.count {
      // A year (19xx or 20xx) followed at once by a clock time "H:MM" or "HH:MM".
      let isYear =
        (bytes[index] == 0x32 && bytes[index + 1] == 0x30) || (bytes[index] == 0x31 && bytes[index + 1] == 0x39)
      if isYear, (index + 2..<index + 5).allSatisfy({ bytes[$0] &- 0x30 < 10 }),
        index == 0 || bytes[index - 1] == 0x20,
        bytes[index + 5] == 0x3A
          || (bytes[index + 5] &- 0x30 < 10 && index + 6 < bytes.count && bytes[index + 6] == 0x3A)
      {
        bytes.insert(0x20, at: index + 4)
      }
      index += 1
    }
    var text = String(decoding: bytes, as: UTF8.self)
    for word in ["Updated", "Published", "Last updated"] {
      // "GMTUpdated": a capital glued to the end of the previous word.
      if let range = text.utf8Range(of: word), range.lowerBound > text.startIndex,
        text[text.index(before: range.lowerBound)].isLetter
      {
        text.insert(" ", at: range.lowerBound)
      }
    }
    return text
  }

  /// The date of a line that is a date with its usual decorations, and whether the line says explicitly
  /// that this is when the text was published ("Published", "Posted on").
  static func dateLine(_ text: String) -> (date: CalendarDate, explicit: Bool, labelled: Bool)? {
    let line = separatingRunTogetherStamp(text)
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
    let explicit = [
      "published", "posted", "updated", "first published", "veröffentlicht", "publié", "publie",
      "publicado", "pubblicato",
    ].contains { lowered.hasPrefix($0) }
    // Of "Published: 12 March · Updated: 13 March" the first is the publication date.
    return (first.date, explicit, !undecorated.isEmpty)
  }
}
