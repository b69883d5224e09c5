/// The first words of every dictionary name (gazetteer places and demonyms, listed organisations), with the
/// most words a name that starts with each has.
///
/// Most capitalised words in a text start no known name; this answers that from the token's bytes, without
/// building a string for every length of name that could start there.
enum NameIndex {
  static let maximumWords: [UInt64: Int] = {
    var table: [UInt64: Int] = [:]
    func add(_ name: some StringProtocol) {
      var bytes = Array(name.utf8)
      if bytes.starts(with: Array("the ".utf8)) || bytes.starts(with: Array("The ".utf8)) {
        bytes.removeFirst(4)
      }
      guard !bytes.isEmpty else { return }
      let words = 1 + bytes.count { $0 == 0x20 || $0 == 0x2D }
      let key = bytes.withUnsafeBufferPointer { firstWordKey($0, 0..<$0.count) }
      table[key] = max(table[key] ?? 0, words)
    }
    for name in Gazetteer.names { add(name) }
    for name in NameLexicon.organizations.keys { add(name) }
    return table
  }()

  /// How many words the longest dictionary name that starts with this token has; 0 when none starts with it.
  static func maximumWords(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Range<Int>) -> Int {
    maximumWords[firstWordKey(bytes, token)] ?? 0
  }

  /// FNV-1a over the word up to its first space or hyphen, ASCII letters lower-cased and ’ read as '.
  static func firstWordKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var index = range.lowerBound
    while index < range.upperBound {
      var byte = bytes[index]
      if byte == 0x20 || byte == 0x2D { break }
      if byte == 0xE2, index + 2 < range.upperBound, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
        byte = 0x27
        index += 2
      } else if byte >= 0x41 && byte <= 0x5A {
        byte |= 0x20
      }
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      index += 1
    }
    return hash
  }

  /// Every dictionary name (gazetteer places and demonyms, listed organisations) as `nameKey` hashes.
  private static let fullNames: WordSet = {
    var set = WordSet(capacity: 40_000)
    func add(_ name: some StringProtocol) {
      let bytes = Array(name.utf8)
      set.insert(bytes.withUnsafeBufferPointer { nameKey($0, 0..<$0.count) })
    }
    for name in Gazetteer.names { add(name) }
    for name in NameLexicon.organizations.keys { add(name) }
    return set
  }()

  /// Whether the text in `range`, or "the " and it, may be a dictionary name. Never false for a name that
  /// `Gazetteer` or `NameLexicon.organizations` would find, so a false answer spares building the strings.
  static func mayBeName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    if fullNames.contains(nameKey(bytes, range)) { return true }
    return fullNames.contains(nameKey(bytes, range, seed: theSeed))
  }

  /// The hash state after "the ", to look names up with the article in front.
  private static let theSeed: UInt64 = {
    let bytes = Array("the ".utf8)
    return bytes.withUnsafeBufferPointer { nameKey($0, 0..<$0.count) }
  }()

  /// FNV-1a over a name folded as loosely as any dictionary lookup folds it: ASCII letters lower-cased, typographic
  /// apostrophes made straight, hyphens, dashes and no-break spaces made spaces.
  static func nameKey(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, seed: UInt64 = 0xcbf2_9ce4_8422_2325
  ) -> UInt64 {
    var hash = seed
    var index = range.lowerBound
    while index < range.upperBound {
      var byte = bytes[index]
      if byte >= 0x41 && byte <= 0x5A {
        byte |= 0x20
      } else if byte == 0x2D {
        byte = 0x20
      } else if byte == 0xC2, index + 1 < range.upperBound, bytes[index + 1] == 0xA0 {
        byte = 0x20
        index += 1
      } else if byte == 0xCA, index + 1 < range.upperBound, bytes[index + 1] == 0xBC {
        byte = 0x27
        index += 1
      } else if byte == 0xE2, index + 2 < range.upperBound, bytes[index + 1] == 0x80 {
        switch bytes[index + 2] {
        case 0x98, 0x99:
          byte = 0x27
          index += 2
        case 0x90, 0x91, 0x93:
          byte = 0x20
          index += 2
        default: break
        }
      }
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      index += 1
    }
    return hash
  }
}
