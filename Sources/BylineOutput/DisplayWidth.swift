/// How many terminal columns text takes: 0 for combining marks and format characters, 2 for emoji and East
/// Asian wide or fullwidth characters (CJK, Hangul, kana), 1 for the rest, counted per grapheme cluster so that
/// `é` written as `e` + U+0301 and a family emoji joined by ZWJ each count once.
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

  /// The width of one grapheme cluster: its first scalar decides, unless the cluster is shown as an emoji.
  static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
    if isEmoji(scalars) { return 2 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .control: return 0
    // The soft hyphen is a format character that terminals nevertheless draw.
    case .format: return first.value == 0xAD ? 1 : 0
    default: return isWide(first.value) ? 2 : 1
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
      0x3041...0x33FF,  // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed CJK, CJK compatibility
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
