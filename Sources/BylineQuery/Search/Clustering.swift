/// Groups near-identical statements: the same quote carried by several outlets with small changes of wording.
///
/// Each text becomes the set of its content words (folded as search folds them, English function words left
/// out unless nothing else is left). Then, in time near-linear in the number of texts:
/// 1. texts with the same set join;
/// 2. MinHash/LSH (see `MinHash`) proposes pairs of sets, and a pair joins when they share at least three
///    words, their overlap coefficient |A ∩ B| / min(|A|, |B|) reaches the threshold, and their Jaccard index
///    reaches half of it. Overlap first, because outlets trim and rephrase: the two versions of Blinken's
///    "desperate" remark share 6 of their 11 and 12 content words (overlap 0.55, Jaccard 0.35); the Jaccard
///    floor stops a short statement joining a long one that merely uses the same names;
/// 3. a short text (at most 6 content words) still alone joins the smallest longer text, of at most
///    max(8, 4 × its size) words, that holds all its words (3 words or fewer) or at least `threshold` of them
///    and three: Kim's "alliance" joins "a new, high level of alliance". It joins one text only, so a
///    word quoted alone never bridges two unrelated statements.
public enum Clustering {
  /// The default of `cluster`: see the type's comment for what it is a share of.
  public static let defaultThreshold = 0.5
  /// The most content words a text may have to join a longer one by containment alone.
  static let shortText = 6

  /// Groups of indices into `texts`, each with its representative first.
  ///
  /// The representative is the longest member (the earliest of equals), the rest follow ascending; every text
  /// is in exactly one group, alone if nothing is like it. Groups come
  /// largest first, then by the number of distinct `articles` (parallel to `texts`) they span, then by their
  /// earliest member.
  public static func clusters(of texts: [String], articles: [Int], threshold: Double = defaultThreshold) -> [[Int]] {
    let threshold = min(max(threshold, 0.01), 1)
    let sets = texts.map(features(of:))
    var groups = UnionFind(count: texts.count)

    // 1. Equal sets.
    var firstWithSet: [[UInt64]: Int] = [:]
    var distinct: [Int] = []
    var equalCounts: [Int: Int] = [:]
    for (index, set) in sets.enumerated() {
      if let first = firstWithSet[set] {
        groups.union(first, index)
        equalCounts[first, default: 1] += 1
      } else {
        equalCounts[index] = 1
        firstWithSet[set] = index
        distinct.append(index)
      }
    }

    // 2. Similar sets, proposed by LSH and checked exactly.
    let signatures = distinct.map { MinHash.signature(of: sets[$0]) }
    MinHash.candidatePairs(signatures) { first, second in
      let (a, b) = (distinct[first], distinct[second])
      guard groups.find(a) != groups.find(b) else { return }
      let shared = Double(sharedCount(sets[a], sets[b]))
      let smaller = Double(min(sets[a].count, sets[b].count))
      let union = Double(sets[a].count + sets[b].count) - shared
      if shared >= 3, shared >= threshold * smaller, shared >= threshold / 2 * union { groups.union(a, b) }
    }

    // 3. Short texts still alone, into the smallest text that contains them.
    attachShortTexts(sets: sets, distinct: distinct, equalCounts: equalCounts, threshold: threshold, groups: &groups)

    var members: [Int: [Int]] = [:]
    for index in texts.indices { members[groups.find(index), default: []].append(index) }
    var result: [(members: [Int], articles: Int)] = members.values.map { group in
      let representative = group.max { (texts[$0].utf8.count, -$0) < (texts[$1].utf8.count, -$1) } ?? group[0]
      let ordered = [representative] + group.filter { $0 != representative }
      let spanned = Set(group.map { articles.indices.contains($0) ? articles[$0] : -1 - $0 }).count
      return (ordered, spanned)
    }
    result.sort { left, right in
      if left.members.count != right.members.count { return left.members.count > right.members.count }
      if left.articles != right.articles { return left.articles > right.articles }
      return (left.members.min() ?? 0) < (right.members.min() ?? 0)
    }
    return result.map(\.members)
  }

