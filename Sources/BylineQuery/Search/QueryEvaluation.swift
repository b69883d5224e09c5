import BylineModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#else
  import Darwin
#endif

/// One run of a search query: evaluates the tree bottom-up into sorted occurrence lists (see `Occurrences`) and
/// keeps the positive words and phrases for scoring.
struct QueryEvaluation {
  let index: SearchIndex
  let corpus: IndexedCorpus
  /// The occurrences of each scored word or phrase.
  private var scoredTerms: [[UInt64]] = []

  init(index: SearchIndex, corpus: IndexedCorpus) {
    self.index = index
    self.corpus = corpus
  }

  mutating func evaluate(_ query: SearchQuery, depth: Int, scoring: Bool) throws(SearchError) -> [UInt64] {
    guard depth < SearchEngine.maximumDepth else {
      throw SearchError("search query nested too deeply", at: query.range, help: "split it into simpler searches")
    }
    switch query.kind {
    case .word(let text, let prefix), .phrase(let text, let prefix):
      let terms = try Self.terms(of: text, prefix: prefix, at: query.range)
      let matches = try phrase(terms, prefix: prefix, at: query.range)
      if scoring { scoredTerms.append(matches) }
      return matches
    case .and(let operands):
      return try conjunction(operands, at: query.range, depth: depth, scoring: scoring)
    case .or(let operands):
      var all: [UInt64] = []
      for operand in operands {
        if case .not = operand.kind {
          throw SearchError(
            "'NOT' cannot be an alternative of 'OR': it would match almost every sentence", at: operand.range,
            help: "exclude after the alternatives instead: (a OR b) NOT c")
        }
        all += try evaluate(operand, depth: depth + 1, scoring: scoring)
      }
      return Occurrences.normalized(all)
    case .not:
      throw SearchError(
        "a search cannot be only 'NOT …': it would match every other sentence", at: query.range,
        help: "add a word to find, as in: sanctions NOT Russia")
    case .near(let left, let right, let distance):
      guard distance >= 1 else {
        throw SearchError(
          "'NEAR/\(distance)' needs a distance of at least 1", at: query.range,
          help: "for words side by side, search for the phrase: \"a b\"")
      }
      let first = try positional(evaluate(left, depth: depth + 1, scoring: scoring), operand: left)
      let second = try positional(evaluate(right, depth: depth + 1, scoring: scoring), operand: right)
      let limit = min(distance, SearchIndex.maximumPosition)
      return Occurrences.normalized(
        Proximity.participants(first, near: second, within: limit)
          + Proximity.participants(second, near: first, within: limit))
    case .field(let name, let value):
      let scope = FieldScope(index: index, corpus: corpus)
      let documents = try scope.documents(field: name, value: value, depth: depth + 1)
      return documents.map { Occurrences.make(document: $0, start: 0, length: 0) }
    }
  }

  /// The occurrences that have positions, or an error naming the side of NEAR that has none.
  private func positional(_ occurrences: [UInt64], operand: SearchQuery) throws(SearchError) -> [UInt64] {
    let positioned = occurrences.filter { Occurrences.length($0) > 0 }
    if positioned.isEmpty, case .field = operand.kind {
      throw SearchError(
        "'NEAR' needs words or phrases on both sides, not a field scope", at: operand.range,
        help: "scope the whole search instead: (a NEAR/5 b) source:CNBC")
    }
    return positioned
  }

  private mutating func conjunction(
    _ operands: [SearchQuery], at range: SourceRange, depth: Int, scoring: Bool
  ) throws(SearchError) -> [UInt64] {
    var positives: [SearchQuery] = []
    var negatives: [SearchQuery] = []
    for operand in operands {
      var operand = operand
      var negated = false
      while case .not(let inner) = operand.kind {
        operand = inner
        negated.toggle()
      }
      if negated { negatives.append(operand) } else { positives.append(operand) }
    }
    guard !positives.isEmpty else {
      throw SearchError(
        "a search cannot be only 'NOT …': it would match every other sentence", at: range,
        help: "add a word to find, as in: sanctions NOT Russia")
    }
    var lists: [[UInt64]] = []
    for positive in positives { lists.append(try evaluate(positive, depth: depth + 1, scoring: scoring)) }
    var documents = lists.map(Occurrences.documents(of:)).sorted { $0.count < $1.count }
    var common = documents.removeFirst()
    for other in documents where !common.isEmpty { common = Occurrences.intersection(common, other) }
    for negative in negatives where !common.isEmpty {
      let excluded = Occurrences.documents(of: try evaluate(negative, depth: depth + 1, scoring: false))
      common = Occurrences.filter(
        common.map { Occurrences.make(document: $0, start: 0, length: 0) }, documents: excluded, keeping: false
      ).map(Occurrences.document)
    }
    var all: [UInt64] = []
    for list in lists { all += Occurrences.filter(list, documents: common, keeping: true) }
    return Occurrences.normalized(all)
  }

