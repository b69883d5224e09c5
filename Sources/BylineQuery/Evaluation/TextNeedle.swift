/// The text operators that ignore case.
public enum TextMatch: String, Hashable, Sendable, CaseIterable {
  case contains
  case startsWith = "starts with"
  case endsWith = "ends with"
}

/// A text searched for by `contains`, `starts with` and `ends with`, prepared once per query: case is ignored
/// (SPEC §2), diacritics are not (`Erdogan` does not find `Erdoğan`).
///
/// An ASCII needle, the common case, is matched over the haystack's UTF-8 bytes with ASCII case folding, which
/// is exact for it: the bytes of a multi-byte UTF-8 sequence are never ASCII. (The two exceptions of Unicode,
/// the Kelvin sign and the dotted capital I, whose lower case is ASCII, are not found by an ASCII needle.) Any
/// other needle is matched against the haystack lower-cased, which costs a copy of each haystack that is not
/// ASCII and is still exact.
public struct TextNeedle: Hashable, Sendable {
  /// The needle as written.
  public let text: String
  /// The needle lower-cased, as UTF-8.
  private let folded: [UInt8]
  private let isASCII: Bool
  /// The position in `folded` of the byte least likely in text: `contains` looks for it first, so that a needle
  /// starting with a common letter ("a", "t") does not stop at every word.
  private let anchor: Int

  public init(_ text: String) {
    self.text = text
    let folded = Array(text.lowercased().utf8)
    self.folded = folded
    isASCII = text.utf8.allSatisfy { $0 < 0x80 }
    anchor = folded.indices.min { Self.commonness(folded[$0]) < Self.commonness(folded[$1]) } ?? 0
  }

  /// Whether the haystack matches the needle in the way `match` says.
  public func matches(_ haystack: TextSlice, _ match: TextMatch) -> Bool {
    if folded.isEmpty { return true }
    if isASCII {
      return haystack.withUTF8 { search(in: $0, match, foldingASCII: true) }
    }
    // Lower-casing ASCII gives ASCII, so a haystack without a byte above 0x7F cannot hold this needle.
    let hasNonASCII = haystack.withUTF8 { bytes in bytes.contains { $0 >= 0x80 } }
    guard hasNonASCII else { return false }
    var lowered = haystack.substring.lowercased()
    return lowered.withUTF8 { search(in: $0, match, foldingASCII: false) }
  }

  /// Whether the text matches the needle in the way `match` says.
  public func matches(_ haystack: String, _ match: TextMatch) -> Bool {
    matches(TextSlice(haystack), match)
  }

  @inline(__always)
  private static func lowered(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
  }

  private func search(in haystack: UnsafeBufferPointer<UInt8>, _ match: TextMatch, foldingASCII: Bool) -> Bool {
    let count = folded.count
    guard haystack.count >= count else { return false }
    return folded.withUnsafeBufferPointer { needle in
      func isMatch(at start: Int) -> Bool {
        if foldingASCII {
          for offset in 0..<count where Self.lowered(haystack[start + offset]) != needle[offset] { return false }
        } else {
          for offset in 0..<count where haystack[start + offset] != needle[offset] { return false }
        }
        return true
      }
      switch match {
      case .startsWith: return isMatch(at: 0)
      case .endsWith: return isMatch(at: haystack.count - count)
      case .contains:
        let anchorByte = needle[anchor]
        // The needle is lower case; with folding its anchor is also found in upper case.
        let anchorUpper = foldingASCII && anchorByte &- 0x61 < 26 ? anchorByte & ~0x20 : anchorByte
        var position = anchor
        let last = haystack.count - count + anchor
        // Sixteen bytes at a time skip the stretches without the anchor, which is most of any text.
        if let base = haystack.baseAddress {
          let lower = SIMD16<UInt8>(repeating: anchorByte)
          let upper = SIMD16<UInt8>(repeating: anchorUpper)
          while position + 16 <= last + 1 {
            let chunk = UnsafeRawPointer(base + position).loadUnaligned(as: SIMD16<UInt8>.self)
            let found = (chunk .== lower) .| (chunk .== upper)
            if !any(found) {
              position += 16
              continue
            }
            for _ in 0..<16 {
              let byte = haystack[position]
              if (byte == anchorByte || byte == anchorUpper) && isMatch(at: position - anchor) { return true }
              position += 1
            }
          }
        }
        while position <= last {
          let byte = haystack[position]
          if (byte == anchorByte || byte == anchorUpper) && isMatch(at: position - anchor) { return true }
          position += 1
        }
        return false
      }
    }
  }

  /// How often a (lower-case) byte turns up in text, roughly: letters by their frequency in English, white space
  /// and the lead bytes of UTF-8 sequences as the most common of all.
  private static let lettersByFrequency = Array("zqxjkvbpygfwmucldrhsnioate".utf8)

  private static func commonness(_ byte: UInt8) -> Int {
    if let rank = lettersByFrequency.firstIndex(of: byte) { return 10 + rank * 4 }
    switch byte {
    case 0x20: return 200
    case 0xC0...0xFF: return 150
    case 0x80...0xBF: return 60
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return 40
    default: return 5
    }
  }
}

extension Value {
  /// `contains`, `starts with`, `ends with`, ignoring case: a text by itself, an entity by its canonical name or
  /// any alias, a list when any element matches; unknown for null.
  public func matches(_ needle: TextNeedle, _ match: TextMatch, in corpus: IndexedCorpus) -> Truth {
    switch self {
    case .null: return .unknown
    case .text(let text): return Truth(needle.matches(text, match))
    case .entity(let reference):
      if needle.matches(reference.name, match) { return .true }
      guard corpus.corpus.entities.indices.contains(reference.index) else { return .false }
      return Truth(corpus.corpus.entities[reference.index].aliases.contains { needle.matches($0, match) })
    case .list(let elements):
      return elements.reduce(Truth.false) { $0.or($1.matches(needle, match, in: corpus)) }
    default: return .unknown
    }
  }
}
