import BylineModel

/// Unifies the names of all articles into entities: spelling variants ("Kim Jong-un" / "Kim Jong Un"), case
/// variants ("NATO" / "Nato"), one-letter variants of a person's name ("Jenny Towne" / "Jenny Town"),
/// acronyms and their expansions, and surnames used alone. Every step buckets names by a key, so the work
/// grows with the number of distinct names, never with their pairs.
enum EntityUnifier {
  static func unify(_ articles: inout [Article], drafts: [SemanticDraft]) -> [Entity] {
    var forms = FormTable()
    for (index, article) in articles.enumerated() {
      for mention in article.mentions {
        forms.add(mention.entity, kind: mention.kind, canonical: drafts[index].canonicalKeys.contains(mention.entity))
      }
    }
    adoptPending(&articles, drafts: drafts, forms: &forms)
    forms.mergeSpellings()
    forms.mergePersonVariants()
    forms.mergeLoneNames()
    forms.mergeAcronyms()
    let canonical = forms.canonicalNames()
    let kinds = forms.groupKinds()
    for index in articles.indices {
      for position in articles[index].mentions.indices {
        let key = articles[index].mentions[position].entity
        articles[index].mentions[position].entity = canonical[key] ?? key
        articles[index].mentions[position].kind = kinds[key] ?? articles[index].mentions[position].kind
      }
      for position in articles[index].quotes.indices {
        if let speaker = articles[index].quotes[position].speaker {
          articles[index].quotes[position].speaker = canonical[speaker] ?? speaker
        }
      }
    }
    return entities(of: articles)
  }

  /// A lone capitalised word becomes a mention when some article names a person in full with it.
  private static func adoptPending(_ articles: inout [Article], drafts: [SemanticDraft], forms: inout FormTable) {
    var personWords: [String: String] = [:]
    for (key, entry) in forms.entries where entry.kind == .person {
      let words = SemanticAnalysis.personWords(key)
      guard words.count >= 2 else { continue }
      for word in [words.first!, words.last!] { personWords[word] = personWords[word].map { min($0, key) } ?? key }
    }
    for (index, draft) in drafts.enumerated() where !draft.pending.isEmpty {
      for var mention in draft.pending {
        guard let owner = personWords[mention.entity] else { continue }
        mention.entity = owner
        articles[index].mentions.append(mention)
        forms.add(owner, kind: .person, canonical: false)
      }
      articles[index].mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
      articles[index].mentions = articles[index].mentions.compacted()
    }
  }

  private static func entities(of articles: [Article]) -> [Entity] {
    struct Tally {
      var kind: [EntityKind: Int] = [:]
      var aliases: Set<Substring> = []
      var mentions = 0
      var articles: Set<Int> = []
      var sources: Set<String> = []
    }
    var tallies: [String: Tally] = [:]
    for (index, article) in articles.enumerated() {
      for mention in article.mentions {
        // Modified in place: a copy taken out of the dictionary would copy its sets at every mention.
        func count(_ tally: inout Tally) {
          tally.kind[mention.kind, default: 0] += 1
          tally.aliases.insert(article.text(in: mention.range))
          tally.mentions += 1
          tally.articles.insert(index)
          if let source = article.source { tally.sources.insert(source) }
        }
        count(&tallies[mention.entity, default: Tally()])
      }
    }
    return tallies.map { name, tally in
      Entity(
        name: name, kind: tally.kind.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .other,
        aliases: tally.aliases.map(String.init).sorted(), mentions: tally.mentions, articles: tally.articles.count,
        sources: tally.sources.count)
    }.sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) }
  }
}

/// Every distinct entity key of the corpus with its counts, grouped by union-find.
struct FormTable {
  struct Entry {
    var kind: EntityKind
    var count: Int
    var kindCounts: [EntityKind: Int]
    var canonical: Bool
  }

  private(set) var entries: [String: Entry] = [:]
  private var parent: [String: String] = [:]

