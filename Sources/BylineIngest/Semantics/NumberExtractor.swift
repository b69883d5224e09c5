/// One stated quantity found in a sentence.
struct NumberFinding: Hashable, Sendable {
  /// UTF-8 byte offsets, within the sentence given, of the stating text: qualifier + number + unit phrase.
  ///
  /// For example "more than 11,000 containers of ammunition", "nearly 5mn artillery shells", "two-day", "24 years".
  var range: Range<Int>
  var value: Double
  /// The counted noun, head word only, as written ("containers", "shells", "years", "days" for "two-day"); nil if none.
  var unit: String?
  /// Approximation words kept as written, lower-cased ("more than", "nearly", "up to"); nil if none.
  var qualifier: String?
}

/// Finds stated cardinal quantities in a sentence: counts ("the two leaders"), durations ("in over 20 years"),
/// amounts ("nearly 5mn artillery shells", "$3bn", "40 per cent") and compounds ("a two-day trip").
///
/// It scans UTF-8 bytes by hand because it runs on every sentence of every article: a sentence without a digit
/// or a number word costs one pass and no allocation. It leans towards precision, so ordinals, dates, years, clock
/// times, ranks, model names ("F-16", "G7"), identifiers, "one" as a pronoun and vague amounts ("dozens",
/// "several hundred") produce nothing.
enum NumberExtractor {
  /// Every stated cardinal quantity in one sentence, in order, non-overlapping.
  static func findings(in sentence: some StringProtocol) -> [NumberFinding] {
    if let found = sentence.utf8.withContiguousStorageIfAvailable({ findings(in: $0) }) {
      return found
    }
    return Array(sentence.utf8).withUnsafeBufferPointer { findings(in: $0) }
  }

  /// Every stated cardinal quantity in a sentence given as UTF-8 bytes; see `findings(in:)`.
  static func findings(in bytes: UnsafeBufferPointer<UInt8>) -> [NumberFinding] {
    SentenceScanner(bytes).findings()
  }
}

// MARK: - Lexicon

/// A number word's part in a spelled-out number.
private enum NumberWord: Sendable {
  /// "one" to "nineteen".
  case small(Double)
  /// "twenty" to "ninety".
  case tens(Double)
  case hundred
  /// "thousand" and up, and the South Asian "lakh" and "crore".
  case scale(Double)
  case dozen
}

/// What a word around a number says about it.
private struct WordRole: OptionSet, Sendable {
  let rawValue: UInt32

  /// Determiners, prepositions, conjunctions, pronouns, auxiliaries: a noun phrase ends before them.
  static let function = WordRole(rawValue: 1 << 0)
  /// Needs a capital: "June 19" and "19 June" are dates.
  static let month = WordRole(rawValue: 1 << 1)
  /// A number after it names something rather than counting: "page 5", "flight 370", "number one".
  static let label = WordRole(rawValue: 1 << 2)
  /// Makes "for one year" a duration, where "one" alone would be a pronoun.
  static let timeUnit = WordRole(rawValue: 1 << 3)
  /// May follow a number and a hyphen: "two-day", "10-point", "24-year-old".
  static let compoundUnit = WordRole(rawValue: 1 << 4)
  /// A counted noun whatever its ending: irregular plurals ("people"), mass units ("yen"), abbreviations ("km").
  static let head = WordRole(rawValue: 1 << 5)
  /// Ends in "s" without being a plural noun: "news", "gas", "always".
  static let notPlural = WordRole(rawValue: 1 << 6)
  /// "two thirds" is a fraction, not a count of thirds.
  static let fraction = WordRole(rawValue: 1 << 7)
  /// "10 pm", "10 GMT": a clock time.
  static let clock = WordRole(rawValue: 1 << 8)
  /// "in 2000", "since 2000": a year-like number after it is a year even before a plural noun.
  static let datePreposition = WordRole(rawValue: 1 << 9)
  /// The last word of an approximation phrase ("than" of "more than", "over").
  static let qualifierEnd = WordRole(rawValue: 1 << 10)
  /// "only one", "just one": "one" after it is a count.
  static let countsOne = WordRole(rawValue: 1 << 11)
  /// "for one year", "within one month".
  static let durationPreposition = WordRole(rawValue: 1 << 12)
  /// Adjectives that may stand between a number and its noun but never end a phrase ("2,000 more troops").
  static let modifier = WordRole(rawValue: 1 << 13)
  /// "in 1881", "since 1881": a four-digit number after it is a year even before 1900.
  static let yearPreposition = WordRole(rawValue: 1 << 14)
  /// "one of", "one another", "one by one", "one or two": "one" before it is a pronoun or determiner.
  static let afterPronounOne = WordRole(rawValue: 1 << 15)
  /// "two of them": the partitive names no noun.
  static let pronoun = WordRole(rawValue: 1 << 16)
  /// "two of the parties": the partitive's noun follows.
  static let determiner = WordRole(rawValue: 1 << 17)
  /// "24-year-old", "a 10-mile-long convoy": a measure adjective closing a compound.
  static let measureSuffix = WordRole(rawValue: 1 << 18)

  /// Lower-case words that may stand before a number without making it part of a name ("Boeing 737").
  static let ordinaryBefore: WordRole = [
    .function, .qualifierEnd, .countsOne, .durationPreposition, .datePreposition, .modifier,
  ]
}

/// A word's lower-cased ASCII letters as a `WordTable` key; nil for anything but ASCII letters.
///
/// Letters are packed five bits each, then mixed, because `WordTable` indexes by the low bits and words share
/// their first letters. Packing and mixing are both invertible, so words of up to 12 letters
/// never share a key; longer ones ("approximately") fold in by multiplication, where a clash is vanishingly unlikely.
private func wordKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
  guard !range.isEmpty else { return nil }
  var packed: UInt64 = 0
  for index in range {
    let letter = (bytes[index] | 0x20) &- 0x60
    guard letter &- 1 < 26 else { return nil }
    packed = (packed &* (range.count > 12 ? 0x100_0000_01B3 : 32)) ^ UInt64(letter)
  }
  let mixed = packed &* 0x9E37_79B9_7F4A_7C15
  return mixed ^ (mixed >> 29)
}

private func wordKey(_ word: Substring) -> UInt64 {
  let key = Array(word.utf8).withUnsafeBufferPointer { wordKey($0, 0..<$0.count) }
  guard let key else { preconditionFailure("lexicon word \(word) is not made of ASCII letters") }
  return key
}

private let numberWords: WordTable<NumberWord> = {
  var entries: [UInt64: NumberWord] = [:]
  let small = """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen \
    eighteen nineteen
    """
  for (offset, word) in small.split(separator: " ").enumerated() { entries[wordKey(word)] = .small(Double(offset + 1)) }
  for (offset, word) in "twenty thirty forty fifty sixty seventy eighty ninety".split(separator: " ").enumerated() {
    entries[wordKey(word)] = .tens(Double(offset + 2) * 10)
  }
  entries[wordKey("hundred")] = .hundred
  entries[wordKey("dozen")] = .dozen
  let scales: [(String, Double)] = [
    ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("lakh", 1e5), ("crore", 1e7),
  ]
  for (word, scale) in scales { entries[wordKey(word[...])] = .scale(scale) }
  return WordTable(entries)
}()

/// Scales written against or after digits: "5mn", "3bn", "5 mn", "$50k".
private let scaleAbbreviations: WordTable<Double> = {
  let abbreviations: [(String, Double)] = [
    ("k", 1e3), ("m", 1e6), ("mn", 1e6), ("mln", 1e6), ("b", 1e9), ("bn", 1e9), ("bln", 1e9), ("tn", 1e12),
    ("trn", 1e12),
  ]
  var entries: [UInt64: Double] = [:]
  for (word, scale) in abbreviations { entries[wordKey(word[...])] = scale }
  return WordTable(entries)
}()

