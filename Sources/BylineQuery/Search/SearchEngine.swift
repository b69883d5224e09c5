import BylineModel

/// Runs `search` queries against a `SearchIndex`.
///
/// Semantics, each a decision:
/// - A document is a body sentence: bare words must all occur in one sentence (AND is implied).
/// - A phrase matches consecutive terms; `*` at its end makes the last word a prefix. A query word that folds to
///   several terms (`Jong-un`, `U.S.`, `北朝鮮`) is a phrase of them.
/// - `a NEAR/k b`: an occurrence of `a` and one of `b`, in either order, not overlapping, whose nearest words are
///   at most `k` positions apart (`k - 1` words between). `NEAR/0` is an error: use a phrase.
/// - `NOT x` only subtracts: from the sentences its AND-siblings match. A query, an OR branch or a NEAR side
///   that is only `NOT x` is an error, so a search never returns the whole corpus by accident. There are no stop
///   words, so a search for `the` is an ordinary (large) search.
/// - `speaker:` matches sentences holding part of a quote whose speaker's canonical name or one of its aliases
///   matches the value as a search (`speaker:Putin` finds "Vladimir Putin"'s quotes); `source:` the article's
///   source likewise; `kind:` the block kind (`heading`, `paragraph`, `list_item`, `caption`).
/// - Score: BM25 with sentences as documents, `k1` 1.2 and `b` 0.75, summed over the query's positive words and
///   phrases (a phrase or a prefix counts as one term, with its own document frequency); terms under NOT and
///   field scopes add nothing.
public struct SearchEngine: Sendable {
  public let index: SearchIndex

  /// BM25's term-frequency saturation.
  public static let k1 = 1.2
  /// BM25's length normalisation.
  public static let b = 0.75
  /// How many vocabulary terms one prefix may stand for before the search is refused.
  public static let maximumExpansions = 10_000
  /// How many words a phrase may have.
  public static let maximumPhraseLength = 1_000
  /// How deeply a query may nest; the parser already stops at 256.
  static let maximumDepth = 1_000

  public init(index: SearchIndex) {
    self.index = index
  }

  /// The sentences matching `query`, ordered by article, then sentence.
  ///
  /// `corpus` must be the one the index was built from: the index keeps numbers into it, not its text.
  public func hits(for query: SearchQuery, in corpus: IndexedCorpus) throws(SearchError) -> [SearchHit] {
    var evaluation = QueryEvaluation(index: index, corpus: corpus)
    let matches = try evaluation.evaluate(query, depth: 0, scoring: true)
    let documents = Occurrences.documents(of: matches)
    let scores = evaluation.scores(of: documents)
    var hits: [SearchHit] = []
    hits.reserveCapacity(documents.count)
    var cursor = 0
    for (number, document) in documents.enumerated() {
      var positions: [Range<Int>] = []
      while cursor < matches.count, Occurrences.document(matches[cursor]) == document {
        let occurrence = matches[cursor]
        if Occurrences.length(occurrence) > 0 {
          let start = Occurrences.start(occurrence)
          positions.append(start..<start + Occurrences.length(occurrence))
        }
        cursor += 1
      }
      let article = index.article(ofDocument: document)
      let sentence = index.sentence(ofDocument: document)
      let spans = Self.spans(of: positions, article: corpus.corpus.articles[article], sentence: sentence)
      hits.append(SearchHit(article: article, sentence: sentence, spans: spans, score: scores[number]))
    }
    return hits
  }

  /// The byte ranges in the article's text of token positions of one sentence, merged where they overlap.
  static func spans(of positions: [Range<Int>], article: Article, sentence: Int) -> [Range<Int>] {
    let sentenceRange = article.sentences[sentence].range
    guard let last = positions.map(\.upperBound).max() else { return [sentenceRange] }
    var tokens: [Range<Int>] = []
    tokens.reserveCapacity(last)
    var text = article.text
    text.withUTF8 { body in
      let lower = min(max(0, sentenceRange.lowerBound), body.count)
      let upper = min(max(lower, sentenceRange.upperBound), body.count)
      TermFolding.forEachTerm(in: UnsafeBufferPointer(rebasing: body[lower..<upper])) { range, _ in
        if tokens.count < last { tokens.append(range.lowerBound + lower..<range.upperBound + lower) }
      }
    }
    var spans: [Range<Int>] = []
    for position in positions.sorted(by: { $0.lowerBound < $1.lowerBound }) where position.upperBound <= tokens.count {
      let span = tokens[position.lowerBound].lowerBound..<tokens[position.upperBound - 1].upperBound
      if let previous = spans.last, span.lowerBound <= previous.upperBound {
        spans[spans.count - 1] = previous.lowerBound..<max(previous.upperBound, span.upperBound)
      } else {
        spans.append(span)
      }
    }
    return spans.isEmpty ? [sentenceRange] : spans
  }
}

/// Occurrences packed in a `UInt64` each: document (32 bits), start position (16), length in terms (16).
///
/// Sorting and merging them is then sorting integers. Length 0 marks a sentence matched by a field scope alone.
enum Occurrences {
  @inline(__always) static func make(document: Int32, start: Int, length: Int) -> UInt64 {
    UInt64(UInt32(bitPattern: document)) << 32 | UInt64(start) << 16 | UInt64(length)
  }

  @inline(__always) static func document(_ occurrence: UInt64) -> Int32 { Int32(truncatingIfNeeded: occurrence >> 32) }
  @inline(__always) static func start(_ occurrence: UInt64) -> Int { Int((occurrence >> 16) & 0xFFFF) }
  @inline(__always) static func length(_ occurrence: UInt64) -> Int { Int(occurrence & 0xFFFF) }

  /// The distinct documents of sorted occurrences, ascending.
  static func documents(of occurrences: [UInt64]) -> [Int32] {
    var documents: [Int32] = []
    for occurrence in occurrences {
      let document = document(occurrence)
      if documents.last != document { documents.append(document) }
    }
    return documents
  }

  /// Sorted and without repeats.
  static func normalized(_ occurrences: [UInt64]) -> [UInt64] {
    var sorted = occurrences
    sorted.sort()
    var unique: [UInt64] = []
    unique.reserveCapacity(sorted.count)
    for occurrence in sorted where unique.last != occurrence { unique.append(occurrence) }
    return unique
  }

  /// The occurrences whose document is (or, with `keeping: false`, is not) in `documents` (ascending).
  static func filter(_ occurrences: [UInt64], documents: [Int32], keeping: Bool) -> [UInt64] {
    var result: [UInt64] = []
    var cursor = 0
    for occurrence in occurrences {
      let document = document(occurrence)
      while cursor < documents.count, documents[cursor] < document { cursor += 1 }
      let present = cursor < documents.count && documents[cursor] == document
      if present == keeping { result.append(occurrence) }
    }
    return result
  }

  /// The intersection of ascending document lists.
  static func intersection(_ left: [Int32], _ right: [Int32]) -> [Int32] {
    var result: [Int32] = []
    forEachCommonElement(left, right) { result.append($0) }
    return result
  }
}
