/// The lexicon lists a word belongs to, as bits, so that a token is looked up once instead of building a
/// string for each list the name recogniser asks about.
struct WordClass: OptionSet, Hashable, Sendable {
  let rawValue: UInt32

  static let title = WordClass(rawValue: 1 << 0)
  static let titleInsideOrganization = WordClass(rawValue: 1 << 1)
  static let titleDomain = WordClass(rawValue: 1 << 2)
  static let organizationHead = WordClass(rawValue: 1 << 3)
  static let thingWord = WordClass(rawValue: 1 << 4)
  static let placeHead = WordClass(rawValue: 1 << 5)
  static let companyHead = WordClass(rawValue: 1 << 6)
  static let placePrefix = WordClass(rawValue: 1 << 7)
  static let geographicNoun = WordClass(rawValue: 1 << 8)
  static let connector = WordClass(rawValue: 1 << 9)
  static let placeNoun = WordClass(rawValue: 1 << 10)
  static let nameParticle = WordClass(rawValue: 1 << 11)
  static let organizationPrefix = WordClass(rawValue: 1 << 12)
  static let organizationTail = WordClass(rawValue: 1 << 13)
  static let capitalizedCommonWord = WordClass(rawValue: 1 << 14)
  static let commonOpener = WordClass(rawValue: 1 << 15)

  /// The lists of `NameLexicon`, each with its bit; exact spelling, as the lists' `Set<String>` match.
  private static let table: WordTable<WordClass> = {
    let lists: [(Set<String>, WordClass)] = [
      (NameLexicon.titles, .title), (NameLexicon.titlesInsideOrganizations, .titleInsideOrganization),
      (NameLexicon.titleDomains, .titleDomain), (NameLexicon.organizationHeads, .organizationHead),
      (NameLexicon.thingWords, .thingWord), (NameLexicon.placeHeads, .placeHead),
      (NameLexicon.companyHeads, .companyHead), (NameLexicon.placePrefixes, .placePrefix),
      (NameLexicon.geographicNouns, .geographicNoun), (NameLexicon.connectors, .connector),
      (NameLexicon.placeNouns, .placeNoun), (NameLexicon.nameParticles, .nameParticle),
      (NameLexicon.organizationPrefixes, .organizationPrefix), (NameLexicon.organizationTails, .organizationTail),
      (NameLexicon.capitalizedCommonWords, .capitalizedCommonWord), (NameLexicon.commonOpeners, .commonOpener),
    ]
    var entries: [UInt64: WordClass] = [:]
    for (words, wordClass) in lists {
      for word in words {
        let key = Array(word.utf8).withUnsafeBufferPointer { exactHash($0, 0..<$0.count) }
        entries[key, default: []].formUnion(wordClass)
      }
    }
    return WordTable(entries)
  }()

  /// The lists the bytes in `range` are spelled as, empty for most words. A 64-bit hash stands for the word;
  /// with a few thousand listed words a collision with a word of the text is too unlikely to guard against.
  static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordClass {
    table[exactHash(bytes, range)] ?? []
  }

  /// FNV-1a over the bytes as they are, case included.
  @inline(__always)
  private static func exactHash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in range { hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3 }
    return hash
  }
}
