import BylineTestSupport
import Foundation
import Testing

/// The program of SPEC §3 run as a user would: each mode, exit statuses, scripts with errors, pipes, and the
/// bad input a person will sooner or later give it.
@Suite(.serialized) struct ProgramModeTests {
  typealias Run = CommandLineTests.Run

  static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
    try CommandLineTests.run(arguments, stdin: stdin.map { Data($0.utf8) })
  }

  /// A temporary script file, removed when the test ends.
  final class Script {
    let path: String
    init(_ text: String, bytes: [UInt8]? = nil) throws {
      path = FileManager.default.temporaryDirectory.appendingPathComponent("byline-\(UUID().uuidString).byline").path
      try Data(bytes ?? Array(text.utf8)).write(to: URL(fileURLWithPath: path))
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
  }

  static let errorOnLine3 = """
    articles | count
    # the next statement is misspelt
    quotes | wher speaker is not null
    boilerplate | count
    """

  @Test func commandModeRunsOneQuery() throws {
    let run = try Self.run(["-q", "-c", "articles | count", "examples/corpus"])
    #expect(run.status == 0)
    #expect(run.stdout == "count\n12\n")
    #expect(run.stderr.isEmpty)
  }

  @Test func theLoadSummaryIsOnStandardErrorUnlessQuiet() throws {
    let run = try Self.run(["-c", "articles | count", "examples/corpus"])
    #expect(run.stdout == "count\n12\n")
    #expect(run.stderr.contains("byline: 12 articles, "), "\(run.stderr)")
  }

  @Test func jsonOutputIsReadByJq() throws {
    guard let jq = ExternalTool.find("jq", candidates: ExternalTool.jq) else { return }
    let run = try Self.run([
      "-q", "-c", "quotes | group speaker | sort count desc | limit 3", "--format", "json", "examples/corpus",
    ])
    #expect(run.status == 0)
    let consumed = try ExternalTool.run(jq, ["-r", ".[1].speaker, length"], input: Array(run.stdout.utf8))
    #expect(consumed.status == 0)
    #expect(String(decoding: consumed.output, as: UTF8.self) == "Tomas Reijnders\n3\n")
  }

  @Test func aScriptStopsAtTheErrorOnLineThree() throws {
    let script = try Script(Self.errorOnLine3)
    let run = try Self.run(["-q", "-f", script.path, "examples/corpus"])
    #expect(run.status == 1)
    #expect(run.stdout == "count\n12\n")
    #expect(run.stderr.hasPrefix("\(script.path):3:10: error: unknown stage 'wher'\n"), "\(run.stderr)")
  }

  @Test func keepGoingRunsTheRestAndStillFails() throws {
    let script = try Script(Self.errorOnLine3)
    let run = try Self.run(["-q", "--keep-going", "-f", script.path, "examples/corpus"])
    #expect(run.status == 1)
    #expect(run.stdout.hasPrefix("count\n12\ncount\n"))
    #expect(run.stderr.contains(":3:10: error"))
  }

  @Test func standardInputThatIsNotATerminalIsAScript() throws {
    let run = try Self.run(["-q", "examples/corpus"], stdin: "articles | count\n.format json\nquotes | count\n")
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("count\n12\n[{\"count\":"), "\(run.stdout)")
    let failing = try Self.run(["-q", "examples/corpus"], stdin: Self.errorOnLine3)
    #expect(failing.status == 1)
    #expect(failing.stderr.hasPrefix("stdin:3:10: error"), "\(failing.stderr)")
  }

  @Test func aScriptRunsAsAHashBangInterpreter() throws {
    var environment = ProcessInfo.processInfo.environment
    let folder = CommandLineTests.binary.deletingLastPathComponent().path
    environment["PATH"] = folder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    let run = try CommandLineTests.run(
      ["-q", "examples/corpus"], environment: environment,
      executable: CommandLineTests.projectRoot.appendingPathComponent("examples/who-is-quoted.byline"))
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("speaker\tcount\toutlets\nTomas Reijnders\t8\t5\n"), "\(run.stdout)")
  }

  /// Every bundled example script answers its question without an error.
  @Test(
    arguments: try! FileManager.default.contentsOfDirectory(
      atPath: CommandLineTests.projectRoot.appendingPathComponent("examples").path
    ).filter { $0.hasSuffix(".byline") }.sorted())
  func exampleScriptsRun(_ name: String) throws {
    let run = try Self.run(["-q", "-f", "examples/\(name)", "examples/corpus"])
    #expect(run.status == 0, "\(name): \(run.stderr)")
    #expect(run.stdout.split(separator: "\n").count >= 2, "\(name) printed no rows")
    #expect(run.stderr.isEmpty, "\(run.stderr)")
  }

  @Test func timerReportsEachStatementOnStandardError() throws {
    let run = try Self.run(["-q", "--timer", "-c", "articles | count; quotes | count", "examples/corpus"])
    #expect(run.status == 0)
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 2 && lines.allSatisfy { $0.hasPrefix("Run Time: real ") && $0.hasSuffix(" s") })
  }

  @Test func colorIsOnlyUsedWhenAsked() throws {
    let plain = try Self.run(["-q", "-c", "quotes | wher x", "examples/corpus"])
    #expect(!plain.stderr.contains("\u{1B}["))
    let colored = try Self.run(["-q", "--color", "always", "-c", "quotes | wher x", "examples/corpus"])
    #expect(colored.stderr.contains("\u{1B}["))
    let bad = try Self.run(["--color", "sometimes", "-c", "articles"])
    #expect(bad.status == 2)
  }

  @Test(arguments: [
    (["-f", "no/such/script.byline", "examples/corpus"], 2, "cannot read script no/such/script.byline: no such file"),
    (["-f", "examples", "examples/corpus"], 2, "cannot read script examples: it is a folder, not a script file"),
    (["-c", "articles | count", "-f", "x.byline"], 2, "give -c QUERY or -f SCRIPT, not both"),
    (["-c", ".output /no/such/folder/out.tsv", "examples/corpus"], 1, "cannot write /no/such/folder/out.tsv"),
    (["-c", "articles | count", "/no/such/corpus"], 3, "no readable article"),
    (["-", "-q"], 2, "statements must come from -c or -f"),
  ])
  func badInputIsExplained(_ arguments: [String], _ status: Int32, _ message: String) throws {
    let run = try Self.run(arguments)
    #expect(run.status == status, "\(arguments): \(run.stderr)")
    #expect(run.stderr.contains(message), "\(run.stderr)")
    #expect(run.stdout.isEmpty)
  }

  @Test func aNonUTF8ScriptIsRefusedWithItsPlace() throws {
    let script = try Script(
      "", bytes: Array("articles | count\nquotes | where text contains \"caf".utf8) + [0xE9, 0x22, 0x0A])
    let run = try Self.run(["-q", "-f", script.path, "examples/corpus"])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty, "nothing runs from a script that cannot be read whole")
    #expect(run.stderr.contains("\(script.path):2:34: the script is not UTF-8 text (byte 0xE9)"), "\(run.stderr)")
  }

  @Test func closedStandardInputIsExplained() throws {
    let run = try CommandLineTests.run(
      ["-c", "exec \"$0\" -q examples/corpus <&-", CommandLineTests.binary.path],
      executable: URL(fileURLWithPath: "/bin/sh"))
    #expect(run.status == 2)
    #expect(run.stderr.contains("standard input is closed"), "\(run.stderr)")
  }

  @Test func completionScriptsComeFromTheArgumentParser() throws {
    for shell in ["bash", "zsh", "fish"] {
      let run = try Self.run(["--generate-completion-script", shell])
      #expect(run.status == 0)
      #expect(run.stdout.contains("byline") && run.stdout.contains("keep-going"), "\(shell)")
    }
  }
}
