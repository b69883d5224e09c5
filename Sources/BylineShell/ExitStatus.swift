/// The process exit statuses of SPEC §3.
public enum ExitStatus: Int32, Error, Sendable {
  case success = 0
  /// A statement of the query or script failed (or, with `--keep-going`, at least one did).
  case queryFailed = 1
  case badCommandLine = 2
  /// Corpus paths were given and not one readable article was among them.
  case noArticles = 3
}
