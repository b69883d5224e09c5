import Foundation
import Testing

/// Runs the built `byline` binary as a user would: modes, exit statuses, and what goes to stdout and stderr.
@Suite(.serialized) struct CommandLineTests {
  /// The `byline` executable beside this test bundle in the build products folder.
  static let binary: URL = {
    var folder = Bundle.main.bundleURL
    if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
    return folder.appendingPathComponent("byline")
  }()

  static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(
    _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil, executable: URL = binary
  ) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = projectRoot
    if let environment { process.environment = environment }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  @Test func binaryExists() {
    #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "\(Self.binary.path)")
  }

  @Test func exportWritesOneJSONObjectPerArticle() throws {
    let run = try Self.run(["export", "examples/corpus"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 12)
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["id"] is String)
      #expect(object?["blocks"] is [Any])
      #expect(object?["boilerplate"] is [Any])
    }
    // The Windows-1252 example is reported on stderr, not mixed into the JSON.
    #expect(run.stderr.contains("Windows-1252"))
  }

  @Test func exportCarriesTheSemanticLayer() throws {
    let run = try Self.run(["export", "examples/corpus"])
    let articles = try run.stdout.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
    let quotes = articles.flatMap { $0["quotes"] as? [[String: Any]] ?? [] }
    let mentions = articles.flatMap { $0["mentions"] as? [[String: Any]] ?? [] }
    #expect(!quotes.isEmpty)
    #expect(quotes.allSatisfy { ["full", "partial"].contains($0["kind"] as? String) })
    #expect(mentions.allSatisfy { ["person", "organization", "place"].contains($0["kind"] as? String) })
    #expect(articles.allSatisfy { $0["numbers"] is [Any] && $0["dates"] is [Any] })
  }

  @Test func exportEntitiesUnifiesSpellingsAcrossArticles() throws {
    let run = try Self.run(["export", "--entities", "examples/corpus"])
    #expect(run.status == 0)
    let entities = try run.stdout.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
    #expect(!entities.isEmpty)
    let names = entities.compactMap { $0["name"] as? String }
    #expect(Set(names).count == names.count, "each entity once")
    for entity in entities {
      let aliases = entity["aliases"] as? [String] ?? []
      #expect(aliases.contains(entity["name"] as? String ?? "") || !aliases.isEmpty)
      #expect((entity["articles"] as? Int ?? 0) <= (entity["mentions"] as? Int ?? 0))
    }
  }

  /// Every process hashes with a fresh seed, so runs that depended on dictionary order would differ.
  @Test func outputIsTheSameOnEveryRun() throws {
    for arguments in [["export", "examples/corpus"], ["export", "--entities", "examples/corpus"]] {
      let first = try Self.run(arguments).stdout
      #expect(!first.isEmpty)
      for _ in 0..<3 {
        #expect(try Self.run(arguments).stdout == first, "\(arguments) changed between runs")
      }
    }
  }

  @Test func summaryListsArticles() throws {
    let run = try Self.run(["summary", "examples/corpus", "--quiet"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("id\tdate\tsource"))
    #expect(run.stdout.split(separator: "\n").count == 13)
    #expect(run.stderr.isEmpty)
  }

  @Test func standardInputIsOneArticle() throws {
    let page =
      "Council approves budget\n\nThe council approved the budget on Tuesday after a long debate, officials said.\n"
    let run = try Self.run(["export", "-"], stdin: Data(page.utf8))
    #expect(run.status == 0)
    #expect(run.stdout.contains("\"title\":\"Council approves budget\""))
  }

  @Test func noReadableArticleExitsThree() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data().write(to: folder.appendingPathComponent("empty.txt"))
    let run = try Self.run(["export", folder.path])
    #expect(run.status == 3)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("empty file"))
  }

  @Test func missingFileIsReportedAndTheRestLoads() throws {
    let run = try Self.run(["export", "examples/corpus/01_meridian-wire-brennholm-strike.txt", "no/such/file.txt"])
    #expect(run.status == 0)
    #expect(run.stdout.split(separator: "\n").count == 1)
    #expect(run.stderr.contains("no/such/file.txt"))
  }

  @Test func badFlagExitsTwoWithUsage() throws {
    let run = try Self.run(["export", "--no-such-flag", "examples/corpus"])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("Usage"))
  }

  @Test func noCorpusIsABadCommandLine() throws {
    let run = try Self.run(["export"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("no corpus"))
  }

  @Test func helpAndVersionSucceed() throws {
    let help = try Self.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("export"))
    let version = try Self.run(["--version"])
    #expect(version.status == 0)
    #expect(!version.stdout.isEmpty)
  }
}
