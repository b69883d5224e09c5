/// One word of a body sentence, as UTF-8 byte offsets into the article text.
struct WordToken: Hashable, Sendable {
  /// The whole word, a possessive ending included.
  var range: Range<Int>
  /// The word without a possessive `'s` / `’s` ending; equal to `range` otherwise.
  var stem: Range<Int>
  /// First letter upper-case (Latin, Greek or Cyrillic).
  var isCapitalized: Bool
  /// Two or more letters, all upper-case ("NATO", "U.S.", "DPRK").
  var isAllCaps: Bool
  var hasDigit: Bool
  /// Only white space lies between the previous word and this one (no comma, dash, bracket or quote).
  var followsSpace: Bool
  /// The lexicon lists the stem is spelled as.
  var classes: WordClass = []

  var isPossessive: Bool { stem != range }
  /// The lexicon lists the whole word is spelled as: none for a possessive, since no list holds one.
  var wholeClasses: WordClass { isPossessive ? [] : classes }
}

/// Splits text into words over UTF-8 bytes: letters and digits with inner apostrophes, hyphens and the dots of
/// abbreviations ("U.S."), so a name never breaks inside "O’Carroll", "Jean-Pierre" or "U.S.".
enum WordTokens {
  /// The words in `range`, at most `limit` of them. Each word depends only on the bytes from its start on, so the
  /// first `limit` words are the same as the whole list's; callers that test the first word or a count stop early.
  static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, limit: Int = .max) -> [WordToken] {
    var tokens: [WordToken] = []
    tokens.reserveCapacity(min(range.count / 5 + 1, limit))
    var index = range.lowerBound
    var gapIsSpace = true
    while index < range.upperBound && tokens.count < limit {
      let width = letterWidth(bytes, at: index, limit: range.upperBound)
      if width == 0 {
        let skip = separatorWidth(bytes, at: index, limit: range.upperBound)
        if !isSpace(bytes, at: index, limit: range.upperBound) { gapIsSpace = false }
        index += skip
        continue
      }
      let start = index
      var end = index
      var stemEnd: Int?
      while end < range.upperBound {
        let letter = letterWidth(bytes, at: end, limit: range.upperBound)
        if letter > 0 {
          end += letter
          continue
        }
        // An apostrophe, hyphen or dot joins two words only when a letter follows it directly.
        let joiner = joinerWidth(bytes, at: end, limit: range.upperBound)
        guard joiner > 0, end + joiner < range.upperBound,
          letterWidth(bytes, at: end + joiner, limit: range.upperBound) > 0
        else {
          // "U.S." keeps its final dot when the word is a dotted abbreviation.
          if bytes[end] == 0x2E, end - start >= 3, bytes[end - 2] == 0x2E {
            end += 1
          }
          // Company and name suffixes keep their dot: "Inc.", "Ltd.", "Corp.", "Jr.".
          else if bytes[end] == 0x2E, isDottedSuffix(bytes, start..<end) {
            end += 1
          }
          break
        }
        if joiner == 3 || bytes[end] == 0x27, isPossessiveEnding(bytes, at: end + joiner, limit: range.upperBound) {
          stemEnd = end
        }
        end += joiner
      }
      let stem = start..<(stemEnd ?? end)
      tokens.append(
        WordToken(
          range: start..<end, stem: stem, isCapitalized: isUpper(bytes, at: start),
          isAllCaps: isAllCaps(bytes, in: stem), hasDigit: hasDigit(bytes, in: stem), followsSpace: gapIsSpace,
          classes: WordClass.of(bytes, stem)))
      gapIsSpace = true
      index = end
    }
    return tokens
  }

  private static func isDottedSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count >= 2, range.count <= 4 else { return false }
    return dottedWords.contains(Array(bytes[range]))
  }

  /// Abbreviations written with a dot that belongs to the word: company forms, titles and name suffixes.
  private static let dottedWords: Set<[UInt8]> = Set(
    [
      "Inc", "Ltd", "Corp", "Co", "Jr", "Sr", "Bros", "Prof", "Dr", "Mr", "Mrs", "Ms", "Gen", "Sen", "Rep", "Gov",
      "Lt", "Col", "Capt", "Sgt", "St", "Mt", "Hon", "Smt", "Rev", "Adm", "Maj", "Sra",
    ].map { Array($0.utf8) })

  /// "Grocers’ Federation": only a plural possessive mark and a space lie between the two words.
  static func isPluralPossessiveGap(
    _ bytes: UnsafeBufferPointer<UInt8>, between previous: WordToken, and next: WordToken
  )
    -> Bool
  {
    let gap = previous.range.upperBound..<next.range.lowerBound
    guard gap.lowerBound > 0, bytes[gap.lowerBound - 1] == 0x73 else { return false }
    return bytes[gap].elementsEqual([0x27, 0x20]) || bytes[gap].elementsEqual([0xE2, 0x80, 0x99, 0x20])
  }

  /// Bytes of the letter or digit at `index`, 0 when it is not one. Bytes of other scripts count as letters,
  /// except the general punctuation block (curly quotes, dashes, ellipsis) and Latin-1 punctuation.
  @inline(__always)
  static func letterWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 {
      let lower = byte | 0x20
      return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) ? 1 : 0
    }
    let width = sequenceWidth(byte)
    guard index + width <= limit, width > 1 else { return 0 }
    if byte == 0xC2 { return 0 }  // NBSP, «, », ©, ° and other Latin-1 signs
    if byte == 0xC3, bytes[index + 1] == 0x97 || bytes[index + 1] == 0xB7 { return 0 }  // × ÷
    if byte == 0xE2 { return 0 }  // general punctuation, arrows, symbols
    if byte == 0xE3, bytes[index + 1] == 0x80 { return 0 }  // CJK punctuation
    if byte == 0xEF, bytes[index + 1] == 0xBB || bytes[index + 1] == 0xBC || bytes[index + 1] == 0xBD { return 0 }
    if byte >= 0xF0 { return 0 }  // emoji
    return width
  }

  /// Width of an apostrophe (' or ’), hyphen, or dot that may join two parts of one word.
  @inline(__always)
  private static func joinerWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Int {
    let byte = bytes[index]
    if byte == 0x27 || byte == 0x2D || byte == 0x2E { return 1 }
    if byte == 0xE2, index + 2 < limit, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 { return 3 }
    return 0
  }

  /// Whether the letters after an apostrophe are a possessive "s" ending the word.
  private static func isPossessiveEnding(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Bool {
    guard bytes[index] | 0x20 == 0x73 else { return false }
    return index + 1 >= limit || letterWidth(bytes, at: index + 1, limit: limit) == 0
  }

  private static func separatorWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Int {
    min(max(sequenceWidth(bytes[index]), 1), limit - index)
  }

  @inline(__always)
  static func sequenceWidth(_ lead: UInt8) -> Int {
    if lead < 0xC0 { return 1 }
    if lead < 0xE0 { return 2 }
    if lead < 0xF0 { return 3 }
    return 4
  }

  static func isSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Bool {
    let byte = bytes[index]
    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return true }
    return byte == 0xC2 && index + 1 < limit && bytes[index + 1] == 0xA0
  }

  /// Upper-case first letter: ASCII, Latin-1 (À–Þ), Latin Extended-A (even code points), Greek and Cyrillic capitals.
  static func isUpper(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let byte = bytes[index]
    if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
    guard index + 1 < bytes.count else { return false }
    let next = bytes[index + 1]
    switch byte {
    case 0xC3: return next >= 0x80 && next <= 0x9E && next != 0x97
    case 0xC4, 0xC5:
      // Latin Extended-A pairs capitals with even code points, except Ĺ–Ň and Ź–Ž, which start on odd ones.
      let point = (Int(byte & 0x1F) << 6) | Int(next & 0x3F)
      if (0x139...0x148).contains(point) || (0x179...0x17E).contains(point) { return point & 1 == 1 }
      return point == 0x178 || point & 1 == 0 && point != 0x138
    case 0xCE: return next >= 0x91 && next <= 0xAB
    case 0xD0: return next >= 0x80 && next <= 0xAF
    default: return false
    }
  }

  @inline(__always)
  private static func isAllCaps(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Bool {
    var letters = 0
    for index in range {
      let byte = bytes[index]
      if byte >= 0x61 && byte <= 0x7A { return false }
      if byte >= 0x41 && byte <= 0x5A { letters += 1 } else if byte >= 0x80 { return false }
    }
    return letters >= 2
  }

  @inline(__always)
  private static func hasDigit(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Bool {
    for index in range where isDigit(bytes[index]) { return true }
    return false
  }
}
