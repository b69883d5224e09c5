import BylineIngest
import BylineModel
import BylineQuery
import Foundation
import Testing

/// The five shared seed articles, loaded once with `BylineIngest` and indexed for search.
enum SeedCorpus {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")

  static let indexed: IndexedCorpus = IndexedCorpus(CorpusLoader().load(paths: [folder.path]))
  static let index = SearchIndex(indexed)
  static let engine = SearchEngine(index: index)

  /// Whether the seeds are here; under CI (`CI=true`) their absence is a failure, not a skip.
  static func present() -> Bool {
    if FileManager.default.fileExists(atPath: folder.appendingPathComponent("gold").path) { return true }
    if ProcessInfo.processInfo.environment["CI"] == "true" {
      Issue.record("../shared/seeds is missing at \(folder.path); CI must have it beside the project")
    } else {
      print("skipping seed search tests: \(folder.path) not found")
    }
    return false
  }

  /// The hits of a query written as after `search`.
  static func hits(_ query: String) throws -> [SearchHit] {
    try engine.hits(for: SearchTestSupport.query(query), in: indexed)
  }
}
