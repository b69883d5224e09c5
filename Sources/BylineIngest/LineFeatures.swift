/// What one line looks like, measured in a single pass over its bytes.
/// Stop-word counts per language of `StopWords.languages`, kept inline so a line allocates nothing for them.
struct StopCounts {
  private var counts: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0, 0, 0)

  /// One per language of `StopWords.languages` (at most eight: their bits must fit a byte).
  var indices: Range<Int> { 0..<StopWords.languages.count }

  subscript(language: Int) -> Int {
    get {
      withUnsafeBytes(of: counts) { Int($0.load(fromByteOffset: language * 4, as: Int32.self)) }
    }
    set {
      withUnsafeMutableBytes(of: &counts) {
        $0.storeBytes(of: Int32(newValue), toByteOffset: language * 4, as: Int32.self)
      }
    }
  }
}

struct LineFeatures {
  /// A list marker in front of the text, as browsers and text browsers render `<li>`.
  enum ListMarker: Equatable {
    case none
    case bullet(UInt32)
    case number
  }

  /// How the line ends, once closing quotes, brackets and stray symbols are set aside.
  enum Ending {
    case sentence, colon, comma, other
  }

  var listMarker: ListMarker = .none
  /// The bytes after any list marker.
  var body: Range<Int> = 0..<0
  var scalars = 0
  var letters = 0
  var words = 0
  /// Words that start with a capital letter.
  var capitalized = 0
  var digits = 0
  /// Words made only of digits: counts, prices, years.
  var numberWords = 0
  /// Stop words of each language in `StopWords.languages`, in that order.
  var stopWords = StopCounts()
  var ending: Ending = .other
  /// Whether the line ends with a question mark (headlines ask; paragraphs rarely end on one).
  var endsWithQuestion = false
  var script: Script? = nil
  var scriptLetters = 0
  /// Lynx link numbers such as `[12]`.
  var linkMarkers = 0
  var pipes = 0
  var hasURL = false
  /// Whether the line holds "©".
  var hasCopyrightSign = false
  /// Lower-cased word hashes, for stop words and chrome phrases.
  var wordHashes: [UInt64] = []
  /// Byte range of each word, parallel to `wordHashes`.
  var wordRanges: [Range<Int>] = []

  var stopWordRatio: Double { words == 0 ? 0 : Double(stopWords[0]) / Double(words) }

  func stopWordRatio(language: Int) -> Double {
    words == 0 ? 0 : Double(stopWords[language]) / Double(words)
  }

  init() {}

  /// Measures the line `range` of `bytes`.
  init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    var start = range.lowerBound
    let end = range.upperBound
    (listMarker, start) = Self.listMarker(bytes, start, end)
    body = start..<end
    // Latin letters are counted apart; other scripts go to a small tally kept on the stack.
    var latinLetters = 0
    var otherTally = (0, 0, 0, 0)
    var otherScripts: (Script?, Script?, Script?, Script?) = (nil, nil, nil, nil)
    var index = start
    var wordStart = -1
    var wordHash: UInt64 = 0
    var bracketDepth = 0
    var bracketDigitsOnly = true
    var bracketLength = 0
    var wordHasLetter = false
    // About one word per six bytes of prose; reserving once avoids regrowing three arrays on long lines.
    let expectedWords = (end - start) / 6 + 2
    wordHashes.reserveCapacity(expectedWords)
    wordRanges.reserveCapacity(expectedWords)

    func finishWord(_ at: Int) {
      guard wordStart >= 0 else { return }
      wordHashes.append(wordHash)
      wordRanges.append(wordStart..<at)
      if !wordHasLetter { numberWords += 1 }
      if let bits = StopWords.languageBits[wordHash] {
        for position in stopWords.indices where bits & (1 << UInt8(position)) != 0 { stopWords[position] += 1 }
      }
      wordStart = -1
    }

    func countOther(_ script: Script) {
      if otherScripts.0 == script || otherScripts.0 == nil {
        otherScripts.0 = script; otherTally.0 += 1
      } else if otherScripts.1 == script || otherScripts.1 == nil {
        otherScripts.1 = script; otherTally.1 += 1
      } else if otherScripts.2 == script || otherScripts.2 == nil {
        otherScripts.2 = script; otherTally.2 += 1
      } else {
        otherScripts.3 = script; otherTally.3 += 1
      }
    }

