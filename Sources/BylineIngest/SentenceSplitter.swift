/// Splits a block of prose into sentences, as trimmed UTF-8 byte ranges.
///
/// A sentence ends at `.` `!` `?` `…` (with any closing quotes or brackets after it) when whitespace and then
/// a capital, a digit, an opening quote or bracket, a letter of a script without case, or the end of the text
/// follow; `。` `！` `？` end a sentence wherever they stand. A full stop after a known abbreviation ("Mr.",
/// "U.S.", "Jan.", "No.") or an initial ("George W. Bush") only ends one when a typical sentence opener
/// ("The", "He", "But") follows. A blank line always ends a sentence. It works on bytes, not `Character`s,
/// because it runs over every paragraph of every article.
enum SentenceSplitter {
  /// Sentence ranges, as UTF-8 byte offsets into `text`.
  static func split(_ text: some StringProtocol) -> [Range<Int>] {
    if let found = text.utf8.withContiguousStorageIfAvailable({ split($0) }) { return found }
    return Array(text.utf8).withUnsafeBufferPointer { split($0) }
  }

  /// Sentence ranges, as offsets into `bytes`.
  static func split(_ bytes: [UInt8]) -> [Range<Int>] {
    bytes.withUnsafeBufferPointer { split($0) }
  }

  /// Sentence ranges, as offsets into `bytes`.
  static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    split(bytes, in: 0..<bytes.count)
  }

  /// Sentence ranges within `range` of `bytes` (one block of a larger text), as offsets into `bytes`.
  static func split(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Range<Int>] {
    let clamped = range.clamped(to: 0..<bytes.count)
    return SentenceScanner(bytes: bytes, lower: clamped.lowerBound, upper: clamped.upperBound).sentences()
  }
}

private let period: UInt8 = 0x2E
private let exclamation: UInt8 = 0x21
private let question: UInt8 = 0x3F
private let newline: UInt8 = 0x0A

/// How the text after a possible sentence end begins.
private enum Opening {
  case lower, upper, digit, quoteOrBracket
  /// A letter of a script without case (Chinese, Arabic, Hebrew, Hindi…): no case tells us anything.
  case uncased
  case other
}

/// What a known abbreviation needs before a full stop after it may end a sentence.
private enum Abbreviation {
  /// Titles stand before names, so they never end a sentence ("Dr. Smith").
  case title
  /// Ends a sentence unless a number follows ("No. 5", "p. 12").
  case beforeNumber
  /// Month abbreviations: never before a number ("Jan. 16"), else as `.general`.
  case month
  /// Ends a sentence only before a typical sentence opener ("…on Apple Inc. The company…").
  case general
  /// Never ends a sentence ("vs.", "e.g.", "Roe v. Wade").
  case never
}

private let abbreviations: [String: Abbreviation] = {
  var table: [String: Abbreviation] = [:]
  let titles = [
    "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col",
    "Capt", "Cpt", "Cmdr", "Cdr", "Sgt", "Cpl", "Pvt", "Maj", "Adm", "Brig", "Rev", "Fr", "Msgr", "Hon", "Pres",
    "Supt", "Det", "Insp", "Amb", "Atty", "Rt", "Hr", "Frau", "Sra", "Dra",
  ]
  for word in titles { table[word] = .title }
  for word in [
    "No", "Nos", "no", "Nr", "nr", "Art", "art", "Vol", "vol", "Fig", "fig", "pp", "p", "c", "ca", "Ch", "Sec", "Para",
    "Op", "Ex",
  ] {
    table[word] = .beforeNumber
  }
  for word in ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"] {
    table[word] = .month
  }
  let general = [
    "St", "Ste", "Mt", "Ft", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "Bros", "Inc", "Corp", "Ltd", "Co",
    "Cos", "Plc", "plc", "LLC", "Jr", "Sr", "Esq", "al", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del",
    "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
    "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
  ]
  for word in general { table[word] = .general }
  for word in ["vs", "v", "cf", "approx", "viz", "bzw", "Vs"] { table[word] = .never }
  return table
}()

/// Words that typically open a sentence; after "U.S." or an initial they mean the sentence ended.
private let sentenceOpeners: Set<String> = [
  "The", "He", "She", "It", "In", "But", "They", "We", "This", "That", "These", "Those", "There", "His", "Her",
  "Its", "Their", "Our", "A", "An", "And", "I", "On", "At", "As", "For", "However", "Meanwhile", "After", "When",
  "While", "If", "According", "Some", "Many", "Most", "What", "Why", "How", "Yet", "So", "Still", "Also", "Now",
  "Then", "Last", "Earlier", "Later", "Despite", "Although", "Since", "Officials", "Both", "Such", "Each", "One",
  "No", "Not", "By", "With", "From", "Under", "Over", "To", "Asked", "You", "My", "Your", "Is", "Was", "Are",
  "Were", "Do", "Did", "Does", "Will", "Can", "Today", "Yesterday", "Tomorrow",
]

