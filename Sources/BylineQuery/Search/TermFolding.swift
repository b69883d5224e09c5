/// How search cuts text into terms and folds each term, shared by the index and by queries so that both agree.
///
/// Decisions:
/// - Case and diacritics fold away: `Erdoğan` → `erdogan`, `Straße` → `strasse`, `Æsir` → `aesir`. Stroked and
///   ligature letters that Unicode does not decompose (ø, ł, đ, æ, œ, þ, ß) get their usual Latin spelling.
/// - Hyphens and dashes separate words, so `Jong-un` indexes as the two terms `jong un` at consecutive
///   positions; a query word that folds to several terms is searched as a phrase, so `Jong-un` finds "Jong-un",
///   "Jong‐un" and "Jong Un" alike. `jongun` finds none of them.
/// - Apostrophes (straight, curly, modifier) inside a word are kept as `'` (`o'carroll`, `don't`), except the
///   possessive `'s`, which is dropped so that `Russia` finds "Russia's" and "Russia’s".
/// - Dots and commas separate, so `U.S.` is `u s` and `11,000` is `11 000`, on both sides.
/// - Han ideographs, hiragana and katakana are one term each, since those scripts do not space their words; a
///   query in them becomes a phrase of its characters.
/// - There are no stop words: every word is indexed and BM25 gives common ones little weight.
public enum TermFolding {
  /// The folded terms of a text, in order: `terms(in: "Kim Jong-un’s visit")` is `["kim", "jong", "un", "visit"]`.
  public static func terms(in text: String) -> [String] {
    var terms: [String] = []
    var text = text
    text.withUTF8 { bytes in
      forEachTerm(in: bytes) { _, folded in terms.append(String(decoding: folded, as: UTF8.self)) }
    }
    return terms
  }

  /// The UTF-8 byte ranges of the terms of a text, in order, parallel to `terms(in:)`.
  public static func termRanges(in text: String) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var text = text
    text.withUTF8 { bytes in forEachTerm(in: bytes) { range, _ in ranges.append(range) } }
    return ranges
  }

  /// Calls `body` with the byte range (relative to `bytes`) and the folded UTF-8 of each term, in order.
  ///
  /// The folded bytes are only valid during the call.
  static func forEachTerm(
    in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Void
  ) {
    var folded: [UInt8] = []
    folded.reserveCapacity(64)
    var termStart = -1
    var termEnd = 0
    let table = ScalarTable.shared

    func finish() {
      guard termStart >= 0 else { return }
      if !folded.isEmpty { folded.withUnsafeBufferPointer { body(termStart..<termEnd, $0) } }
      folded.removeAll(keepingCapacity: true)
      termStart = -1
    }

    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      let kind: ScalarKind
      let length: Int
      var scalar: UInt32 = UInt32(byte)
      if byte < 0x80 {
        kind = table.asciiKinds[Int(byte)]
        length = 1
      } else {
        (scalar, length) = decode(bytes, at: index)
        kind = table.kind(of: scalar)
      }
      switch kind {
      case .word:
        if termStart < 0 { termStart = index }
        if byte < 0x80 {
          folded.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
        } else {
          table.appendFolding(of: scalar, to: &folded)
        }
        termEnd = index + length
      case .mark:
        // A combining mark or soft hyphen belongs to the word it sits in and folds away.
        if termStart >= 0 { termEnd = index + length }
      case .apostrophe:
        guard termStart >= 0, index + length < count else {
          finish()
          break
        }
        let (next, nextLength) =
          bytes[index + length] < 0x80
          ? (UInt32(bytes[index + length]), 1) : decode(bytes, at: index + length)
        guard table.kind(of: next) == .word else {
          finish()
          break
        }
        if next | 0x20 == UInt32(UInt8(ascii: "s")) && !isWordScalar(bytes, at: index + length + nextLength, table) {
          // Possessive: the term ends before the apostrophe and the `s` is skipped with it.
          finish()
          index += length + nextLength
          continue
        }
        folded.append(UInt8(ascii: "'"))
      case .ideograph:
        finish()
        termStart = index
        termEnd = index + length
        table.appendFolding(of: scalar, to: &folded)
        finish()
      case .separator:
        finish()
      }
      index += length
    }
    finish()
  }

  private static func isWordScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ table: ScalarTable) -> Bool {
    guard index < bytes.count else { return false }
    if bytes[index] < 0x80 { return table.asciiKinds[Int(bytes[index])] == .word }
    let kind = table.kind(of: decode(bytes, at: index).scalar)
    return kind == .word || kind == .ideograph
  }

  /// The scalar starting at `index` and its length in bytes; the bytes come from a Swift string, so they are
  /// valid UTF-8, but a truncated buffer still decodes to U+FFFD instead of reading past its end.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int) {
    let lead = UInt32(bytes[index])
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, index + length <= bytes.count else { return (0xFFFD, 1) }
    var scalar = lead & (0x7F >> UInt32(length))
    for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return (scalar, length)
  }
}

/// What a scalar is to the tokenizer.
enum ScalarKind: UInt8 {
  case separator, word, mark, apostrophe, ideograph
}

/// Per-scalar kinds and foldings for the scalars below U+3400 (every alphabet but CJK), computed once, so the
/// hot loop never asks Unicode properties; the rare scalars above are classified on the fly.
final class ScalarTable: Sendable {
  static let shared = ScalarTable()
  static let tableLimit: UInt32 = 0x3400

  let asciiKinds: [ScalarKind]
  private let kinds: [ScalarKind]
  /// Folded UTF-8 of scalar `s` is `foldedBytes[foldedStarts[s] ..< foldedStarts[s + 1]]`.
  private let foldedStarts: [Int32]
  private let foldedBytes: [UInt8]

