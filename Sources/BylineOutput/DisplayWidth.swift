/// How many terminal columns text takes, as terminals draw it: 2 for an emoji, whatever it is made of; else
/// the sum over its scalars of 0 for combining marks, format characters and Hangul vowel and final Jamo, 2 for
/// East Asian wide or fullwidth characters (CJK, Hangul, kana), and 1 for the rest.
///
/// East Asian ambiguous characters (`…`, Greek, Cyrillic) count 1, as in every Western terminal.
enum DisplayWidth {
  /// The width of `text`, or a value above `limit` as soon as it is known to exceed it, so measuring a long
  /// cell for a narrow column costs no more than the column.
  static func of(_ text: some StringProtocol, limit: Int = .max) -> Int {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    var width = 0
    for character in text {
      width += of(character)
      if width > limit { return width }
    }
    return width
  }

  /// The width of one grapheme cluster.
  static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    if isEmoji(scalars) { return 2 }
    return scalars.reduce(0) { $0 + width(of: $1) }
  }

  private static func width(of scalar: Unicode.Scalar) -> Int {
    if scalar.value < 0x7F { return scalar.value < 0x20 ? 0 : 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .control: return 0
    // The soft hyphen is a format character that terminals nevertheless draw.
    case .format: return scalar.value == 0xAD ? 1 : 0
    default: break
    }
    switch scalar.value {
    // Vowels and finals of conjoining Hangul Jamo stack onto the initial consonant's two columns.
    case 0x1160...0x11FF, 0xD7B0...0xD7FF: return 0
    default: return isWide(scalar.value) ? 2 : 1
    }
  }

  /// Emoji drawn as pictures: those shown so by default (😀, 🇺🇦 flags), and text-default ones followed by
  /// the emoji selector U+FE0F (❤️, 1️⃣); U+FE0E asks for the narrow text form.
  private static func isEmoji(_ scalars: Character.UnicodeScalarView) -> Bool {
    guard let first = scalars.first else { return false }
    if scalars.contains("\u{FE0E}") { return false }
    if first.properties.isEmojiPresentation { return true }
    return first.properties.isEmoji && scalars.contains("\u{FE0F}")
  }

  /// East Asian Wide and Fullwidth: the main blocks of UAX #11, listed by hand because the standard library
  /// does not expose the property.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F,  // Hangul Jamo initial consonants
      0x2E80...0x303E,  // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
      0x3041...0x33FF,  // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, strokes, enclosed CJK
      0x3400...0x4DBF,  // CJK extension A
      0x4E00...0x9FFF,  // CJK unified ideographs
      0xA000...0xA4CF,  // Yi
      0xA960...0xA97F,  // Hangul Jamo extended A
      0xAC00...0xD7A3,  // Hangul syllables
      0xF900...0xFAFF,  // CJK compatibility ideographs
      0xFE10...0xFE19,  // vertical forms
      0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
      0xFF00...0xFF60,  // fullwidth ASCII and punctuation
      0xFFE0...0xFFE6,  // fullwidth signs
      0x16FE0...0x16FE4, 0x17000...0x18CFF,  // Tangut, Khitan
      0x1B000...0x1B2FF,  // kana supplement and extensions, Nüshu
      0x1F200...0x1F2FF,  // enclosed ideographic supplement
      0x20000...0x2FFFD, 0x30000...0x3FFFD:  // CJK extensions B onwards
      return true
    default:
      return false
    }
  }
}
