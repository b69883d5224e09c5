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

  public init(_ text: String) {
    self.text = text
    folded = Array(text.lowercased().utf8)
    isASCII = text.utf8.allSatisfy { $0 < 0x80 }
  }

  /// Whether the haystack matches the needle in the way `match` says.
  public func matches(_ haystack: Substring, _ match: TextMatch) -> Bool {
    if folded.isEmpty { return true }
    if isASCII {
      return Self.withUTF8(haystack) { Self.search(folded, in: $0, match, foldingASCII: true) }
    }
    // Lower-casing ASCII gives ASCII, so a haystack without a byte above 0x7F cannot hold this needle.
    let hasNonASCII = Self.withUTF8(haystack) { bytes in bytes.contains { $0 >= 0x80 } }
    guard hasNonASCII else { return false }
    var lowered = haystack.lowercased()
    return lowered.withUTF8 { Self.search(folded, in: $0, match, foldingASCII: false) }
  }

  private static func withUTF8<Result>(_ text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = String(text)
    return copy.withUTF8(body)
  }

  @inline(__always)
  private static func lowered(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
  }

  private static func search(
    _ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, _ match: TextMatch, foldingASCII: Bool
  ) -> Bool {
    let count = needle.count
    guard haystack.count >= count else { return false }
    return needle.withUnsafeBufferPointer { needle in
      func isMatch(at start: Int) -> Bool {
        if foldingASCII {
          for offset in 1..<count where lowered(haystack[start + offset]) != needle[offset] { return false }
        } else {
          for offset in 1..<count where haystack[start + offset] != needle[offset] { return false }
        }
        return true
      }
      let first = needle[0]
      // The needle is lower case; with folding its first byte is also found in upper case.
      let firstUpper = foldingASCII && first &- 0x61 < 26 ? first & ~0x20 : first
      switch match {
      case .startsWith:
        return (haystack[0] == first || haystack[0] == firstUpper) && isMatch(at: 0)
      case .endsWith:
        let start = haystack.count - count
        return (haystack[start] == first || haystack[start] == firstUpper) && isMatch(at: start)
      case .contains:
        var start = 0
        let last = haystack.count - count
        while start <= last {
          let byte = haystack[start]
          if (byte == first || byte == firstUpper) && isMatch(at: start) { return true }
          start += 1
        }
        return false
      }
    }
  }
}

extension Value {
  /// `contains`, `starts with`, `ends with`, ignoring case: a text by itself, an entity by its canonical name or
  /// any alias, a list when any element matches; unknown for null.
  public func matches(_ needle: TextNeedle, _ match: TextMatch, in corpus: IndexedCorpus) -> Truth {
    switch self {
    case .null: return .unknown
    case .text(let text): return Truth(needle.matches(Substring(text), match))
    case .entity(let reference):
      if needle.matches(Substring(reference.name), match) { return .true }
      guard corpus.corpus.entities.indices.contains(reference.index) else { return .false }
      return Truth(corpus.corpus.entities[reference.index].aliases.contains { needle.matches(Substring($0), match) })
    case .list(let elements):
      return elements.reduce(Truth.false) { $0.or($1.matches(needle, match, in: corpus)) }
    default: return .unknown
    }
  }
}
