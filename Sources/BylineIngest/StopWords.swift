/// Function words of the languages byline reads, hashed for lookup over bytes.
///
/// Stop-word density is the strongest single sign of running prose (jusText): menus, tags and link lists
/// are made of content words, sentences are not.
enum StopWords {
  static let english = """
    a about above after again against all also am an and any are as at be because been before being below \
    between both but by can could did do does doing down during each few for from further had has have having \
    he her here hers herself him himself his how i if in into is it its itself just may me might more most must \
    my myself no nor not now of off on once only or other ought our ours ourselves out over own said same she \
    should so some such than that the their theirs them themselves then there these they this those through to \
    too under until up upon very was we were what when where which while who whom why will with would you your \
    yours yourself yourselves it’s it's don’t don't can't can’t won't won’t didn't didn’t isn't isn’t says \
    since though whether however among despite against toward towards within without per via according
    """
  static let german = """
    der die das den dem des ein eine einer eines einem einen und oder aber nicht mit von zu zum zur im in am an \
    auf aus bei für ist sind war waren wird werden wurde wurden hat haben hatte sich es er sie wir ihr ich auch \
    als wie so noch nach vor über unter durch dass daß wenn nur schon sehr mehr kann können soll sollen
    """
  static let french = """
    le la les un une des du de et ou mais ne pas que qui dans sur pour par avec sans au aux est sont était ont \
    a été sera il elle ils elles nous vous on se ce cette ces son sa ses leur leurs plus comme aussi entre \
    après avant selon lors dont où
    """
  static let spanish = """
    el la los las un una unos unas y o pero no que de del en con por para sin sobre es son fue han ha sido \
    será se su sus lo le les al como más también entre desde hasta según cuando donde este esta estos estas
    """

  static let italian = """
    il lo la i gli le un una uno e o ma non che di del della dei delle in con per su da al alla è sono era \
    stato ha hanno si anche come più tra dopo secondo quando dove questo questa nel nella sul sulla
    """
  static let portuguese = """
    o a os as um uma uns umas e ou mas não que de do da dos das em no na nos nas com por para sobre é são \
    foi foram há tem se também como mais entre segundo quando onde este esta isso ao pelo pela
    """
  static let dutch = """
    de het een en of maar niet dat die van in op met voor aan bij uit is zijn was waren wordt worden werd \
    heeft hebben zich ook als dan nog naar over door om er te dit deze
    """

  /// A language the stop lists can recognise, with its ISO 639-1 code.
  struct Language {
    let code: String
    let hashes: Set<UInt64>
  }

  static let languages: [Language] = [
    Language(code: "en", hashes: hashes(english)),
    Language(code: "de", hashes: hashes(german)),
    Language(code: "fr", hashes: hashes(french)),
    Language(code: "es", hashes: hashes(spanish)),
    Language(code: "it", hashes: hashes(italian)),
    Language(code: "pt", hashes: hashes(portuguese)),
    Language(code: "nl", hashes: hashes(dutch)),
  ]

  /// For each stop word of any language, a bit per language in `languages` order: one lookup per word.
  static let languageBits: WordTable<UInt8> = {
    var table: [UInt64: UInt8] = [:]
    for (position, language) in languages.enumerated() {
      for hash in language.hashes { table[hash, default: 0] |= 1 << UInt8(position) }
    }
    return WordTable(table)
  }()

  static func hashes(_ list: String) -> Set<UInt64> {
    Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { hash(Array(normalizedWord($0).utf8)[...]) })
  }

  /// Typographic apostrophes hash as straight ones, as `LineFeatures` reads them.
  static func normalizedWord(_ word: Substring) -> String {
    String(word.map { $0 == "’" ? "'" : $0 })
  }

  /// FNV-1a over lower-cased ASCII bytes; non-ASCII bytes go in unchanged.
  @inline(__always)
  static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      value = (value ^ UInt64(lowered)) &* 0x100_0000_01b3
    }
    return value
  }
}
