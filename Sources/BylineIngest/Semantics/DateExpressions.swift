import BylineModel

/// One date expression found in a sentence, resolved when possible.
struct DateFinding: Hashable, Sendable {
  /// UTF-8 byte offsets within the sentence of the whole expression, its preposition included
  /// ("on Wednesday", "In March", "since 2000", "Early last year", "earlier this month", "on Wednesday (19-06-2024)").
  var range: Range<Int>
  /// The calendar time it points to at its natural precision (day/month/year), nil when it needs a reference date
  /// and none was given.
  var date: CalendarDate?
}

/// Finds the expressions of a body sentence that point to a calendar time ("on Wednesday", "last September",
/// "since 2000", "June 19", "earlier this month") and resolves them against the article's publication date.
///
/// Absolute dates come from `DateScanner`; this adds what only makes sense relative to a reference day and the
/// words around a date (its preposition, "early", "last", a weekday, a parenthesised numeric date). It reads
/// bytes and tokens by hand because it runs on every sentence, and most sentences are turned away by one
/// cheap pass that looks for a digit or a date word.
enum DateExpressions {
  /// Every date expression in one body sentence, in order, non-overlapping, resolved against `reference` (the
  /// article's publication date).
  static func findings(in sentence: some StringProtocol, reference: CalendarDate?) -> [DateFinding] {
    if let found = sentence.utf8.withContiguousStorageIfAvailable({ findings(in: $0, reference: reference) }) {
      return found
    }
    return Array(sentence.utf8).withUnsafeBufferPointer { findings(in: $0, reference: reference) }
  }

  /// Every date expression in a sentence given as UTF-8 bytes; see `findings(in:reference:)`.
  static func findings(in bytes: UnsafeBufferPointer<UInt8>, reference: CalendarDate?) -> [DateFinding] {
    // Offsets are kept in 32 bits; a "sentence" past 2 GB is not prose.
    guard bytes.count < Int(Int32.max), mayHoldDate(bytes) else { return [] }
    let tokens = Tokenizer(bytes).tokens()
    var reader = ExpressionReader(
      tokens: tokens, absolute: DateScanner.scan(bytes), reference: ReferenceDate(reference))
    return reader.read()
  }

  /// Whether the sentence has a four-digit number (every absolute date and year has one) or a word that can
  /// head a date expression; most prose has neither.
  static func mayHoldDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    CueFinder().hasCue(bytes)
  }
}

// Everything below is nested in `DateExpressions` so that its plain names (`Token`, `Head`, `Meaning`) cannot
// collide with other parts of the module.
extension DateExpressions {
  /// The pass that turns most sentences away.
  ///
  /// It reads the globals it needs once per sentence, since every access to a global checks that it was initialised.
  private struct CueFinder {
    let table = lexicon
    let cueBits = cueBitmap
    let this = Keys.this
    let last = Keys.last
    let next = Keys.next
    let years = Keys.years
    let months = Keys.months

    /// First letters of the words that can be cues, one bit per letter (A = bit 1): capitals of month and weekday
    /// names and of "Today", "Yesterday", "Ago" (ADFJMNOSTWY); small letters of "today", "year", "month", "ago",
    /// "evening", "night" (aemnty).
    private let cueCapitals: UInt32 = 0x298_E452
    private let cueSmallLetters: UInt32 = 0x210_6022

    /// Whether `bytes` hold a four-digit run or a cue word.
    ///
    /// The loop has no branch on letters or word ends, which prose makes unpredictable: each byte updates the word's
    /// key and the digit count with masks, and only a word the bitmap lets through, or a four-digit run, takes the
    /// slow path.
    func hasCue(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      var key: UInt64 = 0
      var previousKey: UInt64 = 0
      var wordStart = 0
      var digits: UInt64 = 0
      for index in bytes.indices {
        let byte = bytes[index]
        let code = (byte | 0x20) &- 0x60
        let letter = UInt64(code &- 1 < 26 ? 1 : 0)
        let digit = UInt64(byte &- 0x30 < 10 ? 1 : 0)
        let inWord = UInt64(key != 0 ? 1 : 0)
        let ended = inWord & (letter ^ 1)
        let fourDigits = UInt64(digits == 4 ? 1 : 0) & (digit ^ 1)
        if (ended & bitmapBit(key)) | fourDigits != 0 {
          if fourDigits != 0 || isCue(key, length: index - wordStart, first: bytes[wordStart], after: previousKey) {
            return true
          }
        }
        let started = letter & (inWord ^ 1)
        wordStart = started != 0 ? index : wordStart
        previousKey = ended != 0 ? key : previousKey
        key = (key << 5 | UInt64(code)) & (0 &- letter)
        digits = (digits + 1) & (0 &- digit)
      }
      if digits == 4 { return true }
      return key != 0 && bitmapBit(key) != 0
        && isCue(key, length: bytes.count - wordStart, first: bytes[wordStart], after: previousKey)
    }

    /// One load that rules out almost every word; 1 when the word may be a cue.
    @inline(__always) private func bitmapBit(_ key: UInt64) -> UInt64 {
      let bit = PackedWord.mixed(key) >> 52
      return cueBits[Int(truncatingIfNeeded: bit >> 6)] >> (bit & 63) & 1
    }

    /// Kept out of line so the loop above keeps its registers.
    @inline(never)
    private func isCue(_ key: UInt64, length: Int, first: UInt8, after previousKey: UInt64) -> Bool {
      guard length >= 3 && length <= PackedWord.longestCue else { return false }
      let capitalized = first < 0x61
      let mask = capitalized ? cueCapitals : cueSmallLetters
      guard mask & 1 << UInt32(first & 0x1F) != 0, let lexeme = table[key] else { return false }
      switch lexeme {
      case .month: return capitalized
      case .weekday(_, let abbreviated): return capitalized && !abbreviated
      case .relativeDay, .ago: return true
      // "year", "month", "night" and "morning" head an expression only after "this", "last" or "next".
      case .unit, .partOfDay:
        guard key != years && key != months else { return false }
        return previousKey == this || previousKey == last || previousKey == next
      default: return false
      }
    }
  }