  /// The folded terms of a query word or phrase, or an error when it has none to search for.
  static func terms(of text: String, prefix: Bool, at range: SourceRange) throws(SearchError) -> [[UInt8]] {
    let terms = TermFolding.terms(in: text).map { Array($0.utf8) }
    guard !terms.isEmpty else {
      if prefix && text.allSatisfy(\.isWhitespace) {
        throw SearchError(
          "'*' alone would match every word", at: range, help: "put the start of a word before it: sanction*")
      }
      throw SearchError(
        "'\(text.count > 40 ? String(text.prefix(40)) + "…" : text)' has no letters or digits to search for",
        at: range)
    }
    guard terms.count <= SearchEngine.maximumPhraseLength else {
      throw SearchError(
        "a phrase of \(terms.count) words is longer than the \(SearchEngine.maximumPhraseLength) allowed",
        at: range, help: "search for a shorter, distinctive part of it")
    }
    return terms
  }

  /// Occurrences of consecutive terms, the last a prefix if `prefix`.
  private func phrase(_ terms: [[UInt8]], prefix: Bool, at range: SourceRange) throws(SearchError) -> [UInt64] {
    var candidates = try postings(terms[0], prefix: prefix && terms.count == 1, at: range)
    for offset in 1..<max(1, terms.count) where !candidates.isEmpty {
      let next = try postings(terms[offset], prefix: prefix && offset == terms.count - 1, at: range)
      var kept: [UInt64] = []
      var cursor = 0
      for candidate in candidates {
        let position = Int(candidate & 0xFFFF) + offset
        guard position <= SearchIndex.maximumPosition else { continue }
        let wanted = candidate + UInt64(offset)
        while cursor < next.count, next[cursor] < wanted { cursor += 1 }
        if cursor < next.count, next[cursor] == wanted { kept.append(candidate) }
      }
      candidates = kept
    }
    let length = UInt64(terms.count)
    return candidates.map { posting in
      Occurrences.make(document: Int32(truncatingIfNeeded: posting >> 16), start: Int(posting & 0xFFFF), length: 0)
        | length
    }
  }

  /// The postings of a term or of every term it starts, as `document << 16 | position`, ascending.
  private func postings(_ term: [UInt8], prefix: Bool, at range: SourceRange) throws(SearchError) -> [UInt64] {
    let terms: Range<Int>
    if prefix {
      terms = index.terms(withPrefix: term)
      guard terms.count <= SearchEngine.maximumExpansions else {
        throw SearchError(
          "'\(String(decoding: term, as: UTF8.self))*' stands for \(terms.count) different words, more than the "
            + "\(SearchEngine.maximumExpansions) allowed", at: range, help: "make the prefix longer")
      }
    } else {
      guard let found = index.term(term) else { return [] }
      terms = found..<found + 1
    }
    var result: [UInt64] = []
    for term in terms {
      for posting in index.postings(of: term) {
        result.append(
          UInt64(UInt32(bitPattern: index.postingDocuments[posting])) << 16 | UInt64(index.postingPositions[posting]))
      }
    }
    if terms.count > 1 { result.sort() }
    return result
  }

  /// BM25 of each document (ascending, as the hits) over the scored words and phrases.
  func scores(of documents: [Int32]) -> [Double] {
    var scores = [Double](repeating: 0, count: documents.count)
    let count = Double(index.documentCount)
    for occurrences in scoredTerms {
      let frequencies = Self.frequencies(occurrences)
      let documentFrequency = Double(frequencies.count)
      let idf = log(1 + (count - documentFrequency + 0.5) / (documentFrequency + 0.5))
      for (document, frequency) in frequencies {
        guard let slot = Self.position(of: document, in: documents) else { continue }
        let length = Double(index.documentLengths[Int(document)])
        let tf = Double(frequency)
        let norm = SearchEngine.k1 * (1 - SearchEngine.b + SearchEngine.b * length / index.averageDocumentLength)
        scores[slot] += idf * tf * (SearchEngine.k1 + 1) / (tf + norm)
      }
    }
    return scores
  }

  private static func frequencies(_ occurrences: [UInt64]) -> [(Int32, Int)] {
    var result: [(Int32, Int)] = []
    for occurrence in occurrences {
      let document = Occurrences.document(occurrence)
      if let last = result.last, last.0 == document {
        result[result.count - 1].1 += 1
      } else {
        result.append((document, 1))
      }
    }
    return result
  }

  private static func position(of document: Int32, in documents: [Int32]) -> Int? {
    var low = 0
    var high = documents.count
    while low < high {
      let middle = (low + high) / 2
      if documents[middle] < document { low = middle + 1 } else { high = middle }
    }
    return low < documents.count && documents[low] == document ? low : nil
  }
}