    @inline(__always)
    func addToWord(_ byte: UInt8) {
      wordHash = (wordHash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    @inline(__always)
    func startWord(_ at: Int, uppercase: Bool) {
      wordStart = at
      wordHasLetter = false
      wordHash = 0xcbf2_9ce4_8422_2325
      words += 1
      if uppercase { capitalized += 1 }
    }

    while index < end {
      let byte = bytes[index]
      scalars += 1
      // ASCII, the bulk of every page, takes a path without decoding or script lookup.
      if byte < 0x80 {
        let isUpper = byte >= 0x41 && byte <= 0x5A
        let isLower = byte >= 0x61 && byte <= 0x7A
        let isDigit = byte >= 0x30 && byte <= 0x39
        if isUpper || isLower || isDigit {
          if wordStart < 0 { startWord(index, uppercase: isUpper) }
          if isDigit { digits += 1 } else { latinLetters += 1; wordHasLetter = true }
          addToWord(isUpper ? byte | 0x20 : byte)
          if bracketDepth > 0 {
            bracketLength += 1
            if !isDigit { bracketDigitsOnly = false }
          }
          index += 1
          continue
        }
        if byte == 0x27, wordStart >= 0, index + 1 < end, Self.isWordByte(bytes[index + 1]) {
          addToWord(0x27)
          index += 1
          continue
        }
        finishWord(index)
        switch byte {
        case 0x5B:
          bracketDepth += 1
          bracketDigitsOnly = true
          bracketLength = 0
        case 0x5D:
          if bracketDepth > 0 {
            bracketDepth -= 1
            if bracketDigitsOnly && bracketLength > 0 { linkMarkers += 1 }
          }
        case 0x7C:
          pipes += 1
        case 0x2F:
          if index > start && bytes[index - 1] == 0x3A { hasURL = true }
          if bracketDepth > 0 { bracketLength += 1; bracketDigitsOnly = false }
        case 0x2E:
          // "www." marks a link even without a scheme.
          if index - start >= 3 && bytes[index - 1] | 0x20 == 0x77 && bytes[index - 2] | 0x20 == 0x77
            && bytes[index - 3] | 0x20 == 0x77
          {
            hasURL = true
          }
          if bracketDepth > 0 { bracketLength += 1; bracketDigitsOnly = false }
        default:
          if bracketDepth > 0 { bracketLength += 1; bracketDigitsOnly = false }
        }
        index += 1
        continue
      }
      let (value, length) = Self.decodeScalar(bytes, index, end)
      if let script = Script.of(value) {
        if script == .latin { latinLetters += 1 } else { countOther(script) }
        if wordStart < 0 {
          startWord(index, uppercase: Script.isUppercase(value))
          wordHasLetter = true
        } else if script.writesWithoutSpaces {
          wordHasLetter = true
          // Chinese, Japanese and Thai run words together; each character counts as a word of its own.
          words += 1
        }
        for offset in 0..<length { addToWord(bytes[index + offset]) }
      } else if value == 0x2019, wordStart >= 0, index + length < end, Self.isWordByte(bytes[index + length]) {
        addToWord(0x27)
      } else {
        finishWord(index)
        if value == 0xA9 { hasCopyrightSign = true }
      }
      if bracketDepth > 0 {
        bracketLength += length
        bracketDigitsOnly = false
      }
      index += length
    }
    finishWord(end)
    let last = Self.lastSignificant(bytes, start, end)
    ending = Self.ending(last)
    endsWithQuestion = last == 0x3F || last == 0xFF1F
    let others = [
      (otherScripts.0, otherTally.0), (otherScripts.1, otherTally.1), (otherScripts.2, otherTally.2),
      (otherScripts.3, otherTally.3),
    ]
    letters = latinLetters + otherTally.0 + otherTally.1 + otherTally.2 + otherTally.3
    if let top = others.max(by: { $0.1 < $1.1 }), let topScript = top.0, top.1 > latinLetters {
      script = topScript
      scriptLetters = top.1
    } else if latinLetters > 0 {
      script = .latin
      scriptLetters = latinLetters
    }
  }

  /// The last scalar that decides how the line ends, found by walking back over decoration.
  private static func lastSignificant(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt32 {
    var index = end
    // A sentence followed by its source in brackets ("… is met. (Northern Standard)") still ends there.
    if end - start > 4, bytes[end - 1] == 0x29, let open = (start..<(end - 1)).last(where: { bytes[$0] == 0x28 }),
      end - open <= 48
    {
      var before = open
      while before > start, bytes[before - 1] == 0x20 { before -= 1 }
      if before > start, [0x2E, 0x21, 0x3F].contains(bytes[before - 1]) || bytes[before - 1] == 0x9D {
        index = before
      }
    }
    while index > start {
      var lead = index - 1
      while lead > start && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
      let (value, _) = decodeScalar(bytes, lead, end)
      if !isTrailingDecoration(value) { return value }
      index = lead
    }
    return 0
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0xC0
  }

  /// Closing quotes, brackets and symbols (like the stray `⍐` a scraper leaves) do not decide how a line ends.
  private static func isTrailingDecoration(_ value: UInt32) -> Bool {
    switch value {
    case 0x22, 0x27, 0x29, 0x5D, 0x2A, 0xBB, 0x2019, 0x201D, 0x2033, 0x203A, 0x20, 0x09: return true
    case 0x2190...0x23FF, 0x25A0...0x27BF, 0x1F000...0x1FFFF: return true
    default: return false
    }
  }

  private static func ending(_ value: UInt32) -> Ending {
    switch value {
    case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0x61F, 0x6D4: return .sentence
    case 0x3A: return .colon
    case 0x2C: return .comma
    default: return .other
    }
  }

  /// Recognises `•`, `·`, `▪`, `◦`, `‣`, `●`, `-`, `*`, `+` followed by a space, and `1.` / `1)` numbering.
  static func listMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (ListMarker, Int) {
    guard start < end else { return (.none, start) }
    let (value, length) = decodeScalar(bytes, start, end)
    switch value {
    case 0x2022, 0xB7, 0x25AA, 0x25E6, 0x2023, 0x25CF, 0x2D, 0x2A, 0x2B, 0x25A0, 0x25B8, 0x25BA, 0x2043:
      let afterMarker = start + length
      guard afterMarker < end else { return (.none, start) }
      let spaces = Self.skipSpaces(bytes, afterMarker, end)
      guard spaces > afterMarker else { return (.none, start) }
      return (.bullet(value), spaces)
    case 0x30...0x39:
      var index = start
      while index < end && index - start < 3 && bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
      guard index < end, bytes[index] == 0x2E || bytes[index] == 0x29 else { return (.none, start) }
      let spaces = Self.skipSpaces(bytes, index + 1, end)
      // "1. Text" is numbering; "2024. " or "1.5" are not.
      guard spaces > index + 1, spaces < end, !(bytes[spaces] >= 0x30 && bytes[spaces] <= 0x39) else {
        return (.none, start)
      }
      return (.number, spaces)
    default:
      return (.none, start)
    }
  }

  private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    var index = start
    while index < end {
      let width = Whitespace.leadingWidth(bytes, at: index, end: end)
      if width == 0 { break }
      index += width
    }
    return index
  }

  /// Decodes the scalar at `index` of valid UTF-8.
  @inline(__always)
  static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> (UInt32, Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    if lead < 0xE0, index + 1 < end {
      return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
    }
    if lead < 0xF0, index + 2 < end {
      return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
    }
    if index + 3 < end {
      let value =
        UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
        | UInt32(bytes[index + 3] & 0x3F)
      return (value, 4)
    }
    return (0xFFFD, 1)
  }
}

extension LineFeatures {
  /// The features of this line followed by `next` as one wrapped paragraph.
  mutating func append(_ next: LineFeatures) {
    scalars += 1 + next.scalars
    letters += next.letters
    words += next.words
    capitalized += next.capitalized
    digits += next.digits
    numberWords += next.numberWords
    for position in stopWords.indices { stopWords[position] += next.stopWords[position] }
    ending = next.ending
    endsWithQuestion = next.endsWithQuestion
    if next.script == script { scriptLetters += next.scriptLetters }
    linkMarkers += next.linkMarkers
    pipes += next.pipes
    hasURL = hasURL || next.hasURL
    hasCopyrightSign = hasCopyrightSign || next.hasCopyrightSign
    wordHashes += next.wordHashes
    wordRanges += next.wordRanges
  }
}
