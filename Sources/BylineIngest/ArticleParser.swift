import BylineModel

/// Turns the bytes of one scraped page into an `Article`.
public enum ArticleParser {
  /// Parses one file's bytes. Throws `IngestError` when the bytes are not text at all.
  public static func parse(bytes: [UInt8], id: String, path: String) throws(IngestError) -> Article {
    Article(id: id, path: path)
  }
}

/// Why an input did not become an article.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
  case empty
  case binary
  case unreadable(String)

  public var description: String {
    switch self {
    case .empty: return "empty file"
    case .binary: return "binary file (contains NUL bytes)"
    case .unreadable(let why): return why
    }
  }
}
