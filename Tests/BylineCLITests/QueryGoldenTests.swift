import Foundation
import Testing

/// The shared seed corpus, `../shared/seeds` beside the project, which the query goldens run on.
enum Seeds {
  static let folder = CommandLineTests.projectRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")

  /// Whether the seeds are here; under CI their absence is a failure, not a skip, so that a missing corpus cannot
  /// pass for a green run.
  static func present() -> Bool {
    if FileManager.default.fileExists(atPath: folder.appendingPathComponent("gold").path) { return true }
    if ProcessInfo.processInfo.environment["CI"] == "true" {
      Issue.record("../shared/seeds is missing at \(folder.path); CI must have it beside the project")
    } else {
      print("skipping the seed queries: \(folder.path) not found")
    }
    return false
  }

  /// `byline -q -c QUERY ../shared/seeds` with more arguments after it.
  static func query(_ query: String, _ arguments: [String] = []) throws -> CommandLineTests.Run {
    try CommandLineTests.run(["-q", "-c", query, folder.path] + arguments)
  }
}

// Golden files for queries on the seeds, run end to end through the binary: `Golden/queries/NAME.byline` holds a
// script (its `#` comments say why the answer is right, from the gold annotation), `NAME.out` the exact TSV that
// `byline -q -c "$(cat NAME.byline)" ../shared/seeds --format tsv` prints. `BYLINE_UPDATE_GOLDEN=1 swift test
// --filter QueryGoldenTests` rewrites the `.out` files in the source tree; check every change against the gold
// before committing.
@Suite struct QueryGoldenTests {
  static let isUpdating = ProcessInfo.processInfo.environment["BYLINE_UPDATE_GOLDEN"] == "1"
  static let bundleFolder = Bundle.module.resourceURL?.appendingPathComponent("Golden/queries")
  static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/queries")
  /// The source tree when updating (a new query need not have been copied into the bundle yet), else the bundle.
  static var folder: URL? { isUpdating ? sourceFolder : bundleFolder }

  static let goldens: [String] = {
    guard let folder else { return [] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".byline") }.sorted()
  }()

  @Test func everySpecExampleHasAGolden() {
    // The thirteen statements of SPEC §2's examples, the `let` pair in one golden.
    #expect(Self.goldens.filter { $0.hasPrefix("spec-") }.count == 12)
    #expect(Self.goldens.count >= 20)
  }

  @Test(arguments: goldens)
  func queryOutputMatchesGolden(_ name: String) throws {
    guard Seeds.present() else { return }
    let folder = try #require(Self.folder)
    let query = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    let run = try Seeds.query(query, ["--format", "tsv"])
    #expect(run.status == 0, "\(name): \(run.stderr)")
    #expect(!run.stdout.isEmpty)
    let expectedName = String(name.dropLast(".byline".count)) + ".out"
    if Self.isUpdating {
      try Data(run.stdout.utf8).write(to: Self.sourceFolder.appendingPathComponent(expectedName))
      return
    }
    let expected = try? String(contentsOf: folder.appendingPathComponent(expectedName), encoding: .utf8)
    #expect(expected == run.stdout, "\(expectedName) differs; BYLINE_UPDATE_GOLDEN=1 rewrites it")
  }
}
