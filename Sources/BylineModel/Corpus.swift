/// All articles read from the inputs, plus the files that could not be read.
public struct Corpus: Sendable {
  public var articles: [Article]
  public var skipped: [SkippedFile]
  /// Files inside corpus folders that are not text pages (`.json`, `.py`, `.md` beside the articles).
  public var ignored: [String]

  public init(articles: [Article] = [], skipped: [SkippedFile] = [], ignored: [String] = []) {
    self.articles = articles
    self.skipped = skipped
    self.ignored = ignored
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
