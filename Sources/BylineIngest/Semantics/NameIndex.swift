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
}