private let wordRoles: WordTable<WordRole> = {
  var entries: [UInt64: WordRole] = [:]
  func add(_ words: String, _ role: WordRole) {
    for word in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      entries[wordKey(word), default: []].insert(role)
    }
  }
  add(
    """
    a an the this that these those of in on at to for from by with without into onto upon over under about after
    before since during between among amid against through throughout across along around near beyond via than as
    like and or but nor so yet if while when whenever where which who whom whose what because although though
    until till unless whether is are was were be been being am has have had having do does did will would shall
    should can could may might must not no it its they them their theirs he him his she her hers we us our ours
    you your yours i me my mine said says say told ago later earlier each apiece also only just even still now
    then there here too very all both some any every either neither such own same up down out off away back again
    ever never already almost nearly roughly approximately per versus vs whereas including compared according plus
    minus toward towards always perhaps sometimes often how why another one ones
    """, .function)
  add(
    """
    january february march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec
    """, .month)
  add(
    """
    number page pages pp chapter article section sec paragraph para clause item platform gate flight route highway
    interstate exit category phase stage round episode season volume vol version level grade tier channel rank
    ranked amendment resolution ward apartment suite room size track lap hole psalm verse figure fig nr ep ch
    """, .label)
  add("second minute hour day night week fortnight month year decade century", .timeUnit)
  add(
    """
    second minute hour day night week fortnight month year decade century mile metre meter kilometre kilometer km
    foot inch yard acre hectare pound kilogram kg ton tonne litre liter gallon degree percent point storey story
    floor bedroom room bed seat member man person player nation country state party game match page part stage step
    lane car vehicle carat megawatt gigawatt kilowatt inning round set goal run shot hole judge count term
    nanometre nanometer micron millimetre millimeter centimetre centimeter kilovolt volt watt gigabyte terabyte
    megabyte wicket
    """, .compoundUnit)
  add(
    """
    people men women children police personnel staff cattle livestock feet teeth mice geese aircraft sheep deer
    offspring yen yuan baht naira euro percent pct km kg cm mm mph kph ft lb lbs mw gw kw kwh mwh gwh mb gb tb ha bpd
    """, .head)
  add(
    """
    news gas bias atlas canvas alias chaos lens thanks yes this thus has was is its his hers ours yours theirs does
    goes as us plus minus across less unless always perhaps sometimes whereas afterwards towards besides politics
    economics physics mathematics athletics ethics
    """, .notPlural)
  add("halves thirds fourths fifths sixths sevenths eighths ninths tenths", .fraction)
  add("am pm gmt utc bst cet cest est edt pst pdt hrs", .clock)
  add(
    """
    in since of by until till from to between and before after during circa mid late early the year fiscal summer
    winter spring autumn fall through throughout as for on
    """, .datePreposition)
  add(
    """
    over nearly about almost some around roughly approximately approx than to least most under below above
    estimated circa of as
    """, .qualifierEnd)
  add("only just exactly precisely", .countsOne)
  add("for in within after over under than about around nearly almost past last", .durationPreposition)
  add("more fewer less other additional extra further new", .modifier)
  add("in since by until from between before after circa", .yearPreposition)
  add("of another by or in on after way side", .afterPronounOne)
  add("them us you whom which", .pronoun)
  add("the these those its their our his her my your", .determiner)
  add("old long wide high deep tall", .measureSuffix)
  return WordTable(entries)
}()

/// Approximation phrases kept as a finding's qualifier, matched on the words just before the number.
private let qualifierPhraseList = [
  "more than", "over", "nearly", "about", "almost", "at least", "up to", "some", "around", "roughly", "fewer than",
  "less than", "approximately", "approx", "under", "below", "above", "just over", "just under", "well over",
  "close to", "as many as", "as much as", "as few as", "as little as", "upwards of", "in excess of", "no more than",
  "no less than", "no fewer than", "not more than", "at most", "an estimated", "estimated", "circa",
  "slightly more than", "slightly less than", "a little over", "a little more than",
]

/// A phrase's key so far, extended by the key of its next word.
private func phraseKey(_ phrase: UInt64, then word: UInt64) -> UInt64 {
  let folded = (phrase &* 0x9E37_79B9_7F4A_7C15) ^ word
  return folded ^ (folded >> 31)
}

/// `qualifierPhraseList` by phrase key, so matching the words before a number allocates nothing.
private let qualifierPhrases: WordTable<String> = {
  var entries: [UInt64: String] = [:]
  for phrase in qualifierPhraseList {
    entries[phrase.split(separator: " ").map(wordKey).reduce(0, phraseKey)] = phrase
  }
  return WordTable(entries)
}()

/// Currency codes written before an amount ("USD 5 million") and the unit they stand for.
private let currencyCodes: [String: String] = [
  "USD": "dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen", "CNY": "yuan", "RMB": "yuan", "INR": "rupees",
  "Rs": "rupees", "RM": "ringgit", "MYR": "ringgit", "KSh": "shillings", "Ksh": "shillings", "KES": "shillings",
  "NGN": "naira", "ZAR": "rand", "BRL": "reais", "CHF": "francs", "SEK": "kronor", "NOK": "kroner", "DKK": "kroner",
  "AUD": "dollars", "CAD": "dollars", "HKD": "dollars", "SGD": "dollars", "NZD": "dollars", "IDR": "rupiah",
  "Rp": "rupiah", "PHP": "pesos", "MXN": "pesos", "TRY": "lira", "RUB": "roubles", "UAH": "hryvnias",
  "KRW": "won", "PKR": "rupees", "BDT": "taka", "Tk": "taka", "EGP": "pounds", "SAR": "riyals", "AED": "dirhams",
  "QAR": "riyals", "ILS": "shekels", "PLN": "zlotys", "CZK": "korunas", "HUF": "forints",
]

// MARK: - Bytes

private let space: UInt8 = 0x20
private let hyphen: UInt8 = 0x2D
private let period: UInt8 = 0x2E
private let comma: UInt8 = 0x2C
private let apostrophe: UInt8 = 0x27


/// Whether a word with these first two letters and this length may be a number word; most words are passed
/// over on this test alone, without touching a table.
@inline(__always) private func mayBeNumberWord(_ first: UInt8, _ second: UInt8, length: Int) -> Bool {
  switch UInt16(first | 0x20) << 8 | UInt16(second | 0x20) {
  case 0x6F6E: return length == 3  // one
  case 0x7477, 0x7369: return length >= 3 && length <= 7  // two twelve twenty, six sixteen sixty
  case 0x7465: return length == 3  // ten
  case 0x7468: return length >= 5 && length <= 8  // three thirteen thirty thousand
  case 0x666F, 0x6669, 0x6E69: return length >= 4 && length <= 8  // four…forty, five…fifty, nine…ninety
  case 0x7365: return length >= 5 && length <= 9  // seven seventeen seventy
  case 0x6569: return length >= 5 && length <= 8  // eight eighteen eighty
  case 0x656C: return length == 6  // eleven
  case 0x6875, 0x6D69, 0x6269: return length == 7  // hundred, million, billion
  case 0x7472: return length == 8  // trillion
  case 0x646F, 0x6372: return length == 5  // dozen, crore
  case 0x6C61: return length == 4  // lakh
  default: return false
  }
}

// MARK: - Scanning

/// The outcome of reading at one position.
private enum Attempt {
  case found(NumberFinding)
  /// Digits with nothing to say what they count, kept unless they belong to a date ("19 czerwca 2024").
  case foundBare(NumberFinding)
  /// Nothing here: go on scanning at `to`, past a token no part of which may count ("F-16", "19-06-2024").
  case skip(to: Int)
}

/// A run of digits read as a number: "11,000", "1.2", "1,000,000.50".
private struct DigitRun {
  var value: Double
  var end: Int
  var integerDigits: Int
  var grouped: Bool
  var fractionDigits: Int

  var isPlainInteger: Bool { !grouped && fractionDigits == 0 }
}

/// A number as read so far.
private struct Amount {
  /// Where the number's text starts: its first digit or word, or "a" of "a million".
  var start: Int
  var value: Double
  /// Where the stating text ends so far.
  var end: Int
  /// Fixed by what was written with the number ("percent", "km", "days") or found after it.
  var unit: String? = nil
  var hasScale = false
  /// A currency sign or code and where it starts ("$", "US$", "Rs").
  var currency: (start: Int, unit: String)? = nil
}

/// Where a number in digits stands, for the checks that tell a count from a year or a code.
private struct DigitContext {
  var digits: DigitRun
  /// Where the number's text starts, its currency sign included.
  var textStart: Int
  /// The end of the previous finding, before which no word is read.
  var limit: Int
}

