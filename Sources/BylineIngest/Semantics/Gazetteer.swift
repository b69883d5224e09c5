/// What a place name names.
enum PlaceKind: Sendable, Equatable {
  case country, subdivision, city, region
}

/// A place the gazetteer knows.
struct GazetteerEntry: Sendable, Equatable {
  /// The name a news reader uses ("North Korea" for "DPRK"); two names of one place share it.
  var canonical: String
  var kind: PlaceKind
  /// The ISO 3166-1 alpha-2 code of the country the place is in (or is); nil for regions across countries.
  var country: String?
}

/// Places by the names news writes them, and the demonyms that point to them.
///
/// Countries, subdivisions, cities and regions come from `Gazetteer.data`, which scripts/make-gazetteer.py
/// generates from iso-codes and GeoNames.
///
/// Names match as written, capitalisation included, since capitals are what set a place apart from a word in
/// prose ("Turkey" is the country, "turkey" nothing); also in all capitals, for headlines, when the name has
/// four letters or more ("NORTH KOREA", but not "ABA"). Typographic and straight apostrophes are one, and so
/// are hyphens and spaces ("Guinea Bissau").
enum Gazetteer {
  /// The place a name as written refers to ("North Korea", "DPRK", "U.S.", "Russian Federation"), nil if not a
  /// known place.
  static func place(named name: some StringProtocol) -> GazetteerEntry? {
    guard let index = lookup(name, in: table.places) else { return nil }
    return table.entries[Int(index)]
  }

  /// The canonical name of the place a demonym or adjective refers to ("Russian" → "Russia", "North Korean" →
  /// "North Korea"), nil if not a demonym.
  static func demonym(_ word: some StringProtocol) -> String? {
    guard let index = lookup(word, in: table.demonyms) else { return nil }
    return table.entries[Int(index)].canonical
  }

  /// The most words (separated by spaces or hyphens) in any name or demonym, for longest-match scanning.
  static var longestNameWords: Int { table.longestNameWords }

  /// Every name and demonym the gazetteer answers to, folded forms included.
  static var names: [Substring] { Array(table.places.keys) + Array(table.demonyms.keys) }

  /// Every place, in the data's order.
  static var entries: [GazetteerEntry] { table.entries }

  // MARK: - Lookup

  /// Keys are substrings, mostly of `data` itself, so that neither storing nor looking up a `String` or a
  /// `Substring` copies it.
  private static func lookup(_ name: some StringProtocol, in keys: [Substring: Int32]) -> Int32? {
    let key: Substring
    if let string = name as? String {
      key = string[...]
    } else if let substring = name as? Substring {
      key = substring
    } else {
      key = Substring(String(name))
    }
    if let index = keys[key] { return index }
    guard mayFold(key) else { return nil }
    return keys[Substring(folded(key))]
  }

