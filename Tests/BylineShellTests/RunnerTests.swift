import BylineOutput
import BylineQuery
import Foundation
import Testing

@testable import BylineShell

/// The runner fed scripts directly, its output and messages kept in memory.
@Suite struct RunnerTests {
  struct Run {
    let succeeded: Bool
    let output: String
    let errors: String
    let runner: Runner
  }

  static func run(
    _ script: String, name: String? = "script.byline", keepGoing: Bool = false, format: OutputFormat = .tsv
  )
    -> Run
  {
    let output = ByteSink.memory()
    let errors = ByteSink.memory()
    let runner = Runner(
      session: exampleSession, settings: Runner.Settings(format: format, keepGoing: keepGoing), output: output,
      errors: errors)
    let succeeded = runner.run(SourceText(script, name: name))
    runner.finish()
    return Run(succeeded: succeeded, output: output.text, errors: errors.text, runner: runner)
  }

  static let threeStatements = """
    articles | count
    # a comment line
    quotes | wher speaker = "x"
    boilerplate | count
    """

  @Test func aFailingStatementStopsTheScriptAndNamesItsLine() {
    let run = Self.run(Self.threeStatements)
    #expect(!run.succeeded)
    #expect(run.output == "count\n12\n")
    #expect(run.errors.hasPrefix("script.byline:3:10: error: unknown stage 'wher'\n"), "\(run.errors)")
  }

  @Test func keepGoingRunsTheRest() {
    let run = Self.run(Self.threeStatements, keepGoing: true)
    #expect(!run.succeeded)
    #expect(run.output.hasPrefix("count\n12\ncount\n"))
    #expect(run.errors.contains("script.byline:3:10"))
  }

  @Test func statementsSpanLinesAndShareLetNames() {
    let run = Self.run(
      """
      let strike = articles
        | where text contains "Brennholm"
      strike
      | count; strike | select source | limit 1
      """)
    #expect(run.succeeded, "\(run.errors)")
    #expect(run.output == "count\n8\nsource\nMeridian Wire\n")
  }

  @Test func dotCommandsRunBetweenStatements() {
    let run = Self.run(
      """
      .format json
      articles | count
        .format   csv
      articles | count
      """)
    #expect(run.succeeded, "\(run.errors)")
    #expect(run.output.hasPrefix("[{\"count\":12}]\ncount"))
    #expect(run.output.hasSuffix("12\r\n"), "CSV lines end in CRLF")
  }

  @Test func aLineStartingWithADotInsideAStringIsNotACommand() {
    let run = Self.run("articles | where title = \"a\n.format json\" | count")
    #expect(run.succeeded, "\(run.errors)")
    #expect(run.output == "count\n0\n")
  }

  @Test func outputGoesToAFileAndBack() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("byline-out-\(UUID().uuidString).tsv").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = Self.run(".output \(path)\narticles | count\n.output\nquotes | count")
    #expect(run.succeeded, "\(run.errors)")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "count\n12\n")
    #expect(run.output.hasPrefix("count\n"))
    #expect(!run.output.contains("12\n"))
  }

  @Test func outputToAnUnwritablePathIsAnErrorAndResultsStayOnStandardOutput() {
    let run = Self.run(".output /nonexistent-folder/results.tsv\narticles | count", keepGoing: true)
    #expect(!run.succeeded)
    #expect(
      run.errors
        == "script.byline:1: error: cannot write /nonexistent-folder/results.tsv: No such file or directory; "
        + "results still go to standard output\n")
    #expect(run.output == "count\n12\n")
  }

  @Test func readRunsAScriptInTheSameSession() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("byline-read-\(UUID().uuidString).byline")
      .path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try "let few = articles | limit 2\n.quit\narticles | count".write(toFile: path, atomically: true, encoding: .utf8)
    let run = Self.run(".read \(path)\nfew | count")
    #expect(run.succeeded, "\(run.errors)")
    #expect(run.output == "count\n2\n", ".quit ends the script read, not the reader")
  }

  @Test(arguments: [
    (".read /no/such/script.byline", "cannot read script /no/such/script.byline: no such file"),
    (".read /tmp", "cannot read script /tmp: it is a folder, not a script file"),
    (".fromat json", "unknown command .fromat; did you mean .format?"),
    (".format yaml", "unknown format 'yaml'"),
    (".timer maybe", "usage: .timer on|off"),
    (".schema quote", "did you mean quotes?"),
    (".load", "usage: .load PATH..."),
  ])
  func dotCommandMistakesAreExplained(_ line: String, _ message: String) {
    let run = Self.run(line)
    #expect(!run.succeeded)
    #expect(run.errors.hasPrefix("script.byline:1: error: "), "\(run.errors)")
    #expect(run.errors.contains(message), "\(run.errors)")
  }

  @Test func helpListsEveryCommandFromTheTable() {
    let run = Self.run(".help")
    for command in DotCommands.table { #expect(run.output.contains("." + command.name)) }
  }

  @Test func schemaListsCollectionsAndFields() {
    let collections = Self.run(".schema").output
    #expect(collections.hasPrefix("articles "))
    #expect(collections.contains("boilerplate "))
    let quotes = Self.run(".schema quotes").output
    #expect(quotes.contains("speaker ") && quotes.contains("entity") && quotes.contains("(→ entities)"))
  }

  @Test func timerReportsEachStatement() {
    let run = Self.run(".timer on\narticles | count\nquotes | count")
    let lines = run.errors.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.wholeMatch(of: /Run Time: real \d+\.\d{3} s/) != nil }, "\(lines)")
  }

  @Test func quitStopsTheScript() {
    let run = Self.run("articles | count\n.quit\nquotes | count")
    #expect(run.succeeded)
    #expect(run.output == "count\n12\n")
    #expect(run.runner.quitRequested)
  }

  @Test func aNonUTF8ScriptIsRefusedWithItsPlace() {
    #expect(throws: ScriptFile.Problem.self) {
      try ScriptFile.source(
        Array("articles | count\nquotes | where text = \"caf".utf8) + [0xE9, 0x22], name: "s.byline")
    }
    do {
      _ = try ScriptFile.source(Array("ab\nc".utf8) + [0xE9], name: "s.byline")
    } catch {
      #expect(error.description == "s.byline:2:2: the script is not UTF-8 text (byte 0xE9); save it as UTF-8")
    }
  }
}