  /// A 4,096-bit filter over the top bits of every cue word's mixed key (see `CueFinder.bitmapBit`).
  static let cueBitmap: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 64)
    let cues = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday", "tomorrow",
      "ago", "year", "month", "morning", "afternoon", "evening", "night",
    ]
    for word in cues {
      let bit = Int(truncatingIfNeeded: PackedWord.mixed(PackedWord.key(word)) >> 52)
      bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    return bits
  }()

  // MARK: - Words

  /// Lower-cased ASCII letters packed five bits each, so a word of up to twelve letters is one integer and looking
  /// it up allocates nothing.
  enum PackedWord {
    static let longestWord = 12
    /// The longest word that can head a date expression on its own ("yesterday", "september").
    static let longestCue = 9

    @inline(__always) static func appending(_ key: UInt64, _ letter: UInt8) -> UInt64 {
      key << 5 | UInt64((letter | 0x20) &- 0x60)
    }

    static func key(_ word: String) -> UInt64 {
      word.utf8.reduce(0, appending)
    }

    /// The key's letters spread over all 64 bits (Fibonacci hashing), so its top bits can index a table.
    @inline(__always) static func mixed(_ key: UInt64) -> UInt64 {
      key &* 0x9E37_79B9_7F4A_7C15
    }
  }

  /// The lexicon as a small open-addressing table of packed keys and one-byte indexes into its distinct lexemes.
  ///
  /// About 9 KB, where a `WordTable<Lexeme>` at its load factor spans 48 KB: it is looked up once per word of every
  /// sentence that has a cue, and should stay in the first-level cache beside the sentence.
  struct LexiconTable: Sendable {
    private static let slotBits: UInt64 = 10
    private static let mask = (1 << slotBits) - 1
    /// Packed keys; 0 marks an empty slot, which no word packs to.
    private var keys: [UInt64]
    /// One more than the index of each slot's lexeme.
    private var indexes: [UInt8]
    private var lexemes: [Lexeme] = []

    init(_ entries: [UInt64: Lexeme]) {
      precondition(entries.count <= Self.mask / 2, "the lexicon outgrew its table")
      keys = Array(repeating: 0, count: Self.mask + 1)
      indexes = Array(repeating: 0, count: Self.mask + 1)
      for (key, lexeme) in entries where key != 0 {
        if !lexemes.contains(lexeme) { lexemes.append(lexeme) }
        var slot = Self.slot(key)
        while keys[slot] != 0 { slot = (slot + 1) & Self.mask }
        keys[slot] = key
        indexes[slot] = UInt8(lexemes.firstIndex(of: lexeme).map { $0 + 1 } ?? 0)
      }
      precondition(lexemes.count < 255, "too many distinct lexemes for one-byte indexes")
    }

    @inline(__always) private static func slot(_ key: UInt64) -> Int {
      Int(truncatingIfNeeded: PackedWord.mixed(key) >> (64 - slotBits))
    }

    @inline(__always) subscript(key: UInt64) -> Lexeme? {
      var slot = Self.slot(key)
      while true {
        let stored = keys[slot]
        if stored == 0 { return nil }
        if stored == key { return lexemes[Int(indexes[slot]) - 1] }
        slot = (slot + 1) & Self.mask
      }
    }
  }

  enum TimeUnit: Sendable { case day, week, month, year }
  enum Modifier: Sendable { case this, last, next, past, coming }
  /// Only "on" and "in" depend on the kind of date they introduce ("on Wednesday", "in March").
  enum Preposition: Sendable { case on, `in`, before, after, other }

  /// What a known word can do in a date expression.
  enum Lexeme: Sendable, Equatable {
    /// 1…12; an abbreviation ("Sept") is trusted only with a day number.
    case month(Int, abbreviated: Bool)
    /// 0 = Monday … 6 = Sunday; an abbreviation ("Wed") only before a day and month.
    case weekday(Int, abbreviated: Bool)
    /// "today" 0, "yesterday" -1, "tomorrow" +1.
    case relativeDay(Int)
    case partOfDay(night: Bool)
    case unit(TimeUnit)
    case modifier(Modifier)
    /// "early", "late", "earlier", "later", "mid".
    case qualifier
    /// A preposition kept in the expression's text.
    case preposition(Preposition)
    /// Words that make a following month or year a date without being part of the expression ("between", "of").
    case leadIn
    case ago
    case number(Int)
    case ordinalSuffix
    case connector
    case article
    /// "Good Friday", "every Monday", "Super Tuesday": a weekday that is not a day of the reference's week.
    case weekdayBlocker
    /// "Sunday hours", "Friday prayers", "Sunday mornings": a weekday that recurs.
    case recurringNoun
    /// Words before a number that make it a count or a label ("about 2000", "Flight 1961").
    case countLead
    /// Words after a number that make it a count ("2000 people", "1961 km").
    case countFollower
    /// Verbs ending in "s" that follow a year as its subject ("2024 marks").
    case yearVerb
    /// Plural nouns that a year commonly qualifies ("the 2024 elections").
    case eventPlural

    var isLeadIn: Bool {
      switch self {
      case .preposition, .qualifier, .modifier, .leadIn: return true
      default: return false
      }
    }
  }

  static let lexicon: LexiconTable = {
    var entries: [UInt64: Lexeme] = [:]
    func add(_ words: [String], _ lexeme: Lexeme) {
      for word in words { entries[PackedWord.key(word)] = lexeme }
    }
    // Other languages' month names come through DateScanner, with a year; without one only English is read.
    let months = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december",
    ]
    let monthAbbreviations = [
      ["jan"], ["feb"], ["mar"], ["apr"], [], ["jun"], ["jul"], ["aug"], ["sep", "sept"], ["oct"], ["nov"], ["dec"],
    ]
    for (index, name) in months.enumerated() {
      add([name], .month(index + 1, abbreviated: false))
      add(monthAbbreviations[index], .month(index + 1, abbreviated: true))
    }
    let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    let weekdayAbbreviations = [
      ["mon"], ["tue", "tues"], ["wed"], ["thu", "thur", "thurs"], ["fri"], ["sat"], ["sun"],
    ]
    for (index, name) in weekdays.enumerated() {
      add([name], .weekday(index, abbreviated: false))
      add(weekdayAbbreviations[index], .weekday(index, abbreviated: true))
    }
    add(["today", "tonight"], .relativeDay(0))
    add(["yesterday"], .relativeDay(-1))
    add(["tomorrow"], .relativeDay(1))
    add(["morning", "afternoon", "evening"], .partOfDay(night: false))
    add(["night"], .partOfDay(night: true))
    add(["day", "days"], .unit(.day))
    add(["week", "weeks", "weekend"], .unit(.week))
    add(["month", "months"], .unit(.month))
    add(["year", "years"], .unit(.year))
    add(["this"], .modifier(.this))
    add(["last"], .modifier(.last))
    add(["next"], .modifier(.next))
    add(["past"], .modifier(.past))
    add(["coming"], .modifier(.coming))
    add(["early", "late", "earlier", "later", "mid"], .qualifier)
    add(["on"], .preposition(.on))
    add(["in"], .preposition(.in))
    add(["before"], .preposition(.before))
    add(["after"], .preposition(.after))
    add(["since", "by", "until", "till", "from", "during", "through"], .preposition(.other))
    add(["between", "of"], .leadIn)
    add(["ago"], .ago)
    let numbers = [
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ]
    for (index, word) in numbers.enumerated() { add([word], .number(index + 1)) }
    add(["a", "an"], .number(1))
    add(["st", "nd", "rd", "th"], .ordinalSuffix)
    add(["and", "or", "to"], .connector)
    add(["the"], .article)
    add(
      [
        "every", "each", "black", "good", "super", "cyber", "ash", "holy", "palm", "easter", "maundy", "bloody",
        "shrove", "giving", "small", "manic", "first", "second", "third", "fourth", "fifth",
      ], .weekdayBlocker)
    add(
      [
        "hours", "opening", "openings", "trading", "service", "services", "schedule", "program", "programme", "lunch",
        "roast", "school", "mass", "market", "paper", "edition", "supplement", "magazine", "shift", "league", "brunch",
        "prayers", "sermon", "worship", "closures", "mornings", "afternoons", "evenings", "nights",
      ], .recurringNoun)
    add(
      [
        "about", "around", "some", "nearly", "almost", "over", "under", "approximately", "roughly", "than", "least",
        "most", "only", "just", "estimated", "total", "another", "all", "those", "these", "at",
        "up", "down", "no", "number", "page", "pages", "room", "flight", "route", "code", "model", "article", "section",
        "chapter", "level", "bus", "highway", "interstate", "version", "item", "step", "rank", "unit", "apartment",
        "suite", "seat", "row", "platform", "gate", "exit", "junction", "p", "pp", "vol", "issue", "rose", "fell",
        "reached", "hit", "exceeded", "topped", "killed", "killing", "with", "lost", "employs", "employed", "hired",
      ], .countLead)
    add(
      [
        "people", "men", "women", "children", "police", "staff", "personnel", "feet", "sheep", "cattle", "livestock",
        "crew", "more", "fewer", "less", "other", "new", "additional", "extra", "km", "kg", "mg", "mm", "cm", "m", "ft",
        "lb", "mph", "kph", "kmh", "hp", "kw", "mw", "gw", "kwh", "mwh", "sq", "square", "percent", "per", "pc", "bn",
        "mn", "million", "billion", "trillion", "thousand", "hundred", "yuan", "yen", "usd", "eur", "gbp", "ha", "bpd",
        "gb", "mb", "tb", "hz", "ghz", "mhz", "gmt", "utc", "hrs", "hour", "local", "am", "pm", "metre", "meter",
        "mile", "ton", "tonne", "acre", "hectare", "barrel", "dollar", "euro", "pound", "rupee", "ruble", "rouble",
        "strong", "times",
      ], .countFollower)
    add(
      [
        "is", "was", "has", "does", "marks", "sees", "brings", "looks", "promises", "begins", "ends", "remains",
        "comes",
        "seems", "means", "proves", "becomes", "gets", "goes", "starts", "shows", "as", "its", "his", "thus",
        "plus", "whereas", "unless", "versus",
      ], .yearVerb)
    add(
      [
        "elections", "olympics", "paralympics", "games", "midterms", "primaries", "polls", "championships", "finals",
        "playoffs", "awards", "results", "figures", "accounts", "earnings", "sales", "forecasts", "estimates",
        "accords",
        "agreements", "protests", "riots", "floods", "attacks", "talks", "negotiations", "nominations", "rankings",
        "standings", "statistics", "levels", "prices", "targets", "budgets", "rates", "reforms", "rules", "laws",
        "sanctions", "oscars", "grammys", "emmys", "wildfires", "events",
      ], .eventPlural)
    return LexiconTable(entries)
  }()

  // MARK: - Tokens

  /// A word, a number or a punctuation mark; whitespace only sets `spaced` on the token after it.
  ///
  /// Offsets and values are stored in 32 bits to keep the token at 48 bytes: a sentence holds hundreds of them.
  struct Token {
    enum Kind: UInt8 { case word, number, mark }

    private var storedStart: Int32
    private var storedEnd: Int32
    var kind: Kind
    /// Whether whitespace comes before it: "mid-March" and "19th" are written without.
    var spaced: Bool
    /// Words: starts with a capital.
    var capitalized = false
    /// Words: ends in "s" as an English plural does ("soldiers", not "gas", "crisis", "status").
    var pluralLike = false
    /// Marks: the ASCII byte that stands for it ("’" is "'", "–" is "-").
    var mark: UInt8 = 0
    /// Words: the lexicon entry, nil for other words (including any with a letter outside ASCII).
    var lexeme: Lexeme?
    /// Words: the packed lower-case letters, 0 for words with a letter outside ASCII or longer than twelve.
    var key: UInt64 = 0
    /// Numbers: the value, capped so long digit runs cannot overflow.
    private var storedValue: Int32 = 0

    init(start: Int, end: Int, kind: Kind, spaced: Bool, mark: UInt8 = 0, value: Int = 0) {
      storedStart = Int32(truncatingIfNeeded: start)
      storedEnd = Int32(truncatingIfNeeded: end)
      self.kind = kind
      self.spaced = spaced
      self.mark = mark
      storedValue = Int32(truncatingIfNeeded: value)
    }

    var start: Int { Int(storedStart) }
    var end: Int { Int(storedEnd) }
    var value: Int { Int(storedValue) }
    var digits: Int { kind == .number ? end - start : 0 }

    /// Whether an expression may start here: a number or a word that heads one ("June", "last", "the", "two").
    var mayStartExpression: Bool {
      switch kind {
      case .number: return true
      case .mark: return false
      case .word:
        switch lexeme {
        case .month, .weekday, .relativeDay, .modifier, .article, .number: return true
        default: return false
        }
      }
    }
  }

  /// Splits a sentence's bytes into tokens without ever cutting a UTF-8 sequence.
  struct Tokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    let count: Int
    /// The global, read once: each access to a global checks that it was initialised.
    private let table = lexicon

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      self.count = bytes.count
    }

    @inline(__always) func byte(_ index: Int) -> UInt8 {
      index >= 0 && index < count ? bytes[index] : 0
    }

    func tokens() -> [Token] {
      var tokens: [Token] = []
      tokens.reserveCapacity(count / 3 + 8)
      var index = 0
      var spaced = true
      while index < count {
        let current = bytes[index]
        // A plain space is every other byte of prose; it skips the classification below.
        if current == 0x20 {
          spaced = true
          index += 1
          continue
        }
        let length = current < 0x80 ? 1 : sequenceLength(at: index)
        let mark = current < 0x80 ? asciiClass(current) : unicodeClass(at: index)
        switch mark {
        case .space:
          spaced = true
          index += length
          continue
        case .digit:
          tokens.append(number(at: index, spaced: spaced))
        case .mark(let standIn):
          tokens.append(Token(start: index, end: index + length, kind: .mark, spaced: spaced, mark: standIn))
        case .letter:
          tokens.append(word(at: index, spaced: spaced))
        }
        index = tokens[tokens.count - 1].end
        spaced = false
      }
      return tokens
    }

    private enum ByteClass {
      case space, digit, letter
      case mark(UInt8)
    }

    private func asciiClass(_ byte: UInt8) -> ByteClass {
      if byte &- 0x30 < 10 { return .digit }
      if (byte | 0x20) &- 0x61 < 26 { return .letter }
      if byte == 0x20 || (0x09...0x0D).contains(byte) { return .space }
      return .mark(byte)
    }

    /// Spaces, dashes, quotes and the ellipsis are read as their ASCII counterparts; every other non-ASCII
    /// character is a letter, so "Marché" is one word and never "March".
    private func unicodeClass(at index: Int) -> ByteClass {
      let lead = byte(index)
      let second = byte(index + 1)
      switch lead {
      case 0xC2:
        if second == 0xA0 { return .space }
        if second == 0xAB || second == 0xBB { return .mark(0x22) }
        // "© 2024", "§ 1957": the number is a label.
        if second == 0xA9 || second == 0xA7 { return .mark(0x23) }
      case 0xE2 where second == 0x80:
        let third = byte(index + 2)
        switch third {
        case 0x80...0x8A, 0xAF: return .space
        case 0x90...0x95: return .mark(0x2D)
        case 0x98, 0x99: return .mark(0x27)
        case 0x9C, 0x9D: return .mark(0x22)
        case 0xA6: return .mark(0x2E)
        default: return .mark(0x3F)
        }
      case 0xE3 where second == 0x80 && byte(index + 2) == 0x80:
        return .space
      default:
        break
      }
      return .letter
    }

    /// The length of the UTF-8 sequence at `index`, counting only the continuation bytes actually there.
    private func sequenceLength(at index: Int) -> Int {
      let lead = bytes[index]
      let expected: Int
      switch lead {
      case 0xC0...0xDF: expected = 2
      case 0xE0...0xEF: expected = 3
      case 0xF0...0xF7: expected = 4
      default: return 1
      }
      var length = 1
      while length < expected && byte(index + length) & 0xC0 == 0x80 { length += 1 }
      return length
    }

    private func number(at start: Int, spaced: Bool) -> Token {
      var index = start
      var value = 0
      while index < count, bytes[index] &- 0x30 < 10 {
        if value < 100_000_000 { value = value * 10 + Int(bytes[index] &- 0x30) }
        index += 1
      }
      return Token(start: start, end: index, kind: .number, spaced: spaced, value: value)
    }

    private func word(at start: Int, spaced: Bool) -> Token {
      var index = start
      var key: UInt64 = 0
      var ascii = true
      while index < count {
        let current = bytes[index]
        if current < 0x80 {
          guard (current | 0x20) &- 0x61 < 26 else { break }
          key = PackedWord.appending(key, current)
          index += 1
          continue
        }
        guard case .letter = unicodeClass(at: index) else { break }
        ascii = false
        index += sequenceLength(at: index)
      }
      let length = index - start
      var token = Token(start: start, end: index, kind: .word, spaced: spaced)
      token.capitalized = bytes[start] &- 0x41 < 26
      if ascii && length <= PackedWord.longestWord {
        token.key = key
        token.lexeme = table[key]
      }
      token.pluralLike = ascii && length >= 3 && isPluralEnding(last: bytes[index - 1], before: bytes[index - 2])
      return token
    }

    private func isPluralEnding(last: UInt8, before: UInt8) -> Bool {
      guard last | 0x20 == 0x73 else { return false }
      let previous = before | 0x20
      return previous != 0x73 && previous != 0x75 && previous != 0x69
    }
  }

  // MARK: - Meaning and resolution

  /// What an expression says, before the reference date turns it into a calendar date.
  enum Meaning: Equatable {
    case fixed(CalendarDate)
    case days(Int)
    case weekday(Int, WeekdayChoice)
    case dayOfMonth(month: Int, day: Int)
    /// A day and month the sentence looks forward to ("will open on 1 July"): the next one.
    case dayOfMonthAhead(month: Int, day: Int)
    case month(Int, MonthChoice)
    case months(Int)
    case years(Int)
  }

  enum WeekdayChoice: Equatable {
    /// "on Wednesday": the most recent one, the reference day itself included.
    case onOrBefore
    /// "last Wednesday", "this past Wednesday".
    case before
    /// "next Wednesday", "this coming Wednesday".
    case after
    /// "this Wednesday" (0), "Tuesday last week" (-1): that day of a week counted from the reference's.
    case week(Int)
    /// "will meet on Thursday": the next one, the reference day itself included.
    case onOrAfter
  }

  enum MonthChoice: Equatable {
    /// "in March": the most recent one, the reference month included.
    case notAfter
    case before
    case after
    /// "this March".
    case sameYear
    /// "is due in July": the next one, the reference month included.
    case notBefore
  }

  /// The reference date at whatever precision it was given; each part is nil when unknown.
  struct ReferenceDate {
    var year: Int?
    /// Months since year 0: `year * 12 + month - 1`.
    var month: Int?
    var day: Int?

    /// Years this far out are garbage, and day arithmetic on them could overflow.
    private static let plausibleYears = -1_000_000...1_000_000

    init(_ date: CalendarDate?) {
      guard let date, Self.plausibleYears.contains(date.year) else { return }
      year = date.year
      guard let month = date.month, (1...12).contains(month) else { return }
      self.month = date.year * 12 + month - 1
      guard let day = date.day, CalendarDate.isValid(year: date.year, month: month, day: day) else { return }
      self.day = DayNumber.serial(year: date.year, month: month, day: day)
    }

    enum Resolution: Equatable {
      case date(CalendarDate)
      /// It needs a reference, or a more precise one, than was given.
      case unknown
      /// No such day: "February 29" of a common year.
      case impossible
    }

    func resolve(_ meaning: Meaning) -> Resolution {
      switch meaning {
      case .fixed(let date):
        return .date(date)
      case .days(let offset):
        return day.map { .date(DayNumber.date($0 + offset)) } ?? .unknown
      case .weekday(let weekday, let choice):
        return day.map { .date(DayNumber.date($0 + Self.shift(from: DayNumber.weekday($0), to: weekday, choice))) }
          ?? .unknown
      case .dayOfMonth(let month, let day):
        return resolveDayOfMonth(month: month, day: day)
      case .dayOfMonthAhead(let month, let day):
        guard let year else { return .unknown }
        var chosenYear = year
        if let reference = self.day, CalendarDate.isValid(year: year, month: month, day: day),
          DayNumber.serial(year: year, month: month, day: day) < reference
        {
          chosenYear += 1
        }
        guard CalendarDate.isValid(year: chosenYear, month: month, day: day) else { return .impossible }
        return .date(CalendarDate(year: chosenYear, month: month, day: day))
      case .month(let month, let choice):
        return self.month.map { .date(Self.monthDate($0 + Self.shift(from: $0 % 12, to: month - 1, choice))) }
          ?? .unknown
      case .months(let offset):
        return month.map { .date(Self.monthDate($0 + offset)) } ?? .unknown
      case .years(let offset):
        return year.map { .date(CalendarDate(year: $0 + offset)) } ?? .unknown
      }
    }

    private static func shift(from reference: Int, to weekday: Int, _ choice: WeekdayChoice) -> Int {
      switch choice {
      case .onOrBefore: return -DayNumber.floorModulo(reference - weekday, 7)
      case .before: return -(DayNumber.floorModulo(reference - weekday + 6, 7) + 1)
      case .after: return DayNumber.floorModulo(weekday - reference + 6, 7) + 1
      case .week(let weeks): return weeks * 7 + weekday - reference
      case .onOrAfter: return DayNumber.floorModulo(weekday - reference, 7)
      }
    }

    private static func shift(from reference: Int, to month: Int, _ choice: MonthChoice) -> Int {
      let reference = DayNumber.floorModulo(reference, 12)
      switch choice {
      case .notAfter: return -DayNumber.floorModulo(reference - month, 12)
      case .before: return -(DayNumber.floorModulo(reference - month + 11, 12) + 1)
      case .after: return DayNumber.floorModulo(month - reference + 11, 12) + 1
      case .sameYear: return month - reference
      case .notBefore: return DayNumber.floorModulo(month - reference, 12)
      }
    }

    private static func monthDate(_ months: Int) -> CalendarDate {
      let year = DayNumber.floorDivision(months, 12)
      return CalendarDate(year: year, month: months - year * 12 + 1)
    }

    /// The reference year, or the one before when that would put the day more than about six months after the
    /// reference: an article in January writing "December 28" means the one just past.
    private func resolveDayOfMonth(month: Int, day: Int) -> Resolution {
      guard let year else { return .unknown }
      var chosenYear = year
      if let reference = self.day {
        if CalendarDate.isValid(year: year, month: month, day: day),
          DayNumber.serial(year: year, month: month, day: day) - reference > 183
        {
          chosenYear -= 1
        }
      } else if let reference = self.month, month - 1 - DayNumber.floorModulo(reference, 12) > 6 {
        chosenYear -= 1
      }
      guard CalendarDate.isValid(year: chosenYear, month: month, day: day) else { return .impossible }
      return .date(CalendarDate(year: chosenYear, month: month, day: day))
    }
  }

  // MARK: - Reading expressions

  /// What kind of calendar time an expression names, which decides the prepositions it takes ("on" a day, "in" a
  /// month or year) and what may be listed after it ("in March and April").
  enum Family { case day, month, year }

  /// The core of an expression, before its preposition and qualifiers are taken in.
  struct Head {
    /// First and last token, inclusive.
    var first: Int
    var last: Int
    /// Byte bounds; they differ from the tokens' only for DateScanner matches that begin or end inside a token.
    var start: Int
    var end: Int
    var meaning: Meaning
    var family: Family
    /// Whether "night" or "(19-06-2024)" may follow: only weekdays and "today"-like words take them.
    var takesTrailing = false
    /// Whether a preposition or qualifier may be taken in before it.
    var takesLeadIn = true
  }

  enum Outcome {
    case head(Head)
    /// Tokens up to this one form something date-like that is not a date ("the next Friday", "31 June"): no
    /// expression may use them.
    case skip(through: Int)
    case none
  }

  /// Walks the tokens once, left to right, emitting one finding per expression head.
  struct ExpressionReader {
    let tokens: [Token]
    let absolute: [DateMatch]
    let reference: ReferenceDate
    private var findings: [DateFinding] = []
    /// The first token a new expression may use, so expressions never overlap.
    private var floor = 0
    private var nextAbsolute = 0
    /// The last expression's final token and family, so "in March and April" reads "April" as a date.
    private var previous: (last: Int, family: Family)?

    init(tokens: [Token], absolute: [DateMatch], reference: ReferenceDate) {
      self.tokens = tokens
      self.absolute = absolute
      self.reference = reference
    }

    mutating func read() -> [DateFinding] {
      var index = 0
      while index < tokens.count {
        while nextAbsolute < absolute.count && absolute[nextAbsolute].range.upperBound <= tokens[index].start {
          nextAbsolute += 1
        }
        // Most tokens can start nothing; they are passed over without building an outcome.
        let absoluteHere = nextAbsolute < absolute.count && absolute[nextAbsolute].range.lowerBound < tokens[index].end
        if !absoluteHere && !tokens[index].mayStartExpression {
          index += 1
          continue
        }
        var outcome = absoluteHead(at: index)
        if case .none = outcome { outcome = head(at: index) }
        switch outcome {
        case .head(let head):
          index = emit(head)
        case .skip(let last):
          floor = last + 1
          index = last + 1
        case .none:
          index += 1
        }
      }
      return findings
    }

    // MARK: Emitting

    /// Adds the finding for `head` with what surrounds it, and returns the token after it.
    private mutating func emit(_ found: Head) -> Int {
      var head = found
      if head.takesTrailing { extendRight(&head) }
      takeYearModifier(&head)
      // "will meet on Thursday", "is due in July", "by February": the sentence looks forward, so does the date.
      if looksForward(before: head.first) { head.meaning = Self.forward(head.meaning) }
      let resolution = reference.resolve(head.meaning)
      var start = head.start
      if head.takesLeadIn {
        let first = leadInStart(of: head)
        if first < head.first { start = tokens[first].start }
      }
      floor = head.last + 1
      guard resolution != .impossible else { return head.last + 1 }
      var date: CalendarDate?
      if case .date(let resolved) = resolution { date = resolved }
      findings.append(DateFinding(range: start..<head.end, date: date))
      previous = (head.last, head.family)
      return head.last + 1
    }

    /// Words before a date that point it to the future: a future or modal verb, an announcement, or a deadline's
    /// preposition right before it.
    private static let forwardWords: Set<UInt64> = Set(
      [
        "will", "would", "shall", "ll", "due", "expected", "expects", "scheduled", "plans", "plan", "planned",
        "upcoming", "forecast", "forecasting", "forecasts", "could", "might", "aims", "hopes", "intends", "set",
        // Scheduled events are told in the present: "the duties take effect on Thursday", "the trial starts".
        "take", "takes", "begins", "starts", "opens", "launches", "resumes", "reopens",
      ].map(PackedWord.key))
    private static let deadlineWords: Set<UInt64> = Set(
      ["by", "until", "till", "from", "starting"].map(PackedWord.key))

    private func looksForward(before first: Int) -> Bool {
      if first >= 1, Self.deadlineWords.contains(tokens[first - 1].key) { return true }
      if first >= 2, Self.deadlineWords.contains(tokens[first - 2].key), case .qualifier = tokens[first - 1].lexeme {
        return true
      }
      // The clause before the date: back to a comma, a semicolon, or a full stop that is not an abbreviation's
      // ("Hon.", "Dr.").
      var index = first - 1
      while index >= 0 {
        let token = tokens[index]
        if token.kind == .mark, token.mark == 0x2C || token.mark == 0x3B { break }
        if token.kind == .mark, token.mark == 0x2E {
          let abbreviation =
            index > 0 && tokens[index - 1].kind == .word && tokens[index - 1].end - tokens[index - 1].start <= 3
          if !abbreviation { break }
        }
        if token.kind == .word, Self.forwardWords.contains(token.key) { return true }
        index -= 1
      }
      return false
    }

    private static func forward(_ meaning: Meaning) -> Meaning {
      switch meaning {
      case .weekday(let weekday, .onOrBefore): return .weekday(weekday, .onOrAfter)
      case .month(let month, .notAfter): return .month(month, .notBefore)
      case .dayOfMonth(let month, let day): return .dayOfMonthAhead(month: month, day: day)
      default: return meaning
      }
    }

    /// "in March last year", "on 1 July last year", "in September next year": the year named after a month.
    private mutating func takeYearModifier(_ head: inout Head) {
      let next = head.last + 1
      guard next + 1 < tokens.count, case .modifier(let modifier) = tokens[next].lexeme,
        case .unit(.year) = tokens[next + 1].lexeme, let year = reference.year
      else { return }
      let offset: Int
      switch modifier {
      case .last, .past: offset = -1
      case .next, .coming: offset = 1
      case .this: offset = 0
      }
      switch head.meaning {
      case .month(let month, _):
        head.meaning = .fixed(CalendarDate(year: year + offset, month: month))
      case .dayOfMonth(let month, let day), .dayOfMonthAhead(let month, let day):
        guard CalendarDate.isValid(year: year + offset, month: month, day: day) else { return }
        head.meaning = .fixed(CalendarDate(year: year + offset, month: month, day: day))
      default:
        return
      }
      head.last = next + 1
      head.end = tokens[next + 1].end
    }

    /// Where the expression starts once "early", a preposition and "late" before it are taken in:
    /// "Early on Wednesday", "in early March", "since early last year", "mid-2023", "as of today".
    private func leadInStart(of head: Head) -> Int {
      var first = head.first
      if let qualifier = qualifierStart(before: first) { first = qualifier }
      guard first - 1 >= floor, case .preposition(let preposition) = tokens[first - 1].lexeme,
        allows(preposition, head.family)
      else {
        return asOfStart(before: first) ?? first
      }
      first -= 1
      if first - 1 >= floor, tokens[first - 1].lexeme == .qualifier, !isWord(first - 1, Keys.mid) { first -= 1 }
      return first
    }

    private func qualifierStart(before index: Int) -> Int? {
      let before = index - 1
      guard before >= floor else { return nil }
      if tokens[before].lexeme == .qualifier { return before }
      // "mid-March": the hyphen joins without spaces.
      if before - 1 >= floor, isMark(before, 0x2D), !tokens[before].spaced, !tokens[index].spaced,
        isWord(before - 1, Keys.mid)
      {
        return before - 1
      }
      return nil
    }

    private func asOfStart(before index: Int) -> Int? {
      guard index - 2 >= floor, isWord(index - 1, Keys.of), isWord(index - 2, Keys.`as`) else { return nil }
      return index - 2
    }

    private func allows(_ preposition: Preposition, _ family: Family) -> Bool {
      switch preposition {
      case .on: return family == .day
      case .in: return family != .day
      default: return true
      }
    }

    /// Takes in "night" ("Wednesday night") and a date that names the same day, in parentheses or after a comma.
    ///
    /// "on Wednesday (19-06-2024)", "on Saturday evening, Feb. 10, 2024": that date then stands for the expression.
    private mutating func extendRight(_ head: inout Head) {
      var next = head.last + 1
      if next < tokens.count, tokens[next].spaced, case .partOfDay = tokens[next].lexeme {
        head.last = next
        head.end = tokens[next].end
        next += 1
      }
      let parenthesised = isMark(next, 0x28)
      guard parenthesised || isMark(next, 0x2C), let named = namedDay(at: next + 1) else { return }
      var last = named.last
      if parenthesised {
        guard isMark(last + 1, 0x29) else { return }
        last += 1
      }
      head.last = last
      head.end = tokens[last].end
      head.meaning = named.meaning
      if named.absolute { nextAbsolute += 1 }
    }

    /// A day written out at `index`: a DateScanner match or a day and month ("19-06-2024", "June 19").
    private func namedDay(at index: Int) -> (last: Int, meaning: Meaning, absolute: Bool)? {
      guard index < tokens.count else { return nil }
      if nextAbsolute < absolute.count {
        let match = absolute[nextAbsolute]
        if match.range.lowerBound == tokens[index].start {
          guard match.date.precision == .day else { return nil }
          var last = index
          while last + 1 < tokens.count && tokens[last + 1].start < match.range.upperBound { last += 1 }
          guard tokens[last].end == match.range.upperBound else { return nil }
          return (last, .fixed(match.date), true)
        }
      }
      guard case .head(let dated) = dayMonth(at: index) else { return nil }
      return (dated.last, dated.meaning, false)
    }

    // MARK: Heads

    /// A DateScanner match that starts in this token: its date is already known.
    private mutating func absoluteHead(at index: Int) -> Outcome {
      guard nextAbsolute < absolute.count else { return .none }
      let match = absolute[nextAbsolute]
      guard match.range.lowerBound < tokens[index].end else { return .none }
      var last = index
      while last + 1 < tokens.count && tokens[last + 1].start < match.range.upperBound { last += 1 }
      nextAbsolute += 1
      // A match that began inside an expression already emitted would overlap it.
      guard match.range.lowerBound >= tokens[index].start, index >= floor else { return .skip(through: last) }
      var head = Head(
        first: index, last: last, start: match.range.lowerBound, end: match.range.upperBound,
        meaning: .fixed(match.date), family: match.date.precision == .day ? .day : .month)
      head.takesLeadIn = match.range.lowerBound == tokens[index].start
      return .head(head)
    }

    /// An expression that starts at `index`, if any; it must end before the next DateScanner match.
    private func head(at index: Int) -> Outcome {
      let outcome = candidate(at: index)
      guard case .head(let head) = outcome, nextAbsolute < absolute.count else { return outcome }
      return head.end <= absolute[nextAbsolute].range.lowerBound ? outcome : .none
    }

    private func candidate(at index: Int) -> Outcome {
      let token = tokens[index]
      if token.kind == .number { return numberHead(at: index) }
      guard token.kind == .word, let lexeme = token.lexeme else { return .none }
      switch lexeme {
      case .month(let month, let abbreviated):
        return monthHead(at: index, month: month, abbreviated: abbreviated)
      case .weekday(let weekday, let abbreviated):
        return weekdayHead(at: index, weekday: weekday, abbreviated: abbreviated)
      case .relativeDay(let offset):
        return relativeDayHead(at: index, offset: offset)
      case .modifier(let modifier):
        return modifiedHead(at: index, modifier: modifier)
      case .article:
        return dayBeforeOrAfter(at: index)
      case .number(let count):
        return agoHead(at: index, count: count)
      default:
        return .none
      }
    }

    // MARK: Numbers

    private func numberHead(at index: Int) -> Outcome {
      // The second year of "2019-2021" is joined to the first, which was just read as a year.
      guard !isJoinedBefore(index) || isCoordinated(index, family: .year) else { return .none }
      let digits = tokens[index].digits
      if digits <= 2 {
        let found = dayMonth(at: index)
        if case .none = found { return agoHead(at: index, count: tokens[index].value) }
        return found
      }
      if digits == 4 {
        if let year = yearHead(at: index) { return .head(year) }
      }
      return digits == 3 ? agoHead(at: index, count: tokens[index].value) : .none
    }

    /// A day and month: "18 June", "18th June", "the 19th of June", "June 19", "Jan 16", "June 19th".
    ///
    /// A year after them is taken in when DateScanner does not read it ("18 June 1815").
    func dayMonth(at index: Int) -> Outcome {
      guard index < tokens.count else { return .none }
      let token = tokens[index]
      if token.kind == .number { return dayFirst(at: index) }
      guard case .month(let month, let abbreviated) = token.lexeme, token.capitalized else { return .none }
      return monthFirst(at: index, month: month, abbreviated: abbreviated)
    }

    private func dayFirst(at index: Int) -> Outcome {
      let day = tokens[index].value
      guard tokens[index].digits <= 2, (1...31).contains(day), !isJoinedBefore(index) else { return .none }
      var next = index + 1
      let ordinal = hasOrdinalSuffix(after: index)
      if ordinal { next += 1 }
      if isWord(next, Keys.of) { next += 1 }
      guard next < tokens.count, tokens[next].spaced, tokens[next].capitalized,
        case .month(let month, _) = tokens[next].lexeme
      else {
        return .none
      }
      // "the 19th of June": the article belongs to the expression.
      let first = ordinal && index - 1 >= floor && tokens[index - 1].lexeme == .article ? index - 1 : index
      return dated(first: first, monthToken: next, dayEnd: next, month: month, day: day)
    }

    private func monthFirst(at index: Int, month: Int, abbreviated: Bool) -> Outcome {
      var next = index + 1
      if abbreviated && isMark(next, 0x2E) && !tokens[next].spaced { next += 1 }
      guard next < tokens.count, tokens[next].kind == .number, tokens[next].digits <= 2 else { return .none }
      let day = tokens[next].value
      guard (1...31).contains(day) else { return .none }
      var dayEnd = next
      if hasOrdinalSuffix(after: next) { dayEnd += 1 }
      guard !isJoinedAfter(dayEnd), !isCounted(after: dayEnd) else { return .none }
      if month == 9 && day == 11, isWord(dayEnd + 1, Keys.attack) || isWord(dayEnd + 1, Keys.attacks) {
        return .skip(through: dayEnd)
      }
      return dated(first: index, monthToken: index, dayEnd: dayEnd, month: month, day: day)
    }

    /// The day and month from `first` to `dayEnd`, with a year after them if one is written.
    private func dated(first: Int, monthToken: Int, dayEnd: Int, month: Int, day: Int) -> Outcome {
      let writtenYear = writtenYear(after: dayEnd)
      // "31 June 2024" as a whole is no date; its year must not be read alone either.
      guard day <= CalendarDate.daysIn(month: month, year: 2000) else { return .skip(through: writtenYear ?? dayEnd) }
      var last = dayEnd
      var meaning = Meaning.dayOfMonth(month: month, day: day)
      if let year = writtenYear {
        guard CalendarDate.isValid(year: tokens[year].value, month: month, day: day) else {
          return .skip(through: year)
        }
        last = year
        meaning = .fixed(CalendarDate(year: tokens[year].value, month: month, day: day))
      }
      var head = Head(
        first: first, last: last, start: tokens[first].start, end: tokens[last].end, meaning: meaning, family: .day)
      head.takesTrailing = true
      return .head(head)
    }

    /// A four-digit year right after a day and month ("18 June 1815"), which DateScanner leaves out of its range.
    private func writtenYear(after index: Int) -> Int? {
      var next = index + 1
      if isMark(next, 0x2E) && !tokens[next].spaced { next += 1 }
      if isMark(next, 0x2C) { next += 1 }
      guard next < tokens.count, tokens[next].digits == 4, (1000...2100).contains(tokens[next].value),
        !isJoinedAfter(next)
      else {
        return nil
      }
      return next
    }

    /// "in 2000", "since 2000", "1961" standing alone; not "1961 soldiers", "about 2000", "Euro 2024", "1961-62".
    private func yearHead(at index: Int) -> Head? {
      let value = tokens[index].value
      guard (1000...2100).contains(value), !isJoinedAfter(index) || startsYearRange(index) else { return nil }
      if isIntroducedYear(index) || isCoordinated(index, family: .year) {
        // "won by 2000 votes", "from 2000 to 3000 people": these two prepositions introduce counts too.
        let countable = isWord(index - 1, Keys.by) || isWord(index - 1, Keys.from)
        guard !isCountFollower(index + 1), !countable || !isCounted(after: index) else { return nil }
      } else {
        guard (1800...2100).contains(value), !isCounted(after: index), !isLabel(index - 1), !isWord(index - 1, Keys.to)
        else { return nil }
      }
      return Head(
        first: index, last: index, start: tokens[index].start, end: tokens[index].end,
        meaning: .fixed(CalendarDate(year: value)), family: .year)
    }

    /// Whether "2019-2021" or "2021–2023" starts here: two years, each read alone.
    ///
    /// "1961-62" stays one season, not a date.
    private func startsYearRange(_ index: Int) -> Bool {
      let second = index + 2
      guard isMark(index + 1, 0x2D), second < tokens.count, !tokens[index + 1].spaced, !tokens[second].spaced,
        tokens[second].digits == 4, !isJoinedAfter(second)
      else { return false }
      return (1800...2100).contains(tokens[index].value)
        && (tokens[index].value + 1...2100).contains(tokens[second].value)
    }

    /// Whether a preposition (not "on") or "early"/"mid-" makes the number at `index` a year.
    private func isIntroducedYear(_ index: Int) -> Bool {
      guard index > 0 else { return false }
      switch tokens[index - 1].lexeme {
      case .preposition(let preposition): return preposition != .on
      case .qualifier: return true
      default: return qualifierStart(before: index) != nil
      }
    }

    /// A word before a number that makes it a count or a label: "about 2000", "Flight 1961", "Euro 2024".
    private func isLabel(_ index: Int) -> Bool {
      guard index >= 0 else { return false }
      if isMark(index, 0x23) { return true }
      guard tokens[index].kind == .word else { return false }
      let token = tokens[index]
      if token.lexeme == .countLead { return true }
      guard token.capitalized, index > 0 else { return false }
      return !(token.lexeme?.isLeadIn ?? false) && token.lexeme != .article
    }

    /// Whether the word after a number makes the number a count: "1961 soldiers", "2000 km"; not "2024 marks",
    /// "the 2024 elections", "2024 saw".
    private func isCounted(after index: Int) -> Bool {
      let next = index + 1
      guard next < tokens.count, tokens[next].kind == .word, tokens[next].spaced else { return false }
      if isCountFollower(next) { return true }
      let word = tokens[next]
      guard word.pluralLike else { return false }
      switch word.lexeme {
      case .yearVerb, .eventPlural, .unit, .weekday, .month: return false
      default: return true
      }
    }

    private func isCountFollower(_ index: Int) -> Bool {
      guard index < tokens.count else { return false }
      return tokens[index].lexeme == .countFollower || isWord(index, Keys.of)
    }

    // MARK: Month names

    /// "in March", "last September" (through `modifiedHead`), "June 19", "July"; not "Theresa May", "the March
    /// on Washington", "October Revolution".
    private func monthHead(at index: Int, month: Int, abbreviated: Bool) -> Outcome {
      guard tokens[index].capitalized else { return .none }
      let withDay = monthFirst(at: index, month: month, abbreviated: abbreviated)
      if case .none = withDay {} else { return withDay }
      guard !abbreviated, acceptsBareMonth(at: index, month: month) else { return .none }
      return .head(
        Head(
          first: index, last: index, start: tokens[index].start, end: tokens[index].end,
          meaning: .month(month, .notAfter), family: .month))
    }

    private func acceptsBareMonth(at index: Int, month: Int) -> Bool {
      if hasLeadIn(before: index) || isCoordinated(index, family: .month) { return true }
      if index > 0 {
        let before = tokens[index - 1]
        if before.kind == .word && (before.capitalized || before.lexeme == .article || before.lexeme == .number(1)) {
          return false
        }
        if isMark(index - 1, 0x27) || isMark(index - 1, 0x2D) { return false }
      }
      let next = index + 1
      // These are names or everyday words as often as months, so they need a preposition, a day or a verb after
      // them ("March was the wettest").
      if [3, 4, 5, 6, 8].contains(month) { return next < tokens.count && tokens[next].lexeme == .yearVerb }
      return next >= tokens.count || tokens[next].kind != .word || !tokens[next].capitalized
    }

    private func hasLeadIn(before index: Int) -> Bool {
      guard index > 0 else { return false }
      if tokens[index - 1].lexeme?.isLeadIn ?? false { return true }
      return qualifierStart(before: index) != nil
    }

    // MARK: Weekdays and relative days

    /// A weekday alone or naming a day: "Wednesday", "Tuesday 18 June", "Wed, June 19", "Tuesday last week".
    private func weekdayHead(at index: Int, weekday: Int, abbreviated: Bool) -> Outcome {
      guard tokens[index].capitalized else { return .none }
      var next = index + 1
      if abbreviated && isMark(next, 0x2E) && !tokens[next].spaced { next += 1 }
      if isMark(next, 0x2C) { next += 1 }
      if next < tokens.count, tokens[next].spaced, case .head(var dated) = dayMonth(at: next) {
        dated.first = index
        dated.start = tokens[index].start
        return .head(dated)
      }
      guard !abbreviated else { return .none }
      if index > 0, let before = tokens[index - 1].lexeme,
        before == .weekdayBlocker || before == .article
          || before == .number(1)
      {
        return .skip(through: index)
      }
      if isRecurring(weekdayAt: index) { return .skip(through: index + 1) }
      var head = Head(
        first: index, last: index, start: tokens[index].start, end: tokens[index].end,
        meaning: .weekday(weekday, .onOrBefore), family: .day)
      if let weeks = weekOffset(after: index) {
        head.last = index + 2
        head.end = tokens[index + 2].end
        head.meaning = .weekday(weekday, .week(weeks))
      }
      head.takesTrailing = true
      return .head(head)
    }

    /// Whether the weekday recurs or is a name: "Sunday hours", "Sunday mornings", "Sunday visits", "Sunday Times".
    ///
    /// A preposition makes it a date again ("on Tuesday officials said"), except before "mornings".
    private func isRecurring(weekdayAt index: Int) -> Bool {
      let next = index + 1
      guard next < tokens.count, tokens[next].kind == .word, tokens[next].spaced else { return false }
      let word = tokens[next]
      if word.lexeme == .recurringNoun { return true }
      guard !hasLeadIn(before: index) else { return false }
      if word.capitalized { return word.lexeme == nil }
      return word.pluralLike && word.lexeme != .yearVerb
    }

    /// "last week" (-1), "this week" (0), "next week" (+1) right after a weekday.
    private func weekOffset(after index: Int) -> Int? {
      guard index + 2 < tokens.count, case .modifier(let modifier) = tokens[index + 1].lexeme,
        tokens[index + 2].lexeme == .unit(.week), isWord(index + 2, Keys.week)
      else {
        return nil
      }
      switch modifier {
      case .last: return -1
      case .this: return 0
      case .next: return 1
      default: return nil
      }
    }

    /// "today", "yesterday", "tomorrow", "tonight"; not "USA Today".
    private func relativeDayHead(at index: Int, offset: Int) -> Outcome {
      if tokens[index].capitalized && index > 0 && tokens[index - 1].kind == .word { return .none }
      var head = Head(
        first: index, last: index, start: tokens[index].start, end: tokens[index].end, meaning: .days(offset),
        family: .day)
      head.takesTrailing = true
      return .head(head)
    }

    /// "the day before yesterday", "the day after tomorrow".
    private func dayBeforeOrAfter(at index: Int) -> Outcome {
      guard index + 3 < tokens.count, isWord(index + 1, Keys.day),
        case .preposition(let preposition) = tokens[index + 2].lexeme,
        case .relativeDay(let offset) = tokens[index + 3].lexeme
      else {
        return .none
      }
      let meaning: Meaning
      switch (preposition, offset) {
      case (.before, -1): meaning = .days(-2)
      case (.after, 1): meaning = .days(2)
      default: return .none
      }
      var head = Head(
        first: index, last: index + 3, start: tokens[index].start, end: tokens[index + 3].end, meaning: meaning,
        family: .day)
      head.takesTrailing = true
      return .head(head)
    }

    /// "last September", "next Friday", "this coming Friday", "this past Sunday", "this year", "last month",
    /// "this morning", "last night"; "the last year" is a duration and "the next Friday" is event-relative.
    private func modifiedHead(at index: Int, modifier: Modifier) -> Outcome {
      var choice = modifier
      var next = index + 1
      if modifier == .this, next < tokens.count, case .modifier(let second) = tokens[next].lexeme,
        second == .coming || second == .past
      {
        choice = second
        next += 1
      }
      guard next < tokens.count, let lexeme = tokens[next].lexeme else { return .none }
      let afterArticle = index > 0 && tokens[index - 1].lexeme == .article
      guard let meaning = meaning(of: lexeme, at: next, modifier: choice), !afterArticle else {
        return isTimeWord(lexeme) && (afterArticle || choice == .past) ? .skip(through: next) : .none
      }
      let family: Family
      switch meaning {
      case .month, .months: family = .month
      case .years: family = .year
      default: family = .day
      }
      var head = Head(
        first: index, last: next, start: tokens[index].start, end: tokens[next].end, meaning: meaning, family: family)
      if case .weekday = meaning { head.takesTrailing = true }
      return .head(head)
    }

    private func meaning(of lexeme: Lexeme, at index: Int, modifier: Modifier) -> Meaning? {
      switch lexeme {
      case .weekday(let weekday, abbreviated: false) where tokens[index].capitalized:
        switch modifier {
        case .this: return .weekday(weekday, .week(0))
        case .last, .past: return .weekday(weekday, .before)
        case .next, .coming: return .weekday(weekday, .after)
        }
      case .month(let month, abbreviated: false) where tokens[index].capitalized:
        switch modifier {
        case .this: return .month(month, .sameYear)
        case .last, .past: return .month(month, .before)
        case .next, .coming: return .month(month, .after)
        }
      case .unit(.year) where isWord(index, Keys.year):
        return offset(modifier).map { .years($0) }
      case .unit(.month) where isWord(index, Keys.month):
        return offset(modifier).map { .months($0) }
      case .partOfDay(let night):
        switch modifier {
        case .this: return .days(0)
        case .last where night || isWord(index, Keys.evening): return .days(-1)
        default: return nil
        }
      default:
        return nil
      }
    }

    private func offset(_ modifier: Modifier) -> Int? {
      switch modifier {
      case .this: return 0
      case .last: return -1
      case .next: return 1
      default: return nil
      }
    }

    private func isTimeWord(_ lexeme: Lexeme) -> Bool {
      switch lexeme {
      case .weekday, .month, .unit, .partOfDay: return true
      default: return false
      }
    }

    /// "three days ago", "two years ago", "a month ago"; weeks have no precision of their own, so "two weeks ago"
    /// is left out.
    private func agoHead(at index: Int, count: Int) -> Outcome {
      guard count > 0, count < 1000, index + 2 < tokens.count, tokens[index + 2].lexeme == .ago,
        case .unit(let unit) = tokens[index + 1].lexeme
      else {
        return .none
      }
      let meaning: Meaning
      let family: Family
      switch unit {
      case .day: (meaning, family) = (.days(-count), .day)
      case .month: (meaning, family) = (.months(-count), .month)
      case .year: (meaning, family) = (.years(-count), .year)
      case .week: return .skip(through: index + 2)
      }
      var head = Head(
        first: index, last: index + 2, start: tokens[index].start, end: tokens[index + 2].end, meaning: meaning,
        family: family)
      head.takesLeadIn = false
      return .head(head)
    }

    // MARK: Token tests

    private func isWord(_ index: Int, _ key: UInt64) -> Bool {
      index >= 0 && index < tokens.count && tokens[index].kind == .word && tokens[index].key == key
    }

    private func isMark(_ index: Int, _ mark: UInt8) -> Bool {
      index >= 0 && index < tokens.count && tokens[index].kind == .mark && tokens[index].mark == mark
    }

    private func hasOrdinalSuffix(after index: Int) -> Bool {
      let next = index + 1
      return next < tokens.count && !tokens[next].spaced && tokens[next].lexeme == .ordinalSuffix
    }

    /// Whether a number continues what is before it: "11,000", "2.0.24", "10:15", "$2000", "F16", "1961-62".
    private func isJoinedBefore(_ index: Int) -> Bool {
      guard index > 0, !tokens[index].spaced else { return false }
      let before = tokens[index - 1]
      if before.kind != .mark { return true }
      switch before.mark {
      case 0x24, 0x23, 0x2B, 0x40, 0x2F, 0x3A, 0x25, 0x5E, 0x26, 0x2A, 0x3D, 0x7E, 0x5C: return true
      case 0x2E, 0x2C, 0x2D:
        return index >= 2 && !before.spaced && tokens[index - 2].kind == .number
      default: return false
      }
    }

    /// Whether a number runs on into what follows: "2000s", "20%", "2,000", "10:15", "1961-62"; a possessive
    /// ("2024's") does not.
    private func isJoinedAfter(_ index: Int) -> Bool {
      let next = index + 1
      guard next < tokens.count, !tokens[next].spaced else { return false }
      let after = tokens[next]
      if after.kind != .mark { return true }
      switch after.mark {
      case 0x25: return true
      case 0x2E, 0x2C, 0x3A, 0x2F, 0x2D:
        return next + 1 < tokens.count && !tokens[next + 1].spaced && tokens[next + 1].kind == .number
      default: return false
      }
    }

    /// Whether only a connector ("and", "or", "to", a comma or dash) separates `index` from the last expression
    /// of the same family: "in March and April", "from 2019 to 2021".
    private func isCoordinated(_ index: Int, family: Family) -> Bool {
      guard let previous, previous.family == family, index - previous.last >= 2, index - previous.last <= 3 else {
        return false
      }
      for between in (previous.last + 1)..<index {
        let token = tokens[between]
        let isConnector =
          token.lexeme == .connector || (token.kind == .mark && (token.mark == 0x2C || token.mark == 0x2D))
        if !isConnector { return false }
      }
      return true
    }
  }

  /// Packed keys of the few words the reader tests one by one.
  enum Keys {
    static let mid = PackedWord.key("mid")
    static let of = PackedWord.key("of")
    static let `as` = PackedWord.key("as")
    static let to = PackedWord.key("to")
    static let by = PackedWord.key("by")
    static let from = PackedWord.key("from")
    static let day = PackedWord.key("day")
    static let this = PackedWord.key("this")
    static let last = PackedWord.key("last")
    static let next = PackedWord.key("next")
    static let years = PackedWord.key("years")
    static let months = PackedWord.key("months")
    static let week = PackedWord.key("week")
    static let year = PackedWord.key("year")
    static let month = PackedWord.key("month")
    static let evening = PackedWord.key("evening")
    static let attack = PackedWord.key("attack")
    static let attacks = PackedWord.key("attacks")
  }
}