/// A spelled-out number: "two", "twenty-five", "three hundred", "two and a half million".
private struct SpelledNumber {
  var value: Double
  var end: Int
  /// Just the word "one": a pronoun or determiner unless something makes it a count.
  var isLoneOne: Bool
}

/// The noun phrase after a number.
private enum NounPhrase {
  /// The counted noun and where the stating text ends (after "of ammunition" when that follows).
  case head(Range<Int>, end: Int)
  /// No counted noun, but the stating text goes on to `end`: "2,000 of them".
  case unitless(end: Int)
  case none
  /// "two thirds" (a fraction), "one of the parties" (a pronoun): the number counts nothing.
  case notACount
}

/// A word of a noun phrase: letters with inner hyphens ("nuclear-armed") and a possessive ending.
private struct PhraseWord {
  /// The letters, for look-ups; the whole word for hyphenated ones.
  var letters: Range<Int>
  /// The word as the unit shows it: with a singular "’s", without a plural possessive's apostrophe.
  var text: Range<Int>
  var isPossessive: Bool
}

/// Byte-level reading of one sentence.
///
/// Lookahead goes through `byte(_:)`, which reads 0 outside the sentence,
/// because `UnsafeBufferPointer` does not check bounds in release builds.
private struct SentenceScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  let count: Int

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    self.count = bytes.count
  }

  @inline(__always) func byte(_ index: Int) -> UInt8 {
    index >= 0 && index < count ? bytes[index] : 0
  }

  func findings() -> [NumberFinding] {
    var found: [NumberFinding] = []
    var index = 0
    var previousEnd = 0
    // Read once, on the first bare number, so a long sentence of them stays linear.
    var dates: [DateMatch]? = nil
    while index < count {
      let current = bytes[index]
      let attempt: Attempt
      if isDigit(current) {
        attempt = digitQuantity(at: index, notBefore: previousEnd)
      } else if isASCIILetter(current) {
        let end = letterRunEnd(from: index + 1)
        guard mayBeNumberWord(current, byte(index + 1), length: end - index), let word = numberWord(index..<end) else {
          index = end
          continue
        }
        attempt = wordQuantity(at: index, first: word, notBefore: previousEnd)
      } else if current == 0xC2 || current == 0xE2, let fraction = vulgarFraction(at: index) {
        attempt = fractionQuantity(at: index, fraction: fraction, notBefore: previousEnd)
      } else {
        index += 1
        continue
      }
      switch attempt {
      case .found(let finding):
        found.append(finding)
        previousEnd = finding.range.upperBound
        index = max(finding.range.upperBound, index + 1)
      case .foundBare(let finding):
        let sentenceDates = isYearNear(after: finding.range.upperBound) ? dates ?? DateScanner.scan(bytes) : []
        if !sentenceDates.isEmpty { dates = sentenceDates }
        if let date = sentenceDates.first(where: { $0.range.overlaps(finding.range) }) {
          index = max(date.range.upperBound, index + 1)
        } else {
          found.append(finding)
          previousEnd = finding.range.upperBound
          index = max(finding.range.upperBound, index + 1)
        }
      case .skip(let end):
        index = max(end, index + 1)
      }
    }
    return found
  }

  // MARK: Numbers in digits

  private func digitQuantity(at start: Int, notBefore limit: Int) -> Attempt {
    let skipToken = Attempt.skip(to: tokenEnd(from: start))
    guard !isJoinedBefore(start), let digits = readDigits(at: start), !continuesAsChain(at: digits.end) else {
      return skipToken
    }
    var amount = Amount(start: start, value: digits.value, end: digits.end)
    amount.currency = currencyPrefix(before: start, notBefore: limit)
    guard readAttached(to: &amount, digits: digits), !isJoinedAfter(amount.end), !continuesAsChain(at: amount.end)
    else { return skipToken }
    let textStart = amount.currency?.start ?? start
    guard !namesSomething(numberAt: textStart, notBefore: limit, allowsCapitalized: amount.currency != nil),
      amount.unit != nil || amount.hasScale || amount.currency != nil || !isListMarkerOrReference(start, digits.end)
    else { return skipToken }
    readSpacedScaleAndPercent(into: &amount)
    let context = DigitContext(digits: digits, textStart: textStart, limit: limit)
    guard amount.unit != nil || readCountedNoun(into: &amount, context) else { return skipToken }
    let qualifier = self.qualifier(before: textStart, notBefore: limit)
    if amount.unit == nil && qualifier == nil && isClockAfterAt(textStart, value: amount.value, limit: limit) {
      return skipToken
    }
    guard amount.value.isFinite else { return skipToken }
    let finding = NumberFinding(
      range: (qualifier?.start ?? textStart)..<amount.end, value: amount.value, unit: amount.unit,
      qualifier: qualifier?.text)
    // The scanner's month names cover only English; the date scanner reads other languages' dates.
    let isBare = amount.unit == nil && qualifier == nil && !amount.hasScale
    return isBare ? .foundBare(finding) : .found(finding)
  }

  /// Reads what is written against the digits ("1½", "5mn", "5km", "1.5C", "40%", "25°C", "5€", "two-day"); false
  /// when they run on into a code ("5G", "4b8c") or a compound that is no unit ("5-star").
  private func readAttached(to amount: inout Amount, digits: DigitRun) -> Bool {
    if digits.fractionDigits == 0, let fraction = vulgarFraction(at: amount.end) {
      amount.value += fraction.value
      amount.end = fraction.end
    }
    if isASCIILetter(byte(amount.end)) {
      let suffix = amount.end..<letterRunEnd(from: amount.end)
      guard let key = wordKey(bytes, suffix) else { return false }
      if let scale = scaleAbbreviations[key] {
        amount.value *= scale
        amount.hasScale = true
      } else if wordRoles[key]?.contains(.head) == true {
        amount.unit = text(suffix)
      } else if suffix.count == 1 && bytes[suffix.lowerBound] == 0x43 {
        // "1.5C": temperatures in news copy drop the degree sign.
        amount.unit = "degrees"
      } else {
        return false
      }
      amount.end = suffix.upperBound
    }
    if let (unit, end) = attachedSymbol(at: amount.end) {
      amount.unit = unit
      amount.end = end
    } else if amount.currency == nil, let end = euroSign(at: gapEnd(from: amount.end)) {
      amount.currency = (amount.start, "euros")
      amount.end = end
    }
    if byte(amount.end) == hyphen && isASCIILetter(byte(amount.end + 1)) && amount.unit == nil && !amount.hasScale {
      guard let (unit, end) = compoundUnit(at: amount.end + 1, value: amount.value) else { return false }
      amount.unit = unit
      amount.end = end
    }
    return true
  }

  /// Reads scale and percent words after a gap: "5 million", "1.2 trillion", "2 and a half million", "40 per cent".
  private func readSpacedScaleAndPercent(into amount: inout Amount) {
    guard amount.unit == nil else { return }
    if !amount.hasScale, let (scaled, end) = scaleWords(after: amount.end, value: amount.value) {
      amount.value = scaled
      amount.end = end
      amount.hasScale = true
    }
    if let end = percentWords(after: amount.end) {
      amount.unit = "percent"
      amount.end = end
    }
  }

  /// Reads the counted noun after an amount, or settles for none; false when the number turns out not to count
  /// anything: a date or time ("19 June", "10 am"), a year ("in 2024", "the 2024 elections"), a pronoun use
  /// ("1 of 5"), a phone number or code, a street number ("600 Granby Street") or a number standing alone.
  private func readCountedNoun(into amount: inout Amount, _ context: DigitContext) -> Bool {
    if !amount.hasScale && isDateOrTime(after: amount.end) { return false }
    let isBare = amount.currency == nil && !amount.hasScale
    let isYear = isBare && isYearLike(context.digits, at: context.textStart, limit: context.limit)
    // An amount of money names its noun right after it or not at all: in "$16 million bus interchange opens" the
    // plural is a verb.
    switch nounPhrase(after: amount.end, value: amount.value, maximumWords: amount.currency == nil ? 4 : 1) {
    case .notACount:
      return false
    case .head(let head, let phraseEnd):
      if isYear && !countsAsYearLikeCount(start: context.textStart, head: head, limit: context.limit) {
        return false
      }
      amount.unit = text(head)
      amount.end = phraseEnd
    case .unitless(let phraseEnd):
      guard !isYear else { return false }
      amount.end = phraseEnd
    case .none:
      guard !isYear else { return false }
      // Long bare digit strings are phone numbers, codes or identifiers.
      if isBare && context.digits.isPlainInteger && context.digits.integerDigits >= 7 { return false }
      if isBare && (isNameAfter(amount.end) || isStandingAlone(context.textStart, amount.end)) { return false }
      amount.unit = amount.currency?.unit
    }
    return true
  }

  /// Reads digits with comma thousands groups and a decimal part; nil for strings too long to be amounts and for
  /// zero-padded codes ("007", "05").
  private func readDigits(at start: Int) -> DigitRun? {
    var index = start
    var mantissa = 0.0
    var digitCount = 0
    while isDigit(byte(index)) {
      mantissa = mantissa * 10 + Double(bytes[index] &- 0x30)
      digitCount += 1
      index += 1
    }
    let leadDigits = digitCount
    guard leadDigits == 1 || bytes[start] != 0x30 else { return nil }
    var grouped = false
    while leadDigits <= 3, byte(index) == comma, isDigit(byte(index + 1)), isDigit(byte(index + 2)),
      isDigit(byte(index + 3)), !isDigit(byte(index + 4))
    {
      for offset in 1...3 { mantissa = mantissa * 10 + Double(bytes[index + offset] &- 0x30) }
      digitCount += 3
      index += 4
      grouped = true
    }
    let integerDigits = digitCount
    var fractionDigits = 0
    if byte(index) == period && isDigit(byte(index + 1)) {
      index += 1
      while isDigit(byte(index)) {
        mantissa = mantissa * 10 + Double(bytes[index] &- 0x30)
        fractionDigits += 1
        digitCount += 1
        index += 1
      }
    }
    guard digitCount <= 15 else { return nil }
    var divisor = 1.0
    for _ in 0..<fractionDigits { divisor *= 10 }
    return DigitRun(
      value: mantissa / divisor, end: index, integerDigits: integerDigits, grouped: grouped,
      fractionDigits: fractionDigits)
  }

  /// A bare four-digit year: 1900–2100 anywhere, or any year after a date preposition ("since 1881").
  private func isYearLike(_ digits: DigitRun, at start: Int, limit: Int) -> Bool {
    guard digits.isPlainInteger && digits.integerDigits == 4 && digits.value <= 2100 else { return false }
    if digits.value >= 1900 { return true }
    guard let previous = previousWord(before: start, notBefore: limit) else { return false }
    return roles(previous.range).contains(.yearPreposition)
  }

  /// Whether a year-like number with a counted noun is a count after all: "sent 2000 troops", not
  /// "the 2024 elections" or "in 2000 Games".
  private func countsAsYearLikeCount(start: Int, head: Range<Int>, limit: Int) -> Bool {
    guard !isASCIIUppercase(bytes[head.lowerBound]) else { return false }
    guard let previous = previousWord(before: start, notBefore: limit) else { return true }
    return !roles(previous.range).contains(.datePreposition)
  }

  /// "5 hundred", "1.2 trillion", "5 mn", "2 and a half million".
  private func scaleWords(after index: Int, value: Double) -> (Double, Int)? {
    var scaled = value
    var cursor = index
    var end: Int? = nil
    if let halfEnd = andAHalf(after: cursor), value == value.rounded() {
      scaled += 0.5
      cursor = halfEnd
      end = halfEnd
    }
    for _ in 0..<2 {
      let wordStart = gapEnd(from: cursor)
      guard wordStart > cursor, isASCIILetter(byte(wordStart)) else { break }
      let wordEnd = letterRunEnd(from: wordStart)
      guard !isJoinedAfter(wordEnd), let key = wordKey(bytes, wordStart..<wordEnd) else { break }
      var scale: Double? = nil
      switch numberWords[key] {
      case .scale(let wordScale): scale = wordScale
      case .hundred: scale = 100
      case .dozen: scale = 12
      default: if wordEnd - wordStart >= 2 { scale = scaleAbbreviations[key] }
      }
      guard let scale else { break }
      scaled *= scale
      cursor = wordEnd
      end = wordEnd
    }
    guard let end else { return nil }
    return (scaled, end)
  }

  /// "%" after a gap, "percent", "per cent", "pct": the end of the percent sign or words.
  private func percentWords(after index: Int) -> Int? {
    let start = gapEnd(from: index)
    if byte(start) == 0x25 && start > index { return start + 1 }
    guard start > index, isASCIILetter(byte(start)) else { return nil }
    let end = letterRunEnd(from: start)
    if isWord(start..<end, "percent") || isWord(start..<end, "pct") { return isJoinedAfter(end) ? nil : end }
    guard isWord(start..<end, "per") else { return nil }
    let centStart = gapEnd(from: end)
    let centEnd = letterRunEnd(from: centStart)
    guard centStart > end, isWord(centStart..<centEnd, "cent"), !isJoinedAfter(centEnd) else { return nil }
    return centEnd
  }

  /// "%", "¢" and "°" (with "C" or "F") written against the number.
  private func attachedSymbol(at index: Int) -> (String, Int)? {
    if byte(index) == 0x25 { return ("percent", index + 1) }
    if byte(index) == 0xC2 && byte(index + 1) == 0xA2 { return ("cents", index + 2) }
    guard byte(index) == 0xC2 && byte(index + 1) == 0xB0 else { return nil }
    let scale = byte(index + 2) | 0x20
    let end = (scale == 0x63 || scale == 0x66) && !isASCIILetter(byte(index + 3)) ? index + 3 : index + 2
    return ("degrees", end)
  }

  /// The end of a "€" written after an amount ("5€", "5 €").
  private func euroSign(at index: Int) -> Int? {
    byte(index) == 0xE2 && byte(index + 1) == 0x82 && byte(index + 2) == 0xAC ? index + 3 : nil
  }

  /// "$", "US$", "£", "¥", "€", "₹" against the number, or a currency code before it ("USD 5 million").
  private func currencyPrefix(before start: Int, notBefore limit: Int) -> (start: Int, unit: String)? {
    var symbolStart = start
    var unit: String? = nil
    if byte(start - 1) == 0x24 {
      symbolStart = start - 1
      // "US$", "A$", "HK$".
      var prefix = symbolStart
      while prefix > limit, symbolStart - prefix < 3, isASCIIUppercase(byte(prefix - 1)) { prefix -= 1 }
      if !isLetterOrDigit(endingAt: prefix) { symbolStart = prefix }
      // "R$" is the Brazilian real; "US$", "A$", "HK$" and the bare sign are dollars.
      unit = symbolStart == start - 2 && byte(start - 2) == 0x52 ? "reais" : "dollars"
    } else if byte(start - 2) == 0xC2 && (byte(start - 1) == 0xA3 || byte(start - 1) == 0xA5) {
      symbolStart = start - 2
      unit = byte(start - 1) == 0xA3 ? "pounds" : "yen"
    } else if byte(start - 3) == 0xE2 && byte(start - 2) == 0x82 {
      switch byte(start - 1) {
      case 0xAC: unit = "euros"
      case 0xB9: unit = "rupees"
      case 0xBD: unit = "roubles"
      case 0xA9: unit = "won"
      case 0xA6: unit = "naira"
      case 0xB1: unit = "pesos"
      case 0xBA: unit = "lira"
      case 0xB4: unit = "hryvnias"
      case 0xAB: unit = "dong"
      case 0xAA: unit = "shekels"
      default: return nil
      }
      symbolStart = start - 3
    }
    if let unit {
      return symbolStart >= limit ? (symbolStart, unit) : nil
    }
    // "RM22.5 billion", "KSh129": a currency code written against the digits.
    var letters = start
    while letters > limit, start - letters < 3, isASCIILetter(byte(letters - 1)) { letters -= 1 }
    if letters < start, !isLetterOrDigit(endingAt: letters),
      let code = currencyCodes[String(decoding: (letters..<start).map { byte($0) }, as: UTF8.self)]
    {
      return (letters, code)
    }
    guard let previous = previousWord(before: start, notBefore: limit, allowsPeriod: true),
      let code = currencyCodes[text(previous.range)]
    else { return nil }
    return (previous.range.lowerBound, code)
  }

  /// Whether the number is list numbering at the start of a line or in brackets ("(2)"), or a reference ("[12]").
  private func isListMarkerOrReference(_ start: Int, _ end: Int) -> Bool {
    let before = byte(start - 1)
    let after = byte(end)
    if (before == 0x28 && after == 0x29) || (before == 0x5B && after == 0x5D) { return true }
    guard after == period || after == 0x29 else { return false }
    let next = byte(end + 1)
    guard end + 1 >= count || next == space || next == 0x09 || next == 0xC2 else { return false }
    return isClauseStart(start)
  }

  /// "19 June", "10 am", "10 a.m.", "3 o’clock": the number is part of a date or time.
  private func isDateOrTime(after index: Int) -> Bool {
    let start = gapEnd(from: index)
    guard isASCIILetter(byte(start)) else { return false }
    let end = letterRunEnd(from: start)
    let roles = roles(start..<end)
    if roles.contains(.month) && isASCIIUppercase(bytes[start]) { return true }
    if roles.contains(.clock) && !isJoinedAfter(end) { return true }
    let first = bytes[start] | 0x20
    // "a.m.", "p.m."
    if end == start + 1 && (first == 0x61 || first == 0x70) && byte(end) == period && byte(end + 1) | 0x20 == 0x6D {
      return true
    }
    // "o'clock", "o’clock"
    if end == start + 1 && first == 0x6F {
      let next = byte(end)
      return next == apostrophe || (next == 0xE2 && byte(end + 1) == 0x80 && byte(end + 2) == 0x99)
    }
    return false
  }

  /// "at 10" with nothing after it is a clock time.
  private func isClockAfterAt(_ start: Int, value: Double, limit: Int) -> Bool {
    guard value <= 24, value == value.rounded(), let previous = previousWord(before: start, notBefore: limit) else {
      return false
    }
    return isWord(previous.range, "at")
  }

  // MARK: Numbers in words

  private func wordQuantity(at start: Int, first: NumberWord, notBefore limit: Int) -> Attempt {
    guard !isJoinedWordBefore(start) else { return .skip(to: tokenEnd(from: start)) }
    guard let lead = leadIn(before: start, first: first, notBefore: limit),
      let spelled = readSpelledNumber(at: start, startsWithA: lead.startsWithA)
    else { return .skip(to: letterRunEnd(from: start)) }
    var amount = Amount(start: lead.textStart, value: spelled.value * lead.multiplier, end: spelled.end)
    if byte(amount.end) == hyphen && isASCIILetter(byte(amount.end + 1)) {
      guard let (unit, end) = compoundUnit(at: amount.end + 1, value: amount.value) else {
        return .skip(to: tokenEnd(from: amount.end))
      }
      amount.unit = unit
      amount.end = end
    }
    guard !isJoinedAfter(amount.end) else { return .skip(to: tokenEnd(from: amount.end)) }
    let skipNumber = Attempt.skip(to: amount.end)
    guard !isCapitalizedName(amount.start, end: amount.end, limit: limit),
      !namesSomething(numberAt: amount.start, notBefore: limit, allowsCapitalized: true)
    else { return skipNumber }
    if amount.unit == nil, let end = percentWords(after: amount.end) {
      amount.unit = "percent"
      amount.end = end
    }
    let qualifier = self.qualifier(before: amount.start, notBefore: limit)
    if spelled.isLoneOne && amount.unit == nil
      && !countsOne(at: amount.start, numberEnd: amount.end, qualified: qualifier != nil, limit: limit)
    {
      return skipNumber
    }
    if amount.unit == nil {
      if isDateOrTime(after: amount.end) { return skipNumber }
      switch nounPhrase(after: amount.end, value: amount.value) {
      case .notACount:
        return skipNumber
      case .head(let head, let phraseEnd):
        amount.unit = text(head)
        amount.end = phraseEnd
      case .unitless(let phraseEnd):
        amount.end = phraseEnd
      case .none:
        break
      }
    }
    let finding = NumberFinding(
      range: (qualifier?.start ?? amount.start)..<amount.end, value: amount.value, unit: amount.unit,
      qualifier: qualifier?.text)
    return .found(finding)
  }

  /// Where a spelled number's text starts and what its words are worth.
  ///
  /// "a million" and "half a dozen" start at "a" and "half". Nil for a scale word with no "a" before it, which is
  /// vague ("several hundred", "a few thousand") or the tail of a number already passed.
  private func leadIn(before start: Int, first: NumberWord, notBefore limit: Int)
    -> (textStart: Int, multiplier: Double, startsWithA: Bool)?
  {
    switch first {
    case .small, .tens:
      return (start, 1, false)
    case .hundred, .scale, .dozen:
      guard let article = previousWord(before: start, notBefore: limit), isWord(article.range, "a") else {
        return nil
      }
      let articleStart = article.range.lowerBound
      if let half = previousWord(before: articleStart, notBefore: limit), isWord(half.range, "half") {
        return (half.range.lowerBound, 0.5, true)
      }
      return (articleStart, 1, true)
    }
  }

  /// Reads number words joined by spaces, hyphens and "and" ("twenty-five", "two and a half million").
  ///
  /// `startsWithA` reads a leading scale word as one of it ("a hundred").
  private func readSpelledNumber(at start: Int, startsWithA: Bool) -> SpelledNumber? {
    enum Last { case none, small, tens, hundred, scale, dozen, half }
    var total = 0.0
    var current = startsWithA ? 1.0 : 0.0
    var last: Last = startsWithA ? .small : .none
    var cursor = start
    var end = start
    var words = 0
    var isLoneOne = false
    while words < 12 {
      let wordEnd = letterRunEnd(from: cursor)
      guard wordEnd > cursor, let key = wordKey(bytes, cursor..<wordEnd), let word = numberWords[key] else { break }
      switch (word, last) {
      case (.small(let number), .none), (.small(let number), .hundred), (.small(let number), .scale):
        current += number
        last = .small
      case (.small(let number), .tens) where number < 10:
        current += number
        last = .small
      case (.tens(let number), .none), (.tens(let number), .hundred), (.tens(let number), .scale):
        current += number
        last = .tens
      case (.hundred, .small), (.hundred, .tens):
        current *= 100
        last = .hundred
      case (.scale(let scale), .small), (.scale(let scale), .tens), (.scale(let scale), .hundred),
        (.scale(let scale), .half):
        total += current * scale
        current = 0
        last = .scale
      case (.dozen, .small), (.dozen, .tens), (.dozen, .half):
        current *= 12
        last = .dozen
      default:
        return words == 0 ? nil : SpelledNumber(value: total + current, end: end, isLoneOne: isLoneOne)
      }
      words += 1
      isLoneOne = words == 1 && !startsWithA && isWord(cursor..<wordEnd, "one")
      end = wordEnd
      if last == .dozen { break }
      if byte(wordEnd) == hyphen, isASCIILetter(byte(wordEnd + 1)),
        let next = wordKey(bytes, (wordEnd + 1)..<letterRunEnd(from: wordEnd + 1)), numberWords[next] != nil
      {
        cursor = wordEnd + 1
        continue
      }
      if last == .small || last == .tens, total == 0, current < 100,
        let halfEnd = andAHalf(after: wordEnd)
      {
        current += 0.5
        last = .half
        end = halfEnd
        isLoneOne = false
        cursor = gapEnd(from: halfEnd)
        guard cursor > halfEnd else { break }
        continue
      }
      var next = gapEnd(from: wordEnd)
      guard next > wordEnd else { break }
      // "three hundred and fifty", "one million and twenty".
      if last == .hundred || last == .scale, isWord(next..<letterRunEnd(from: next), "and") {
        let afterAnd = gapEnd(from: next + 3)
        guard afterAnd > next + 3 else { break }
        next = afterAnd
      }
      cursor = next
    }
    guard words > 0 else { return nil }
    return SpelledNumber(value: total + current, end: end, isLoneOne: isLoneOne)
  }

  /// The end of " and a half" after `index`.
  private func andAHalf(after index: Int) -> Int? {
    let andStart = gapEnd(from: index)
    let andEnd = letterRunEnd(from: andStart)
    guard andStart > index, isWord(andStart..<andEnd, "and") else { return nil }
    let aStart = gapEnd(from: andEnd)
    let aEnd = letterRunEnd(from: aStart)
    guard aStart > andEnd, isWord(aStart..<aEnd, "a") else { return nil }
    let halfStart = gapEnd(from: aEnd)
    let halfEnd = letterRunEnd(from: halfStart)
    guard halfStart > aEnd, isWord(halfStart..<halfEnd, "half"), !isJoinedAfter(halfEnd) else { return nil }
    return halfEnd
  }

  /// Whether "one" is a count here: "more than one", "only one hospital", "for one year", rather than a pronoun or
  /// determiner ("one of the parties", "one another", "no one", "one day").
  private func countsOne(at start: Int, numberEnd: Int, qualified: Bool, limit: Int) -> Bool {
    let nextStart = gapEnd(from: numberEnd)
    let nextEnd = letterRunEnd(from: nextStart)
    let next = nextStart > numberEnd && nextEnd > nextStart ? nextStart..<nextEnd : nil
    if let next, roles(next).contains(.afterPronounOne) { return false }
    let previous = previousWord(before: start, notBefore: limit).map { roles($0.range) } ?? []
    if qualified || previous.contains(.countsOne) { return true }
    guard let next, previous.contains(.durationPreposition) else { return false }
    let nextRoles = roles(next)
    guard nextRoles.contains(.timeUnit) else { return false }
    if isWord(next, "day") {
      guard let before = previousWord(before: start, notBefore: limit) else { return false }
      return isWord(before.range, "for") || isWord(before.range, "within")
    }
    return true
  }

  /// A capitalized number word inside a name: "the Five Eyes", "World War Two", "Group of Seven".
  private func isCapitalizedName(_ start: Int, end: Int, limit: Int) -> Bool {
    guard isASCIIUppercase(bytes[start]), !isClauseStart(start) else { return false }
    let nextStart = gapEnd(from: end)
    if nextStart > end && isASCIIUppercase(byte(nextStart)) { return true }
    guard let previous = previousWord(before: start, notBefore: limit) else { return false }
    return isASCIIUppercase(bytes[previous.range.lowerBound]) || isWord(previous.range, "of")
  }

  // MARK: Fractions

  /// "½", "¼", "¾", "⅓", "⅔" and where the character ends.
  private func vulgarFraction(at index: Int) -> (value: Double, end: Int)? {
    if byte(index) == 0xC2 {
      switch byte(index + 1) {
      case 0xBC: return (0.25, index + 2)
      case 0xBD: return (0.5, index + 2)
      case 0xBE: return (0.75, index + 2)
      default: return nil
      }
    }
    guard byte(index) == 0xE2 && byte(index + 1) == 0x85 else { return nil }
    switch byte(index + 2) {
    case 0x93: return (1.0 / 3, index + 3)
    case 0x94: return (2.0 / 3, index + 3)
    default: return nil
    }
  }

  /// "½ mile": a fraction glyph without digits before it.
  private func fractionQuantity(at start: Int, fraction: (value: Double, end: Int), notBefore limit: Int) -> Attempt {
    guard !isLetterOrDigit(endingAt: start), !isJoinedAfter(fraction.end) else { return .skip(to: fraction.end) }
    var unit: String? = nil
    var end = fraction.end
    if case .head(let head, let phraseEnd) = nounPhrase(after: fraction.end, value: fraction.value) {
      unit = text(head)
      end = phraseEnd
    }
    let qualifier = self.qualifier(before: start, notBefore: limit)
    let finding = NumberFinding(
      range: (qualifier?.start ?? start)..<end, value: fraction.value, unit: unit, qualifier: qualifier?.text)
    return .found(finding)
  }

  // MARK: Units

  /// "-day" of "two-day", "-year-old" of "24-year-old": the unit, in the plural for more than one, and the end.
  private func compoundUnit(at start: Int, value: Double) -> (String, Int)? {
    let end = letterRunEnd(from: start)
    guard roles(start..<end).contains(.compoundUnit), !isDigit(byte(end)) else { return nil }
    var phraseEnd = end
    // "24-year-old", "a 10-mile-long convoy".
    if byte(end) == hyphen && isASCIILetter(byte(end + 1)) {
      let suffixEnd = letterRunEnd(from: end + 1)
      let suffix = (end + 1)..<suffixEnd
      guard roles(suffix).contains(.measureSuffix) else { return nil }
      phraseEnd = suffixEnd
    }
    let word = lowercased(start..<end)
    return (value == 1 ? word : plural(of: word), phraseEnd)
  }

  /// The counted noun after a number, with the partitive "two of the parties" and an "of" complement.
  ///
  /// The noun is the first plural or possessive among the next few words, past adjectives ("5mn artillery
  /// shells"); for one of something, the first word that is not an adjective. "containers of ammunition" keeps
  /// its complement in the stating text.
  private func nounPhrase(after numberEnd: Int, value: Double, maximumWords: Int = 4) -> NounPhrase {
    var cursor = gapEnd(from: numberEnd)
    guard cursor > numberEnd, isLetterStart(cursor) else { return .none }
    let firstEnd = letterRunEnd(from: cursor)
    if isWord(cursor..<firstEnd, "of") {
      return partitive(after: firstEnd, value: value)
    }
    // One of something is singular: its noun is the first word that is not an adjective ("one hospital remains",
    // "one nuclear-armed country"). For more, the noun is plural, and a singular word is more often a verb or an
    // adjective ("the two met", "20 wounded") than the counted noun.
    let singular = value <= 1
    for _ in 0..<maximumWords {
      guard let word = phraseWord(at: cursor) else { break }
      let roles = roles(word.letters)
      if roles.contains(.function) || isNumberWord(word.letters) { break }
      // A capital after one of something starts a name ("2 – 1 Brackenridge"); plurals may be capitalized
      // ("three Republicans").
      if singular && isASCIIUppercase(bytes[word.letters.lowerBound]) { break }
      if roles.contains(.month) && isASCIIUppercase(bytes[word.letters.lowerBound]) { break }
      if roles.contains(.fraction) { return .notACount }
      let next = gapEnd(from: word.text.upperBound)
      let isLast = next == word.text.upperBound || !isLetterStart(next)
      let isHead =
        singular
        ? word.isPossessive || isLast || !looksLikeAdjective(word.letters)
        : word.isPossessive || roles.contains(.head) || (!roles.contains(.notPlural) && isPluralLooking(word.letters))
      if isHead {
        return .head(word.text, end: ofComplementEnd(after: word.text.upperBound) ?? word.text.upperBound)
      }
      guard !isLast else { break }
      cursor = next
    }
    return .none
  }

  /// Whether a word looks like an adjective: hyphenated, a listed modifier or with an adjective ending.
  ///
  /// "-al" is left out: it ends as many nouns ("hospital", "official") as adjectives.
  private func looksLikeAdjective(_ range: Range<Int>) -> Bool {
    if bytes[range].contains(hyphen) || roles(range).contains(.modifier) { return true }
    func endsWith(_ ending: StaticString) -> Bool {
      let length = ending.utf8CodeUnitCount
      return range.count > length && isWord((range.upperBound - length)..<range.upperBound, ending)
    }
    return endsWith("ed") || endsWith("ic") || endsWith("ive") || endsWith("ous") || endsWith("ful")
      || endsWith("ary") || endsWith("ian") || endsWith("ese") || endsWith("ish") || endsWith("ern")
  }

  /// "two of the parties" (value 2, "parties"), "2,000 of them" (no unit); "one of" is a pronoun and counts nothing.
  private func partitive(after ofEnd: Int, value: Double) -> NounPhrase {
    guard value != 1 else { return .notACount }
    let start = gapEnd(from: ofEnd)
    guard start > ofEnd, isASCIILetter(byte(start)) else { return .none }
    let end = letterRunEnd(from: start)
    let roles = roles(start..<end)
    if roles.contains(.pronoun) { return .unitless(end: end) }
    guard roles.contains(.determiner) else { return .none }
    // "six of the city's 13 branches": the possessive is not what is counted, and the count comes later.
    guard case .head(let head, let phraseEnd) = nounPhrase(after: end, value: 2), !endsInApostropheS(head) else {
      return .none
    }
    return .head(head, end: phraseEnd)
  }

  /// Whether a word ends in "'s" or "’s".
  private func endsInApostropheS(_ range: Range<Int>) -> Bool {
    guard range.count >= 3, bytes[range.upperBound - 1] | 0x20 == 0x73 else { return false }
    return byte(range.upperBound - 2) == apostrophe || apostropheLength(at: range.upperBound - 4) == 3
  }

  /// The end of an "of" complement after a counted noun: "of ammunition", "of crude oil".
  private func ofComplementEnd(after headEnd: Int) -> Int? {
    let ofStart = gapEnd(from: headEnd)
    let ofEnd = letterRunEnd(from: ofStart)
    guard ofStart > headEnd, isWord(ofStart..<ofEnd, "of") else { return nil }
    var cursor = gapEnd(from: ofEnd)
    guard cursor > ofEnd else { return nil }
    var end: Int? = nil
    for _ in 0..<3 {
      guard let word = phraseWord(at: cursor) else { break }
      let roles = roles(word.letters)
      if roles.contains(.function) || roles.contains(.month) || isNumberWord(word.letters) { break }
      end = word.text.upperBound
      let next = gapEnd(from: word.text.upperBound)
      guard !word.isPossessive, next > word.text.upperBound else { break }
      cursor = next
    }
    return end
  }

  /// A word of a noun phrase at `start`, or nil when none starts there.
  private func phraseWord(at start: Int) -> PhraseWord? {
    guard isLetterStart(start) else { return nil }
    var end = start
    while true {
      while isLetterStart(end) { end += bytes[end] < 0x80 ? 1 : 2 }
      guard byte(end) == hyphen, isLetterStart(end + 1) else { break }
      end += 1
    }
    let lettersEnd = end
    let apostropheLength = apostropheLength(at: end)
    guard apostropheLength > 0 else {
      return PhraseWord(letters: start..<lettersEnd, text: start..<lettersEnd, isPossessive: false)
    }
    let afterApostrophe = end + apostropheLength
    if byte(afterApostrophe) | 0x20 == 0x73 && !isLetterStart(afterApostrophe + 1) {
      return PhraseWord(letters: start..<lettersEnd, text: start..<(afterApostrophe + 1), isPossessive: true)
    }
    let isPluralPossessive = byte(lettersEnd - 1) | 0x20 == 0x73 && !isLetterStart(afterApostrophe)
    return PhraseWord(letters: start..<lettersEnd, text: start..<lettersEnd, isPossessive: isPluralPossessive)
  }

  /// Length of a straight or curly apostrophe at `index`, else 0.
  private func apostropheLength(at index: Int) -> Int {
    if byte(index) == apostrophe { return 1 }
    return byte(index) == 0xE2 && byte(index + 1) == 0x80 && byte(index + 2) == 0x99 ? 3 : 0
  }

  /// Ends in "s" as English plurals do, but not as "boss", "status", "crisis" or "famous" do.
  private func isPluralLooking(_ range: Range<Int>) -> Bool {
    guard range.count >= 3 else { return false }
    let last = bytes[range.upperBound - 1] | 0x20
    let before = bytes[range.upperBound - 2] | 0x20
    return last == 0x73 && before != 0x73 && before != 0x75 && before != 0x69 && isASCIILetter(before)
  }

  // MARK: Context

  /// Whether the number after `start` names rather than counts.
  ///
  /// That is a rank or label ("number one", "page 5", "§ 1349", "No" with a capital or a period), a date
  /// ("June 19") or a name ("Boeing 737", "Apollo 11").
  private func namesSomething(numberAt start: Int, notBefore limit: Int, allowsCapitalized: Bool) -> Bool {
    // "§ 1349", "# 5".
    let symbol = gapStart(before: start, notBefore: limit)
    if symbol < start && (byte(symbol - 1) == 0x23 || (byte(symbol - 2) == 0xC2 && byte(symbol - 1) == 0xA7)) {
      return true
    }
    guard let previous = previousWord(before: start, notBefore: limit, allowsPeriod: true) else { return false }
    let range = previous.range
    let roles = roles(range)
    if roles.contains(.label) { return true }
    let capitalized = isASCIIUppercase(bytes[range.lowerBound])
    if roles.contains(.month) && (capitalized || previous.hasPeriod) { return true }
    if isWord(range, "no") || isWord(range, "nos") { return capitalized || previous.hasPeriod }
    // "iPhone 15", "eBay 3": a capital anywhere marks a name.
    guard capitalized || bytes[range].contains(where: isASCIIUppercase), !allowsCapitalized else { return false }
    return roles.isDisjoint(with: .ordinaryBefore)
  }

  /// Whether four digits on their own follow within a few words: every date the date scanner reads around a day
  /// number ("19 czerwca 2024", "16 de enero de 2024") has its year there.
  private func isYearNear(after end: Int) -> Bool {
    var index = end
    var run = 0
    while index < min(end + 40, count) {
      if isDigit(bytes[index]) {
        run += 1
      } else {
        if run == 4 { return true }
        run = 0
      }
      index += 1
    }
    return run == 4 && !isDigit(byte(index))
  }

  /// Whether a capitalized word other than a function word follows: a street number or a score before a name.
  private func isNameAfter(_ end: Int) -> Bool {
    let start = gapEnd(from: end)
    guard start > end, isASCIIUppercase(byte(start)) else { return false }
    return !roles(start..<letterRunEnd(from: start)).contains(.function)
  }

  /// Whether only punctuation and spaces surround the number: a counter, a page element, a table cell.
  private func isStandingAlone(_ start: Int, _ end: Int) -> Bool {
    guard isClauseStart(start) else { return false }
    var index = end
    while index < count {
      let current = bytes[index]
      if isDigit(current) || isASCIILetter(current) || isLetterStart(index) { return false }
      index += 1
    }
    return true
  }

  /// The approximation phrase ending just before `start` ("more than", "nearly", "up to").
  private func qualifier(before start: Int, notBefore limit: Int) -> (text: String, start: Int)? {
    guard let last = previousWord(before: start, notBefore: limit), let lastKey = wordKey(bytes, last.range),
      wordRoles[lastKey]?.contains(.qualifierEnd) == true
    else { return nil }
    let middle = previousWord(before: last.range.lowerBound, notBefore: limit)?.range
    let first = middle.flatMap { previousWord(before: $0.lowerBound, notBefore: limit)?.range }
    // Longest first: "no more than" before "more than", "just over" before "over".
    if let first, let middle, let firstKey = wordKey(bytes, first), let middleKey = wordKey(bytes, middle),
      let phrase = qualifierPhrases[phraseKey(phraseKey(phraseKey(0, then: firstKey), then: middleKey), then: lastKey)]
    {
      return (phrase, first.lowerBound)
    }
    if let middle, let middleKey = wordKey(bytes, middle),
      let phrase = qualifierPhrases[phraseKey(phraseKey(0, then: middleKey), then: lastKey)]
    {
      return (phrase, middle.lowerBound)
    }
    guard let phrase = qualifierPhrases[phraseKey(0, then: lastKey)] else { return nil }
    return (phrase, last.range.lowerBound)
  }

  /// The word just before `index` across a gap, if it starts at or after `limit`.
  ///
  /// With `allowsPeriod`, the word may end in a period, as abbreviations before numbers do ("Jun" + "." + " 19").
  private func previousWord(before index: Int, notBefore limit: Int, allowsPeriod: Bool = false)
    -> (range: Range<Int>, hasPeriod: Bool)?
  {
    var end = gapStart(before: index, notBefore: limit)
    guard end < index else { return nil }
    var hasPeriod = false
    if allowsPeriod && end > limit && byte(end - 1) == period {
      end -= 1
      hasPeriod = true
    }
    var start = end
    while start > limit && isASCIILetter(bytes[start - 1]) { start -= 1 }
    guard start < end, !isLetterOrDigit(endingAt: start) else { return nil }
    return (start..<end, hasPeriod)
  }

  /// Whether nothing but punctuation and spaces comes before `index` in its clause: the sentence start or a colon.
  private func isClauseStart(_ index: Int) -> Bool {
    var cursor = index
    while cursor > 0 {
      let previous = bytes[cursor - 1]
      if isASCIILetter(previous) || isDigit(previous) || isLetter(endingAt: cursor) { return false }
      if previous == 0x3A { return true }
      cursor -= 1
    }
    return true
  }

  // MARK: Pieces

  private func numberWord(_ range: Range<Int>) -> NumberWord? {
    guard let key = wordKey(bytes, range) else { return nil }
    return numberWords[key]
  }

  private func isNumberWord(_ range: Range<Int>) -> Bool {
    numberWord(range) != nil
  }

  private func roles(_ range: Range<Int>) -> WordRole {
    guard let key = wordKey(bytes, range) else { return [] }
    return wordRoles[key] ?? []
  }

  /// Whether `range` holds `word` (lower-case ASCII), in any case.
  private func isWord(_ range: Range<Int>, _ word: StaticString) -> Bool {
    guard range.count == word.utf8CodeUnitCount, range.upperBound <= count else { return false }
    let expected = word.utf8Start
    for offset in 0..<range.count where bytes[range.lowerBound + offset] | 0x20 != expected[offset] {
      return false
    }
    return true
  }

  private func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  private func lowercased(_ range: Range<Int>) -> String {
    String(unsafeUninitializedCapacity: range.count) { buffer in
      for (offset, byte) in bytes[range].enumerated() { buffer[offset] = isASCIIUppercase(byte) ? byte | 0x20 : byte }
      return range.count
    }
  }

  private func letterRunEnd(from start: Int) -> Int {
    var index = start
    while index < count && isASCIILetter(bytes[index]) { index += 1 }
    return index
  }

  /// The end of the whitespace-free token at `start`, so a rejected "F-16" or "19-06-2024" is passed whole.
  private func tokenEnd(from start: Int) -> Int {
    var index = start
    while index < count && whitespaceLength(at: index) == 0 { index += 1 }
    return index
  }

  /// Length of the space character at `index`: ASCII, no-break, narrow no-break or one of the typographic spaces.
  private func whitespaceLength(at index: Int) -> Int {
    switch byte(index) {
    case space, 0x09, 0x0A, 0x0D: return 1
    case 0xC2: return byte(index + 1) == 0xA0 ? 2 : 0
    case 0xE2:
      guard byte(index + 1) == 0x80 else { return 0 }
      let last = byte(index + 2)
      return last <= 0x8A || last == 0xAF ? 3 : 0
    default: return 0
    }
  }

  private func gapEnd(from start: Int) -> Int {
    var index = start
    while index < count {
      let length = whitespaceLength(at: index)
      if length == 0 { break }
      index += length
    }
    return index
  }

  private func gapStart(before end: Int, notBefore limit: Int) -> Int {
    var index = end
    while index > limit {
      let previous = bytes[index - 1]
      if previous == space || previous == 0x09 || previous == 0x0A || previous == 0x0D {
        index -= 1
      } else if index - 2 >= limit && bytes[index - 2] == 0xC2 && previous == 0xA0 {
        index -= 2
      } else if index - 3 >= limit && whitespaceLength(at: index - 3) == 3 {
        index -= 3
      } else {
        break
      }
    }
    return index
  }

  /// Whether a letter of any script starts at `index`: ASCII, or a two-byte letter (Latin, Greek, Cyrillic…).
  private func isLetterStart(_ index: Int) -> Bool {
    let current = byte(index)
    if isASCIILetter(current) { return true }
    return (0xC3...0xDF).contains(current) && byte(index + 1) & 0xC0 == 0x80
  }

  /// Whether the scalar ending at `index` is a letter: ASCII, two-byte scripts, CJK and Hangul (not the
  /// punctuation, symbols and spaces of the U+2000 block, nor emoji).
  private func isLetter(endingAt index: Int) -> Bool {
    let previous = byte(index - 1)
    if previous < 0x80 { return isASCIILetter(previous) }
    var lead = index - 1
    while lead > 0 && lead > index - 4 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
    let first = byte(lead)
    return (0xC3...0xDF).contains(first) || (0xE3...0xED).contains(first) || first == 0xE0 || first == 0xE1
  }

  private func isLetterOrDigit(endingAt index: Int) -> Bool {
    index > 0 && (isDigit(bytes[index - 1]) || isLetter(endingAt: index))
  }

  /// Whether digits at `start` continue something else: a word or code ("F16", "COVID-19", "image.png.4b8c"),
  /// a number ("1,2", a range "10–15"), a signed number or a phone number ("-5", "+44"), a decade ("’90s").
  private func isJoinedBefore(_ start: Int) -> Bool {
    guard start > 0 else { return false }
    let previous = bytes[start - 1]
    if isDigit(previous) { return true }
    if isASCIILetter(previous) {
      // "RM22.5 billion", "KSh129": a currency code against the digits is no joined word.
      var letters = start
      while letters > 0, start - letters < 3, isASCIILetter(bytes[letters - 1]) { letters -= 1 }
      let code = String(decoding: bytes[letters..<start], as: UTF8.self)
      return letters > 0 && isLetterOrDigit(endingAt: letters) || currencyCodes[code] == nil
    }
    // The second group of "07700 900183".
    if previous == space && isDigit(byte(start - 2)) { return true }
    switch previous {
    case 0x2E, 0x2C, 0x3A, 0x2F, 0x5C, 0x5F, 0x3D, 0x26, 0x3F, 0x5E, 0x40, 0x23, 0x2B, hyphen, apostrophe, 0x7E,
      0x2A, 0x7C, 0x3C, 0x3E, 0x25:
      return true
    case 0x80...0xFF:
      if isLetter(endingAt: start) { return true }
      // Curly apostrophes ("’90s") and dashes of a range ("10–15").
      guard byte(start - 3) == 0xE2 && byte(start - 2) == 0x80 else { return false }
      if previous == 0x98 || previous == 0x99 { return true }
      return (previous == 0x93 || previous == 0x94) && isDigit(byte(start - 4))
    default:
      return false
    }
  }

  /// Whether a number word at `start` is the tail of something else: "no-one", "someone", "o’one".
  private func isJoinedWordBefore(_ start: Int) -> Bool {
    guard start > 0 else { return false }
    let previous = bytes[start - 1]
    if isDigit(previous) || isLetter(endingAt: start) { return true }
    let joins = previous == hyphen || previous == apostrophe || previous == period || previous == 0x99
    return joins && isLetterOrDigit(endingAt: start - (previous == 0x99 ? 3 : 1))
  }

  /// Whether the quantity ending at `end` runs straight into a word or code: "5G", "2024年", "1990’s".
  private func isJoinedAfter(_ end: Int) -> Bool {
    let next = byte(end)
    if isDigit(next) || isASCIILetter(next) || isLetterStart(end) || apostropheLength(at: end) == 3 { return true }
    // "4.png", "5.sub": a file name or host, where a sentence would go on with a space or a capital.
    if next == period && byte(end + 1) &- 0x61 < 26 { return true }
    return (0xE0...0xED).contains(next) && next != 0xE2
  }

  /// Whether digits go on past `end` as a date, time, range, phone number or version: "19-06-2024", "10:15",
  /// "1/2", "3-1", "1.2.3", "020 7946 0000".
  private func continuesAsChain(at end: Int) -> Bool {
    let next = byte(end)
    switch next {
    case period, comma, 0x3A, 0x2F, hyphen, apostrophe, 0x2B:
      return isDigit(byte(end + 1))
    case 0x28:
      // "501(c)(3)".
      return true
    case space:
      return isDigit(byte(end + 1)) && isDigit(byte(end - 1))
    case 0xE2:
      return byte(end + 1) == 0x80 && (byte(end + 2) == 0x93 || byte(end + 2) == 0x94) && isDigit(byte(end + 3))
    default:
      return false
    }
  }
}

/// "day" → "days", "century" → "centuries", "man" → "men"; abbreviations stay as they are.
private func plural(of word: String) -> String {
  switch word {
  case "man": return "men"
  case "foot": return "feet"
  case "person": return "people"
  case "km", "kg", "percent": return word
  default: break
  }
  let scalars = Array(word.utf8)
  guard let last = scalars.last else { return word }
  if last == 0x79, scalars.count >= 2, !"aeiou".utf8.contains(scalars[scalars.count - 2]) {
    return String(word.dropLast()) + "ies"
  }
  if last == 0x73 || last == 0x78 || word.hasSuffix("ch") || word.hasSuffix("sh") { return word + "es" }
  return word + "s"
}
