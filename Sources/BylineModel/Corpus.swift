/// All articles read from the inputs, plus the files that could not be read.
public struct Corpus: Sendable {
  public var articles: [Article]
  public var skipped: [SkippedFile]
  /// Files inside corpus folders that are not text pages (`.json`, `.py`, `.md` beside the articles).
  public var ignored: [String]
  /// The distinct entities the articles mention, most mentioned first.
  public var entities: [Entity]

  public init(
    articles: [Article] = [], skipped: [SkippedFile] = [], ignored: [String] = [], entities: [Entity] = []
  ) {
    self.articles = articles
    self.skipped = skipped
    self.ignored = ignored
    self.entities = entities
  }
}

/// An input that did not become an article, and why.
public struct SkippedFile: Sendable, Hashable {
  public var path: String
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
}
