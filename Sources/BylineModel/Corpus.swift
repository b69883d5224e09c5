/// All articles read from the inputs, plus the files that could not be read.
public struct Corpus: Sendable {
  public var articles: [Article]
  public var skipped: [SkippedFile]

  public init(articles: [Article] = [], skipped: [SkippedFile] = []) {
    self.articles = articles
    self.skipped = skipped
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
