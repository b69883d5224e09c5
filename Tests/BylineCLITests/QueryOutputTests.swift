import BylineTestSupport
import Foundation
import Testing

/// `byline -c` on the seeds, its output read by the programs people pipe it into (jq, Python's csv module), and
/// its exit statuses and stream split when a query or the command line is wrong.
@Suite(.serialized) struct QueryOutputTests {
  static let quotesQuery = "quotes | select source, speaker, text"

  /// Runs a consumer on `input`; its standard output, after expecting it to succeed.
  static func consume(_ executable: String, _ arguments: [String], input: String) throws -> String {
    let run = try ExternalTool.run(executable, arguments, input: Array(input.utf8))
    #expect(run.status == 0, "\(executable) \(arguments): \(run.errors)")
    return String(decoding: run.output, as: UTF8.self)
  }

  /// The number of quotes in the gold annotation of the seeds, which byline's extraction matches.
  static func goldQuoteCount() throws -> Int {
    let gold = Seeds.folder.appendingPathComponent("gold")
    let files = try FileManager.default.contentsOfDirectory(atPath: gold.path).filter {
      $0.hasPrefix("0") && $0.hasSuffix(".json")
    }
    return try files.reduce(0) { total, file in
      let data = try Data(contentsOf: gold.appendingPathComponent(file))
      let article = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      return total + ((article?["quotes"] as? [Any])?.count ?? 0)
    }
  }

  @Test func jqCountsEveryQuoteInTheJSONArray() throws {
    guard Seeds.present(), let jq = ExternalTool.find("jq", candidates: ExternalTool.jq) else { return }
    let run = try Seeds.query(Self.quotesQuery, ["--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let length = try Self.consume(jq, ["length"], input: run.stdout)
    let count = try Seeds.query("quotes | count", ["--format", "tsv"]).stdout
    #expect(length == "53\n")
    #expect(count == "count\n53\n")
    #expect(try Self.goldQuoteCount() == 53)
    // Every element has the three columns, speakers null or text.
    let shapes = try Self.consume(
      jq,
      ["-c", "map(keys_unsorted == [\"source\", \"speaker\", \"text\"] and (.speaker | type) != \"number\") | unique"],
      input: run.stdout)
    #expect(shapes == "[true]\n")
  }

  @Test func everyJSONLLineParsesOnItsOwn() throws {
    guard Seeds.present(), let jq = ExternalTool.find("jq", candidates: ExternalTool.jq) else { return }
    let run = try Seeds.query(Self.quotesQuery, ["--format", "jsonl"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 54 && lines.last == "", "53 lines, each ended")
    // -R reads each line as a string and fromjson parses it alone: a value spread over two lines would fail.
    let types = try Self.consume(jq, ["-R", "-c", "fromjson | type"], input: run.stdout)
    #expect(types == String(repeating: "\"object\"\n", count: 53))
  }

  @Test func pythonReadsTheCSVAsTheTSVCells() throws {
    guard Seeds.present(), let python = ExternalTool.find("python3", candidates: ExternalTool.python) else { return }
    let query = "quotes | select source, speaker, speaker_text, cue, kind, text"
    let csv = try Seeds.query(query, ["--format", "csv"])
    let tsv = try Seeds.query(query, ["--format", "tsv"])
    #expect(csv.status == 0 && tsv.status == 0)
    let fromCSV = try Self.consume(python, ["-c", ExternalTool.pythonCellReader, "csv"], input: csv.stdout)
    let fromTSV = try Self.consume(python, ["-c", ExternalTool.pythonCellReader, "tsv"], input: tsv.stdout)
    let rows = try JSONSerialization.jsonObject(with: Data(fromCSV.utf8)) as? [[String]]
    #expect(rows?.count == 54)
    #expect(rows?.first == ["source", "speaker", "speaker_text", "cue", "kind", "text"])
    #expect(rows?.allSatisfy { $0.count == 6 } == true)
    #expect(fromCSV == fromTSV)
    // Quotes with commas in them: the CSV really had to quote fields.
    #expect(csv.stdout.contains(",\""))
  }

  @Test func aQueryErrorGoesToStandardErrorWithStatusOne() throws {
    guard Seeds.present() else { return }
    let run = try Seeds.query(#"quotes | where speakr = "Antony Blinken""#, ["--format", "json"])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    // Load notices ("byline: ignored 9 file(s)…", which -q does not silence) may come first.
    let diagnostic = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("byline: ") }.joined(separator: "\n")
    #expect(
      diagnostic
        == """
        query:1:16: error: unknown field `speakr` on quotes
        quotes | where speakr = "Antony Blinken"
                       ^^^^^^
        help: did you mean 'speaker'?

        """)
  }

  @Test func aFailingStatementStopsTheRestAfterEarlierOutput() throws {
    guard Seeds.present() else { return }
    let run = try Seeds.query("articles | count; articles | select words / 0; quotes | count", ["--format", "tsv"])
    #expect(run.status == 1)
    #expect(run.stdout == "count\n5\n")
    #expect(run.stderr.contains("error: division by zero"))
  }

  @Test func anUnknownFormatIsABadCommandLine() throws {
    guard Seeds.present() else { return }
    let run = try Seeds.query("articles | count", ["--format", "yaml"])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("unknown format 'yaml'"))
  }
}