  /// Only a name with a hyphen or a non-ASCII byte can differ from its folded form.
  private static func mayFold(_ name: Substring) -> Bool {
    name.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 >= 0x80 })
  }

  /// Apostrophes made straight, hyphens, dashes and no-break spaces made spaces: the form every name is also
  /// stored under.
  static func folded(_ name: some StringProtocol) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(name.utf8.count)
    for scalar in name.unicodeScalars {
      switch scalar {
      case "\u{2019}", "\u{2018}", "\u{02BC}": result.unicodeScalars.append("'")
      case "-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{00A0}": result.unicodeScalars.append(" ")
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  // MARK: - Table

  /// Built on first use, once per process.
  private static let table = Table(parsing: data)

  struct Table: Sendable {
    var entries: [GazetteerEntry] = []
    var places: [Substring: Int32] = [:]
    var demonyms: [Substring: Int32] = [:]
    var longestNameWords = 1

    /// Reads `data`'s lines: "place\tKIND\tCANONICAL\tCOUNTRY", then "alias\tCANONICAL\tNAME" and
    /// "demonym\tCANONICAL\tWORD" lines for that place.
    init(parsing data: String) {
      var places: [Substring: Int32] = [:]
      var demonyms: [Substring: Int32] = [:]
      places.reserveCapacity(20_000)
      demonyms.reserveCapacity(1_500)
      // Folded and all-capital forms go in after every name as written, so that they never shadow one.
      var variants: [(key: Substring, index: Int32, isDemonym: Bool)] = []
      variants.reserveCapacity(10_000)

      // Byte-level splitting: `Character`-level splitting of 200 KB took most of the parse time.
      let utf8 = data.utf8
      let tab = UInt8(ascii: "\t")
      let newline = UInt8(ascii: "\n")
      var fields: [Substring] = []
      var position = utf8.startIndex
      while position < utf8.endIndex {
        fields.removeAll(keepingCapacity: true)
        // The literal keeps no indentation, but a hand-edited copy might.
        while position < utf8.endIndex && utf8[position] == UInt8(ascii: " ") { utf8.formIndex(after: &position) }
        var fieldStart = position
        while position < utf8.endIndex && utf8[position] != newline {
          if utf8[position] == tab {
            fields.append(data[fieldStart..<position])
            fieldStart = utf8.index(after: position)
          }
          utf8.formIndex(after: &position)
        }
        fields.append(data[fieldStart..<position])
        if position < utf8.endIndex { utf8.formIndex(after: &position) }
        guard fields.count >= 3 else { continue }

        let name: Substring
        let isDemonym: Bool
        switch fields[0] {
        case "place":
          guard let kind = Self.kind(fields[1]) else { continue }
          let country = fields.count > 3 && !fields[3].isEmpty ? String(fields[3]) : nil
          entries.append(GazetteerEntry(canonical: String(fields[2]), kind: kind, country: country))
          name = fields[2]
          isDemonym = false
        case "alias", "demonym":
          // Alias and demonym lines follow their place's line.
          guard let last = entries.last, fields[1] == last.canonical[...] else {
            assertionFailure("gazetteer line for \(fields[1]) does not follow its place")
            continue
          }
          name = fields[2]
          isDemonym = fields[0] == "demonym"
        default:
          continue
        }
        let index = Int32(entries.count - 1)
        if isDemonym { demonyms[name] = index } else { places[name] = index }
        longestNameWords = max(longestNameWords, Self.wordCount(name))

        let foldable = Gazetteer.mayFold(name)
        if foldable { variants.append((Gazetteer.folded(name)[...], index, isDemonym)) }
        if let capitals = Self.capitals(of: name) {
          variants.append((capitals[...], index, isDemonym))
          if foldable { variants.append((Gazetteer.folded(capitals)[...], index, isDemonym)) }
        }
      }
      for variant in variants {
        if variant.isDemonym {
          if demonyms[variant.key] == nil { demonyms[variant.key] = variant.index }
        } else if places[variant.key] == nil {
          places[variant.key] = variant.index
        }
      }
      self.places = places
      self.demonyms = demonyms
    }

    private static func kind(_ field: Substring) -> PlaceKind? {
      switch field {
      case "country": .country
      case "subdivision": .subdivision
      case "city": .city
      case "region": .region
      default: nil
      }
    }

    /// The name in capitals, when headlines could write it so: it has lower-case letters and at least four
    /// letters, since short names in capitals are acronyms more often than places ("ABA", "UFA").
    private static func capitals(of name: Substring) -> String? {
      // ASCII names, nearly all of them, skip `Character` work, which took most of the parse time.
      if name.utf8.allSatisfy({ $0 < 0x80 }) {
        let isLetter = { (byte: UInt8) in (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        let isLowercase = { (byte: UInt8) in byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        guard name.utf8.count(where: isLetter) >= 4, name.utf8.contains(where: isLowercase) else { return nil }
        return String(decoding: name.utf8.map { isLowercase($0) ? $0 - 0x20 : $0 }, as: UTF8.self)
      }
      guard name.count(where: \.isLetter) >= 4, name.contains(where: \.isLowercase) else { return nil }
      return name.uppercased()
    }

    private static func wordCount(_ name: Substring) -> Int {
      1 + name.utf8.count(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") })
    }
  }
}
