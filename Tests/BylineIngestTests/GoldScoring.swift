import BylineIngest
import BylineModel
import BylineOutput
import Foundation
import Testing

/// Parses a folder of pages and scores the result with the gold scorer of `../shared/seeds/gold/score.py`,
/// the one definition of the metrics.
enum GoldScoring {
  /// The project root, found from this file's place in `Tests/BylineIngestTests/`.
  static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let seeds = projectRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
  static let scorer = seeds.appendingPathComponent("gold/score.py")
  static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

  /// Whether the shared seeds are here; under CI their absence is a failure, not a skip.
  static func sharedSeedsPresent() -> Bool {
    if FileManager.default.fileExists(atPath: scorer.path) { return true }
    if isCI {
      Issue.record("../shared/seeds is missing at \(seeds.path); CI must have it beside the project")
    } else {
      print("skipping gold scoring: \(seeds.path) not found")
    }
    return false
  }

  /// The scorer's figures for every `.txt` in `pages` against the gold in `gold`.
  static func score(pages: URL, gold: URL, label: String) throws -> [String: Any] {
    let corpus = CorpusLoader().load(paths: [pages.path])
    #expect(corpus.skipped.isEmpty, "skipped: \(corpus.skipped)")
    var jsonLines: [UInt8] = []
    for article in corpus.articles {
      jsonLines += ArticleExport.jsonLine(article)
      jsonLines.append(0x0A)
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("byline-gold-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let predictions = scratch.appendingPathComponent("predictions.jsonl")
    let figures = scratch.appendingPathComponent("figures.json")
    try Data(jsonLines).write(to: predictions)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", scorer.path, predictions.path, "--gold", gold.path, "--json", figures.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let table = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "score.py failed")
    print("\n== \(label)\n" + String(decoding: table, as: UTF8.self))
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: figures))
    let overall = (object as? [String: Any])?["overall"] as? [String: Any]
    return try #require(overall, "score.py wrote no overall figures")
  }

  static func number(_ figures: [String: Any], _ path: String...) -> Double {
    var current: Any? = figures
    for key in path { current = (current as? [String: Any])?[key] }
    if let value = current as? Double { return value }
    if let value = current as? Int { return Double(value) }
    return .nan
  }
}