/// German months, since "16. Januar" writes the day as an ordinal with a full stop.
private let germanMonths: Set<String> = [
  "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
  "November", "Dezember",
]

/// One pass over a block. Every read goes through bounds checks or `byte(_:)`, because
/// `UnsafeBufferPointer` does not check in release builds.
private struct SentenceScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  let lower: Int
  let upper: Int

  /// The byte at `index`, or 0 outside the block, so lookahead and lookbehind need no separate bounds test.
  @inline(__always) func byte(_ index: Int) -> UInt8 {
    index >= lower && index < upper ? bytes[index] : 0
  }

  func sentences() -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = spacesEnd(from: lower)
    var index = start
    while index < upper {
      switch bytes[index] {
      case period, exclamation, question:
        index = sentenceEnd(at: index, start: &start, into: &result)
      case 0xE2, 0xE3, 0xEF:
        if terminator(at: index) != nil {
          index = sentenceEnd(at: index, start: &start, into: &result)
        } else {
          index += 1
        }
      case newline:
        var after = index + 1
        while after < upper, bytes[after] == 0x20 || bytes[after] == 0x09 || bytes[after] == 0x0D { after += 1 }
        guard after < upper, bytes[after] == newline else {
          index += 1
          continue
        }
        let end = trailingEnd(before: index, notBefore: start)
        if end > start { result.append(start..<end) }
        start = spacesEnd(from: after)
        index = start
      default:
        index += 1
      }
    }
    let end = trailingEnd(before: upper, notBefore: start)
    if end > start { result.append(start..<end) }
    return result
  }

  private enum Terminator {
    case period, strong, ellipsis, fullWidth
  }

  /// The sentence-ending mark at `index` and its length in bytes.
  private func terminator(at index: Int) -> (kind: Terminator, length: Int)? {
    switch byte(index) {
    case period: return (.period, 1)
    case exclamation, question: return (.strong, 1)
    case 0xE2:
      return byte(index + 1) == 0x80 && byte(index + 2) == 0xA6 ? (.ellipsis, 3) : nil
    case 0xE3:
      return byte(index + 1) == 0x80 && byte(index + 2) == 0x82 ? (.fullWidth, 3) : nil
    case 0xEF:
      // ！ ？ and the half-width ｡.
      let second = byte(index + 1)
      let third = byte(index + 2)
      if second == 0xBC && (third == 0x81 || third == 0x9F) { return (.fullWidth, 3) }
      return second == 0xBD && third == 0xA1 ? (.fullWidth, 3) : nil
    default:
      return nil
    }
  }

  /// Handles the run of marks starting at `first`, records a sentence if it ends there, and returns where to
  /// continue scanning.
  private func sentenceEnd(at first: Int, start: inout Int, into result: inout [Range<Int>]) -> Int {
    var index = first
    var periods = 0
    var others = 0
    var fullWidth = false
    while index < upper, let (kind, length) = terminator(at: index) {
      switch kind {
      case .period: periods += 1
      case .fullWidth:
        fullWidth = true
        others += 1
      case .strong, .ellipsis: others += 1
      }
      index += length
    }
    var closed = false
    while index < upper {
      let length = closingLength(at: index)
      if length > 0 {
        index += length
        closed = true
        continue
      }
      // French sets a space before its closing guillemet ("C'est fini. »"); a » with text straight after it
      // opens a German-style quote instead.
      let guillemet = spacesEnd(from: index)
      guard guillemet > index, byte(guillemet) == 0xC2, byte(guillemet + 1) == 0xBB,
        guillemet + 2 >= upper || whitespaceLength(at: guillemet + 2) > 0
      else { break }
      index = guillemet + 2
      closed = true
    }
    let splitPoint = index
    let next = spacesEnd(from: splitPoint)
    if next >= upper { return upper }
    // Without a space, ASCII marks are inside something: "U.S.", "5.5", "example.com", "Yahoo!Inc".
    guard next > splitPoint || fullWidth else { return splitPoint }
    // 「行く。」と言った: a quoted sentence that the outer sentence runs on from.
    if fullWidth && closed && next == splitPoint { return splitPoint }
    let opening = self.opening(at: next)
    let ends: Bool
    if fullWidth {
      ends = true
    } else {
      switch opening {
      case .lower, .other:
        ends = false
      case .uncased:
        ends = true
      case .upper, .digit, .quoteOrBracket:
        ends = periods == 1 && others == 0 && !closed ? fullStopEnds(at: first, next: next, opening: opening) : true
      }
    }
    guard ends else { return splitPoint }
    result.append(start..<splitPoint)
    start = next
    return next
  }

  /// Whether a lone full stop at `stop`, followed by a capital, digit or opening quote at `next`, ends a sentence
  /// given the word it closes.
  private func fullStopEnds(at stop: Int, next: Int, opening: Opening) -> Bool {
    var tokenStart = stop
    while tokenStart > lower && stop - tokenStart <= 12 {
      let previous = bytes[tokenStart - 1]
      guard isASCIILetterOrDigit(previous) || previous == period else { break }
      tokenStart -= 1
    }
    let length = stop - tokenStart
    // Abbreviations are short; a long run is a word, and an empty one follows a quote or a symbol.
    guard length > 0, length <= 12 else { return true }
    // The token is the tail of a word with accented letters ("Müller."), not an abbreviation.
    if tokenStart - 2 >= lower && bytes[tokenStart - 1] & 0xC0 == 0x80 && (0xC3...0xC5).contains(bytes[tokenStart - 2])
    {
      return true
    }
    var hasDot = false
    var hasDigit = false
    var longestSegment = 0
    var segment = 0
    var hasUpper = false
    for index in tokenStart..<stop {
      let current = bytes[index]
      if current == period {
        hasDot = true
        segment = 0
        continue
      }
      if current &- 0x30 < 10 { hasDigit = true }
      if current &- 0x41 < 26 { hasUpper = true }
      segment += 1
      longestSegment = max(longestSegment, segment)
    }
    if hasDigit {
      // "16. Januar 2024": a German ordinal day, not the end of a sentence.
      if !hasDot && length <= 2 && opening == .upper && germanMonths.contains(wordText(at: next)) { return false }
      return true
    }
    let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokenStart..<stop]), as: UTF8.self)
    if hasDot {
      // "U.S.", "U.N.", "Ph.D.", "e.g.", "a.m."; longer pieces are domains ("example.com").
      guard longestSegment <= 2 else { return true }
      if token == "e.g" || token == "i.e" || token == "z.B" || token == "d.h" { return false }
      return opensSentence(at: next, opening: opening)
    }
    if length == 1 && hasUpper {
      // An initial: "George W. Bush", "J. K. Rowling".
      return opensSentence(at: next, opening: opening)
    }
    switch abbreviations[token] ?? capitalizedAbbreviation(token) {
    case .title?, .never?:
      return false
    case .beforeNumber?:
      return opening != .digit
    case .month?:
      return opening != .digit && opensSentence(at: next, opening: opening)
    case .general?:
      return opensSentence(at: next, opening: opening)
    case nil:
      return true
    }
  }

  /// The abbreviation an all-capitals token stands for in a shouted line ("MR.", "NO.", "CO.").
  private func capitalizedAbbreviation(_ token: String) -> Abbreviation? {
    guard token.utf8.count >= 2, token.utf8.allSatisfy({ $0 &- 0x41 < 26 }) else { return nil }
    return abbreviations[String(token.prefix(1)) + token.dropFirst().lowercased()]
  }

  /// Whether the word at `start` (after any opening quotes) is a typical sentence opener, and not an initial.
  private func opensSentence(at start: Int, opening: Opening) -> Bool {
    var index = start
    while index < upper, self.opening(at: index) == .quoteOrBracket {
      index += max(1, scalarLength(at: index))
    }
    var end = index
    while end < upper && isASCIILetter(bytes[end]) { end += 1 }
    guard end > index, end - index <= 12 else { return false }
    if end - index == 1 && byte(end) == period { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
    return sentenceOpeners.contains(word)
  }

  /// The letters at `start` (Latin, accents included) as a string.
  private func wordText(at start: Int) -> String {
    var end = start
    while end < upper && end - start < 16 {
      let current = bytes[end]
      if isASCIILetter(current) {
        end += 1
      } else if (0xC3...0xC5).contains(current) && byte(end + 1) & 0xC0 == 0x80 {
        end += 2
      } else {
        break
      }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(end, upper)]), as: UTF8.self)
  }

  /// How the text at `index` begins.
  private func opening(at index: Int) -> Opening {
    let current = byte(index)
    if current < 0x80 {
      if current &- 0x61 < 26 { return .lower }
      if current &- 0x41 < 26 { return .upper }
      if current &- 0x30 < 10 || current == 0x24 { return .digit }
      switch current {
      case 0x22, 0x27, 0x28, 0x5B, 0x7B: return .quoteOrBracket
      default: return .other
      }
    }
    guard let scalar = scalar(at: index) else { return .other }
    switch scalar.value {
    // ¡ ¿ « » ‘ ‚ “ „ ″ ‹ ›: quotes that may open, whatever their Unicode category says.
    case 0xA1, 0xBF, 0xAB, 0xBB, 0x2018, 0x201A, 0x201C, 0x201E, 0x2033, 0x2039, 0x203A:
      return .quoteOrBracket
    default:
      break
    }
    let properties = scalar.properties
    if properties.isLowercase { return .lower }
    if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return .upper }
    switch properties.generalCategory {
    case .openPunctuation, .initialPunctuation: return .quoteOrBracket
    case .currencySymbol, .decimalNumber: return .digit
    // Emoji and pictographs open sentences and list items in social-media text.
    case .otherSymbol: return .uncased
    default: break
    }
    return properties.isAlphabetic ? .uncased : .other
  }

  /// Length of a closing quote or bracket at `index`, else 0.
  private func closingLength(at index: Int) -> Int {
    switch byte(index) {
    case 0x22, 0x27, 0x29, 0x5D, 0x7D:
      return 1
    case 0xC2:
      let second = byte(index + 1)
      return second == 0xBB || second == 0xAB ? 2 : 0
    case 0xE2:
      // ‘ ’ ‚ “ ” „ ″ ‹ ›: German closes with “ and ‘, so every quote may close.
      guard byte(index + 1) == 0x80 else { return 0 }
      switch byte(index + 2) {
      case 0x98, 0x99, 0x9A, 0x9C, 0x9D, 0x9E, 0xB3, 0xB9, 0xBA: return 3
      default: return 0
      }
    case 0xE3:
      // 〉 》 」 』 】
      guard byte(index + 1) == 0x80 else { return 0 }
      switch byte(index + 2) {
      case 0x89, 0x8B, 0x8D, 0x8F, 0x91: return 3
      default: return 0
      }
    case 0xEF:
      // ） ＂ ］
      guard byte(index + 1) == 0xBC else { return 0 }
      switch byte(index + 2) {
      case 0x89, 0x82, 0xBD: return 3
      default: return 0
      }
    default:
      return 0
    }
  }

  /// Length of a whitespace character at `index` (ASCII, no-break and typographic spaces, line separators,
  /// zero-width space and a stray byte-order mark), else 0.
  private func whitespaceLength(at index: Int) -> Int {
    let current = byte(index)
    switch current {
    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
      return 1
    case 0xC2:
      let second = byte(index + 1)
      return second == 0xA0 || second == 0x85 ? 2 : 0
    case 0xE2:
      let second = byte(index + 1)
      let third = byte(index + 2)
      if second == 0x80 && ((0x80...0x8B).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF) {
        return 3
      }
      return second == 0x81 && third == 0x9F ? 3 : 0
    case 0xE3:
      return byte(index + 1) == 0x80 && byte(index + 2) == 0x80 ? 3 : 0
    case 0xEF:
      return byte(index + 1) == 0xBB && byte(index + 2) == 0xBF ? 3 : 0
    default:
      return 0
    }
  }

  private func spacesEnd(from start: Int) -> Int {
    var index = start
    while index < upper {
      let length = whitespaceLength(at: index)
      if length == 0 { break }
      index += length
    }
    return index
  }

  /// The end of the text before `end` with trailing whitespace removed.
  private func trailingEnd(before end: Int, notBefore limit: Int) -> Int {
    var index = end
    while index > limit {
      if whitespaceLength(at: index - 1) == 1 {
        index -= 1
      } else if index - 2 >= limit && whitespaceLength(at: index - 2) == 2 {
        index -= 2
      } else if index - 3 >= limit && whitespaceLength(at: index - 3) == 3 {
        index -= 3
      } else {
        break
      }
    }
    return index
  }

  /// Length of the UTF-8 sequence at `index` as its lead byte announces it.
  private func scalarLength(at index: Int) -> Int {
    let lead = byte(index)
    if lead < 0x80 { return 1 }
    if lead >= 0xF0 { return 4 }
    if lead >= 0xE0 { return 3 }
    return lead >= 0xC0 ? 2 : 1
  }

  /// The scalar at `index`, or nil for a broken or truncated sequence.
  private func scalar(at index: Int) -> Unicode.Scalar? {
    let lead = byte(index)
    let length = scalarLength(at: index)
    guard length > 1, index + length <= upper else { return lead < 0x80 ? Unicode.Scalar(lead) : nil }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length {
      let continuation = bytes[index + offset]
      guard continuation & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(continuation & 0x3F)
    }
    return Unicode.Scalar(value)
  }
}

@inline(__always) private func isASCIILetterOrDigit(_ byte: UInt8) -> Bool { isASCIILetter(byte) || byte &- 0x30 < 10 }
