/// One sentence that a search matched.
public struct SearchHit: Hashable, Sendable {
  /// Index into `corpus.articles`.
  public var article: Int
  /// Index into that article's `sentences`.
  public var sentence: Int
  /// UTF-8 byte ranges in `article.text` of the matched terms, in text order; the first is the hit.
  ///
  /// They never overlap. A sentence matched only through field scopes (`source:CNBC`) has its whole range.
  public var spans: [Range<Int>]
  /// BM25 of the sentence for the query's positive terms; see `SearchEngine`.
  public var score: Double

  public init(article: Int, sentence: Int, spans: [Range<Int>], score: Double) {
    self.article = article
    self.sentence = sentence
    self.spans = spans
    self.score = score
  }
}