  private static func attachShortTexts(
    sets: [[UInt64]], distinct: [Int], equalCounts: [Int: Int], threshold: Double, groups: inout UnionFind
  ) {
    var postings: [UInt64: [Int32]] = [:]
    for index in distinct where sets[index].count <= 4 * shortText {
      for feature in sets[index] { postings[feature, default: []].append(Int32(index)) }
    }
    for index in distinct.sorted(by: { (sets[$0].count, $0) < (sets[$1].count, $1) }) {
      let set = sets[index]
      // Only a text that has joined nothing but its equals; one already grouped keeps its group.
      guard !set.isEmpty, set.count <= shortText, groups.size(of: index) == equalCounts[index] else { continue }
      let needed = set.count <= 3 ? set.count : max(3, Int((threshold * Double(set.count)).rounded(.up)))
      // A text sharing `needed` words shares one of the `count - needed + 1` rarest: only their holders can qualify.
      let rarest = set.sorted { (postings[$0]?.count ?? 0, $0) < (postings[$1]?.count ?? 0, $1) }
      var best: (index: Int, size: Int)?
      for feature in rarest.prefix(set.count - needed + 1) {
        for holder in (postings[feature] ?? []).prefix(4096) {
          let other = Int(holder)
          let size = sets[other].count
          guard size > set.count, size <= max(8, 4 * set.count), sharedCount(set, sets[other]) >= needed else {
            continue
          }
          if (size, other) < (best?.size ?? Int.max, best?.index ?? Int.max) { best = (other, size) }
        }
      }
      if let best { groups.union(best.index, index) }
    }
  }

  /// The number of elements two ascending arrays share.
  static func sharedCount(_ left: [UInt64], _ right: [UInt64]) -> Int {
    var shared = 0
    forEachCommonElement(left, right) { _ in shared += 1 }
    return shared
  }

  /// The hashed content words of a text, ascending and distinct, with each hyphenated compound also written
  /// whole, so that "co-operation" meets "cooperation" and "military-technical" meets "military technical".
  static func features(of text: String) -> [UInt64] {
    var terms = TermFolding.terms(in: text)
    let ranges = TermFolding.termRanges(in: text)
    let bytes = Array(text.utf8)
    for index in ranges.indices.dropFirst() {
      let gap = bytes[ranges[index - 1].upperBound..<ranges[index].lowerBound]
      if gap.elementsEqual("-".utf8) || gap.elementsEqual("\u{2010}".utf8) || gap.elementsEqual("\u{2011}".utf8) {
        terms.append(terms[index - 1] + terms[index])
      }
    }
    let content = terms.filter { !stopWords.contains($0) }
    var hashes = (content.isEmpty ? terms : content).map { term in
      term.utf8.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
    hashes.sort()
    var unique: [UInt64] = []
    for hash in hashes where unique.last != hash { unique.append(hash) }
    return unique
  }

  /// English function words, which say nothing about which statement a text is.
  static let stopWords: Set<String> = [
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being", "but",
    "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how",
    "i", "if", "in", "into", "is", "it", "its", "may", "might", "more", "most", "my", "no", "not", "of", "on",
    "one", "or", "our", "own", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "to", "us", "very", "was", "we", "were", "what", "when",
    "where", "which", "while", "who", "will", "with", "would", "you", "your",
  ]
}

/// Disjoint sets over `0..<count`, with path halving and union by size.
struct UnionFind {
  private var parents: [Int]
  private var sizes: [Int]

  init(count: Int) {
    parents = Array(0..<count)
    sizes = [Int](repeating: 1, count: count)
  }

  mutating func find(_ element: Int) -> Int {
    var element = element
    while parents[element] != element {
      parents[element] = parents[parents[element]]
      element = parents[element]
    }
    return element
  }

  mutating func size(of element: Int) -> Int { sizes[find(element)] }

  mutating func union(_ first: Int, _ second: Int) {
    var (a, b) = (find(first), find(second))
    guard a != b else { return }
    if sizes[a] < sizes[b] { swap(&a, &b) }
    parents[b] = a
    sizes[a] += sizes[b]
  }
}
