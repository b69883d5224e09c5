/// Writing systems, coarse enough to tell a Tamil teaser from an English story.
enum Script: UInt8, CaseIterable {
  case latin, greek, cyrillic, armenian, hebrew, arabic, devanagari, bengali, gurmukhi, gujarati, tamil,
    telugu, kannada, malayalam, sinhala, thai, georgian, hangul, kana, han, other

  /// The script of a letter, or nil for scalars that are not letters (digits, punctuation, symbols).
  static func of(_ value: UInt32) -> Script? {
    switch value {
    case 0x41...0x5A, 0x61...0x7A: return .latin
    case 0x00...0xBF: return nil
    case 0xD7, 0xF7: return nil
    case 0xC0...0x24F, 0x1E00...0x1EFF: return .latin
    case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
    case 0x400...0x52F: return .cyrillic
    case 0x530...0x58F: return .armenian
    case 0x590...0x5FF: return .hebrew
    case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
    case 0x900...0x97F: return .devanagari
    case 0x980...0x9FF: return .bengali
    case 0xA00...0xA7F: return .gurmukhi
    case 0xA80...0xAFF: return .gujarati
    case 0xB80...0xBFF: return .tamil
    case 0xC00...0xC7F: return .telugu
    case 0xC80...0xCFF: return .kannada
    case 0xD00...0xD7F: return .malayalam
    case 0xD80...0xDFF: return .sinhala
    case 0xE00...0xE7F: return .thai
    case 0x10A0...0x10FF: return .georgian
    case 0x1100...0x11FF, 0xAC00...0xD7AF: return .hangul
    case 0x3040...0x30FF: return .kana
    case 0x4E00...0x9FFF, 0x3400...0x4DBF: return .han
    case 0x2000...0x2BFF, 0x3000...0x303F, 0xE000...0xF8FF, 0xFE00...0xFE6F, 0x1F000...0x1FFFF: return nil
    default: return .other
    }
  }

  /// Scripts written without spaces between words.
  var writesWithoutSpaces: Bool { self == .han || self == .kana || self == .thai }

  /// Whether a letter is a capital, for the scripts that have case.
  static func isUppercase(_ value: UInt32) -> Bool {
    switch value {
    case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x391...0x3A9, 0x410...0x42F, 0x400...0x40F: return true
    case 0x100...0x17F: return value % 2 == 0
    default: return false
    }
  }
}
