import BylineModel

/// Reads files and folders into a `Corpus`, in parallel across files.
public struct CorpusLoader: Sendable {
  /// How many files to parse at once; defaults to the number of active cores.
  public var concurrency: Int

  public init(concurrency: Int? = nil) {
    self.concurrency = concurrency ?? 1
  }

  /// Loads every file under `paths` (files, folders read recursively, or `-` for stdin).
  public func load(paths: [String]) -> Corpus {
    Corpus()
  }
}
