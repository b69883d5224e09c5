import BylineModel

/// A row of a collection as two indices into the corpus, so that streaming rows allocates nothing and a field
/// is read only when a query asks for it.
public struct CollectionRow: Hashable, Sendable {
  /// Index in `Corpus.articles`; -1 for rows of `entities`.
  public var article: Int32
  /// Index in the array the collection reads: `Corpus.articles` for articles, `Corpus.entities` for entities,
  /// the article's `blocks`, `sentences`, `quotes`, … for the others.
  public var element: Int32

  public init(article: Int, element: Int) {
    self.article = Int32(truncatingIfNeeded: article)
    self.element = Int32(truncatingIfNeeded: element)
  }

  /// The row of `articles` for the article at `index`.
  public static func article(_ index: Int) -> CollectionRow { CollectionRow(article: index, element: index) }

  /// The row of `entities` for the entity at `index`.
  public static func entity(_ index: Int) -> CollectionRow { CollectionRow(article: -1, element: index) }

  var articleIndex: Int { Int(article) }
  var elementIndex: Int { Int(element) }
}

/// The rows of one collection, streamed: each is two indices, computed as the iteration goes.
public struct CollectionRows: Sequence, Sendable {
  /// Where a collection's rows come from.
  enum Shape: Sendable {
    case articles
    case entities
    /// So many rows per article, read from its arrays.
    case perArticle(@Sendable (Article) -> Int)
  }

  let corpus: Corpus
  let articles: Range<Int>
  let shape: Shape

  /// Steps through the rows; the article's row count is read once per article, not per row.
  public struct Iterator: IteratorProtocol {
    private let rows: CollectionRows
    private var article: Int
    private var element = 0
    private var count = 0

    init(_ rows: CollectionRows) {
      self.rows = rows
      article = rows.articles.lowerBound - 1
    }

    public mutating func next() -> CollectionRow? {
      switch rows.shape {
      case .articles:
        article += 1
        return article < rows.articles.upperBound ? .article(article) : nil
      case .entities:
        guard element < rows.corpus.entities.count else { return nil }
        defer { element += 1 }
        return .entity(element)
      case .perArticle(let rowCount):
        while element == count {
          article += 1
          guard article < rows.articles.upperBound else { return nil }
          element = 0
          count = rowCount(rows.corpus.articles[article])
        }
        defer { element += 1 }
        return CollectionRow(article: article, element: element)
      }
    }
  }

  public func makeIterator() -> Iterator { Iterator(self) }
}