  /// Letters whose folding is not "lower-case, then drop the combining marks of the canonical decomposition":
  /// the decompositions themselves, generated from Unicode data for Latin, Latin Extended and Greek, since the
  /// standard library exposes no normalisation.
  private static let foldings = """
    ßss àa áa âa ãa äa åa æae çc èe ée êe ëe ìi íi îi ïi ðd ñn òo óo ôo õo öo øo ùu úu ûu üu ýy þth ÿy \
    āa ăa ąa ćc ĉc ċc čc ďd đd ēe ĕe ėe ęe ěe ĝg ğg ġg ģg ĥh ħh ĩi īi ĭi įi ıi ĳij ĵj ķk ĸk ĺl ļl ľl ŀl \
    łl ńn ņn ňn ŉn ŋn ōo ŏo őo œoe ŕr ŗr řr śs ŝs şs šs ţt ťt ŧt ũu ūu ŭu ůu űu ųu ŵw ŷy źz żz žz ſs ƒf \
    ơo ưu ǎa ǐi ǒo ǔu ǖu ǘu ǚu ǜu ǟa ǡa ǣae ǧg ǩk ǫo ǭo ǯʒ ǰj ǵg ǹn ǻa ǽae ǿo ȁa ȃa ȅe ȇe ȉi ȋi ȍo ȏo ȑr \
    ȓr ȕu ȗu șs țt ȟh ȧa ȩe ȫo ȭo ȯo ȱo ȳy ΐι άα έε ήη ίι ΰυ ϊι ϋυ όο ύυ ώω ςσ ϓϒ ϔϒ ḁa ḃb ḅb ḇb ḉc ḋd \
    ḍd ḏd ḑd ḓd ḕe ḗe ḙe ḛe ḝe ḟf ḡg ḣh ḥh ḧh ḩh ḫh ḭi ḯi ḱk ḳk ḵk ḷl ḹl ḻl ḽl ḿm ṁm ṃm ṅn ṇn ṉn ṋn ṍo \
    ṏo ṑo ṓo ṕp ṗp ṙr ṛr ṝr ṟr ṡs ṣs ṥs ṧs ṩs ṫt ṭt ṯt ṱt ṳu ṵu ṷu ṹu ṻu ṽv ṿv ẁw ẃw ẅw ẇw ẉw ẋx ẍx ẏy \
    ẑz ẓz ẕz ẖh ẗt ẘw ẙy ẛs ạa ảa ấa ầa ẩa ẫa ậa ắa ằa ẳa ẵa ặa ẹe ẻe ẽe ếe ềe ểe ễe ệe ỉi ịi ọo ỏo ốo \
    ồo ổo ỗo ộo ớo ờo ởo ỡo ợo ụu ủu ứu ừu ửu ữu ựu ỳy ỵy ỷy ỹy
    """

  private static let apostrophes: Set<UInt32> = [0x27, 0x2018, 0x2019, 0x02BC, 0xFF07]

  private init() {
    var special: [UInt32: String] = [:]
    for entry in Self.foldings.split(separator: " ") {
      guard let first = entry.unicodeScalars.first else { continue }
      special[first.value] = String(String.UnicodeScalarView(entry.unicodeScalars.dropFirst()))
    }
    var kinds = [ScalarKind](repeating: .separator, count: Int(Self.tableLimit))
    var starts: [Int32] = [0]
    var bytes: [UInt8] = []
    starts.reserveCapacity(Int(Self.tableLimit) + 1)
    for value in 0..<Self.tableLimit {
      if let scalar = Unicode.Scalar(value) {
        kinds[Int(value)] = Self.classify(scalar)
        if kinds[Int(value)] == .word || kinds[Int(value)] == .ideograph {
          bytes.append(contentsOf: Self.fold(scalar, special: special).utf8)
        }
      }
      starts.append(Int32(bytes.count))
    }
    self.kinds = kinds
    asciiKinds = Array(kinds[0..<128])
    foldedStarts = starts
    foldedBytes = bytes
  }

  func kind(of scalar: UInt32) -> ScalarKind {
    if scalar < Self.tableLimit { return kinds[Int(scalar)] }
    if Self.isIdeographic(scalar) { return .ideograph }
    guard let value = Unicode.Scalar(scalar) else { return .separator }
    return Self.classify(value)
  }

  func appendFolding(of scalar: UInt32, to folded: inout [UInt8]) {
    if scalar < Self.tableLimit {
      let index = Int(scalar)
      folded.append(contentsOf: foldedBytes[Int(foldedStarts[index])..<Int(foldedStarts[index + 1])])
    } else if Self.isIdeographic(scalar) || (0xAC00...0xD7A3).contains(scalar) {
      // No case and no decomposition worth folding: Han, kana and precomposed Hangul stand for themselves.
      if let value = Unicode.Scalar(scalar) { folded.append(contentsOf: String(value).utf8) }
    } else if let value = Unicode.Scalar(scalar) {
      folded.append(contentsOf: Self.fold(value, special: [:]).utf8)
    }
  }

  private static func classify(_ scalar: Unicode.Scalar) -> ScalarKind {
    if apostrophes.contains(scalar.value) { return .apostrophe }
    if isIdeographic(scalar.value) { return .ideograph }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
    case .format: return scalar.value == 0xAD ? .mark : .separator
    default: break
    }
    if properties.isAlphabetic || properties.numericType != nil { return .word }
    return .separator
  }

  private static func fold(_ scalar: Unicode.Scalar, special: [UInt32: String]) -> String {
    var result = ""
    for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
      if let replacement = special[lowered.value] {
        result += replacement
      } else if lowered.properties.generalCategory != .nonspacingMark {
        result.unicodeScalars.append(lowered)
      }
    }
    return result
  }

  private static func isIdeographic(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
    default: false
    }
  }
}