  mutating func add(_ key: String, kind: EntityKind, canonical: Bool) {
    // Modified in place, so the entry's counts are not copied at every mention.
    func count(_ entry: inout Entry) {
      entry.count += 1
      entry.kindCounts[kind, default: 0] += 1
      entry.canonical = entry.canonical || canonical
      entry.kind = entry.kindCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? kind
    }
    count(&entries[key, default: Entry(kind: kind, count: 0, kindCounts: [:], canonical: canonical)])
  }

  mutating func root(_ key: String) -> String {
    var current = key
    while let next = parent[current], next != current { current = next }
    var walk = key
    while let next = parent[walk], next != current {
      parent[walk] = current
      walk = next
    }
    return current
  }

  mutating func union(_ first: String, _ second: String) {
    let a = root(first)
    let b = root(second)
    if a != b { parent[b] = a }
  }

  /// Every key's kind: the kind most mentions of its whole group have.
  mutating func groupKinds() -> [String: EntityKind] {
    var counts: [String: [EntityKind: Int]] = [:]
    for (key, entry) in entries {
      let group = root(key)
      for (kind, count) in entry.kindCounts { counts[group, default: [:]][kind, default: 0] += count }
    }
    var kinds: [String: EntityKind] = [:]
    for key in entries.keys {
      kinds[key] = counts[root(key)]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? entries[key]?.kind
    }
    return kinds
  }

  /// Hyphen, space, case, dot and apostrophe variants: "Kim Jong-un" = "Kim Jong Un", "NATO" = "Nato".
  mutating func mergeSpellings() {
    var byFold: [String: String] = [:]
    for key in entries.keys.sorted() {
      let folded = Self.fold(key)
      if let first = byFold[folded] { union(first, key) } else { byFold[folded] = key }
    }
  }

  /// Same words but one, which differs by one letter: "Jenny Towne" = "Jenny Town", "Anthony Blinken" =
  /// "Antony Blinken"; "Kim Jong Il" stays apart from "Kim Jong Un" (short words must match exactly).
  mutating func mergePersonVariants() {
    var buckets: [String: [String]] = [:]
    for (key, entry) in entries where entry.kind == .person {
      let words = Self.fold(key).split(separator: " ").map(String.init)
      guard words.count >= 2 else { continue }
      for position in words.indices {
        var pattern = words
        pattern[position] = "*"
        buckets[pattern.joined(separator: " ") + "#\(position)", default: []].append(key)
      }
    }
    for (pattern, keys) in buckets where keys.count > 1 {
      guard let marker = pattern.lastIndex(of: "#"), let position = Int(pattern[pattern.index(after: marker)...]) else {
        continue
      }
      // A bucket of many names ("John *") is split by the differing word's first letter and length, so pairs are
      // only compared where a one-letter variant could be: the work stays near-linear in the names.
      var groups: [String: [(key: String, word: [UInt8])]] = [:]
      for key in keys {
        let word = Array(Self.fold(key).split(separator: " ")[position].utf8)
        guard word.count >= 4 else { continue }
        // Same first letter (a change or a dropped letter later on), or one extra letter in front ("Elena" and
        // "Lena").
        for length in [word.count - 1, word.count] {
          groups["\(word[0])/\(length)", default: []].append((key, word))
        }
        groups["front \(word[0])/\(word.count)", default: []].append((key, word))
        groups["front \(word[1])/\(word.count - 1)", default: []].append((key, word))
      }
      for members in groups.values where members.count > 1 {
        for (offset, first) in members.enumerated() {
          for second in members[(offset + 1)...] where first.key != second.key {
            if Self.withinOneEdit(first.word, second.word) { union(first.key, second.key) }
          }
        }
      }
    }
  }

  /// A person known only by one word in an article ("Cha") joins the one full name that has that word.
  mutating func mergeLoneNames() {
    var owners: [String: Set<String>] = [:]
    for (key, entry) in entries where entry.kind == .person {
      let words = key.split(separator: " ").map(String.init)
      guard words.count >= 2 else { continue }
      owners[words.last!, default: []].insert(root(key))
      owners[words.first!, default: []].insert(root(key))
    }
    for (key, entry) in entries where entry.kind == .person && !SemanticAnalysis.isMultiword(key) {
      if let candidates = owners[key], candidates.count == 1, let owner = candidates.first { union(owner, key) }
    }
  }

