import BylineModel
import BylineQuery
import Testing

/// Parsing search queries and reading hits back, for the search tests.
enum SearchTestSupport {
  struct NotASearch: Error, CustomStringConvertible {
    var description: String
  }

  /// The search query of `search <text>`; its ranges are offsets into `search <text>`.
  static func query(_ text: String) throws -> SearchQuery {
    let parsed = Parser.parse(SourceText("search " + text))
    guard parsed.diagnostics.isEmpty, let statement = parsed.statements.first,
      case .pipeline(let pipeline) = statement.kind, case .search(let query) = pipeline.source.kind
    else {
      throw NotASearch(description: "not a clean search: \(text) \(parsed.diagnostics.map(\.message))")
    }
    return query
  }

  /// The text of each span of a hit.
  static func spanTexts(_ hit: SearchHit, in corpus: IndexedCorpus) -> [String] {
    hit.spans.map { String(corpus.corpus.articles[hit.article].text(in: $0)) }
  }

  static func sentenceText(_ hit: SearchHit, in corpus: IndexedCorpus) -> String {
    let article = corpus.corpus.articles[hit.article]
    return String(article.text(of: article.sentences[hit.sentence]))
  }
}