  /// "UN" = "United Nations", "DPRK" = "Democratic People's Republic of Korea": an all-capitals name that spells
  /// the initials of another organisation or place name.
  mutating func mergeAcronyms() {
    var acronyms: [String: String] = [:]
    for (key, entry) in entries where entry.kind != .person {
      guard let letters = Self.acronymLetters(key) else { continue }
      acronyms[letters] = acronyms[letters].map { min($0, key) } ?? key
    }
    guard !acronyms.isEmpty else { return }
    for (key, entry) in entries where entry.kind != .person && SemanticAnalysis.isMultiword(key) {
      guard let initials = Self.initials(key), let acronym = acronyms[initials] else { continue }
      union(key, acronym)
    }
  }

  /// "UN" of "UN" and "U.N.": a name of two to six characters, all capitals or dots, without its dots.
  private static func acronymLetters(_ key: String) -> String? {
    // In printable ASCII a byte is a character, and the capitals are A–Z: the bytes answer without character
    // breaking and Unicode properties, which cost more than the rest of the merge.
    if isPrintableASCII(key) {
      let bytes = key.utf8
      guard bytes.count >= 2, bytes.count <= 6, bytes.allSatisfy({ isASCIIUppercase($0) || $0 == 0x2E }) else {
        return nil
      }
      return String(key.filter { $0 != "." })
    }
    guard key.count >= 2, key.count <= 6, key.allSatisfy({ $0.isUppercase || $0 == "." }) else { return nil }
    return key.filter { $0 != "." }
  }

  /// The first letters of a name's capitalised words, "United Nations" → "UN"; nil for fewer than two.
  private static func initials(_ key: String) -> String? {
    if isPrintableASCII(key) {
      let firsts = key.utf8.split(separator: 0x20).compactMap(\.first).filter(isASCIIUppercase)
      return firsts.count >= 2 ? String(decoding: firsts, as: UTF8.self) : nil
    }
    let firsts = key.split(separator: " ").filter { $0.first?.isUppercase == true }.compactMap(\.first)
    return firsts.count >= 2 ? String(firsts) : nil
  }

  private static func isPrintableASCII(_ key: String) -> Bool { key.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }

  /// Every key's canonical name: a dictionary name where the group has one, else its most used full form.
  mutating func canonicalNames() -> [String: String] {
    var groups: [String: [String]] = [:]
    for key in entries.keys { groups[root(key), default: []].append(key) }
    var names: [String: String] = [:]
    for (_, keys) in groups {
      let best = keys.max { first, second in
        let a = entries[first]!
        let b = entries[second]!
        // A dictionary name first, then a full name over a surname, then the form written most, then mixed case
        // over capitals ("Vladimir Putin" over "VLADIMIR PUTIN").
        let rankA = (
          a.canonical ? 1 : 0, SemanticAnalysis.isMultiword(first) ? 1 : 0, a.count,
          SemanticAnalysis.isInCapitals(first) ? 0 : 1
        )
        let rankB = (
          b.canonical ? 1 : 0, SemanticAnalysis.isMultiword(second) ? 1 : 0, b.count,
          SemanticAnalysis.isInCapitals(second) ? 0 : 1
        )
        if rankA != rankB { return rankA < rankB }
        return first > second
      }!
      for key in keys { names[key] = best }
    }
    return names
  }

  static func fold(_ name: String) -> String { Entity.foldedName(name) }

  static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    if a == b { return true }
    if abs(a.count - b.count) > 1 { return false }
    var i = 0
    var j = 0
    var edits = 0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        i += 1
        j += 1
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if a.count > b.count {
        i += 1
      } else if b.count > a.count {
        j += 1
      } else {
        i += 1
        j += 1
      }
    }
    return edits + (a.count - i) + (b.count - j) <= 1
  }
}
