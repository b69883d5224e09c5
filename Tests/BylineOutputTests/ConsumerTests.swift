import BylineModel
import BylineQuery
import BylineTestSupport
import Foundation
import Testing

@testable import BylineOutput

/// The output read back by the programs people feed it to, and compared cell by cell with the table.
struct ConsumerTests {

  /// Bytes of `table` as `format` writes them.
  static func bytes(_ format: OutputFormat, _ table: ResultTable) -> [UInt8] {
    var bytes: [UInt8] = []
    format.write(table) { bytes += $0 }
    return bytes
  }

  @Test(arguments: FormatFixture.all, [OutputFormat.json, .jsonl])
  func jqReadsTheSameCells(_ fixture: FormatFixture, _ format: OutputFormat) throws {
    guard let jq = ExternalTool.find("jq", candidates: ExternalTool.jq) else { return }
    let table = fixture.table
    // jq re-writes every row compactly on a line of its own, and the keys in the order it read them.
    let program = format == .json ? ".[] | ., keys_unsorted" : "., keys_unsorted"
    if format == .json {
      let type = try ExternalTool.run(jq, ["-e", "type == \"array\""], input: Self.bytes(format, table))
      #expect(type.status == 0, "\(type.errors)")
    }
    let run = try ExternalTool.run(jq, ["-c", program], input: Self.bytes(format, table))
    try #require(run.status == 0, "\(run.errors)")
    let lines = run.output.split(separator: UInt8(ascii: "\n"))
    try #require(lines.count == 2 * table.rows.count)
    for (index, row) in table.rows.enumerated() {
      let object = try #require(try JSONSerialization.jsonObject(with: lines[2 * index]) as? [String: Any])
      let keys = try JSONSerialization.jsonObject(with: lines[2 * index + 1]) as? [String]
      #expect(keys == table.columns.map(\.name))
      for (column, cell) in zip(table.columns, row) {
        let parsed = try #require(object[column.name])
        #expect(Self.json(parsed, matches: cell), "row \(index) \(column.name): \(parsed) is not \(cell)")
      }
    }
  }

  /// Whether a value jq gave back is the cell: JSON's own types where it has them, ISO dates and canonical
  /// entity names as strings, null for what JSON cannot write.
  static func json(_ parsed: Any, matches cell: Value) -> Bool {
    switch cell {
    case .null: return parsed is NSNull
    case .bool(let flag): return (parsed as? Bool) == flag && !(parsed is String)
    case .integer(let integer): return (parsed as? NSNumber)?.int64Value == Int64(integer)
    case .number(let number):
      guard number.isFinite else { return parsed is NSNull }
      return (parsed as? NSNumber)?.doubleValue == number
    case .text(let text): return (parsed as? String) == text
    case .date(let date): return (parsed as? String) == date.iso
    case .entity(let entity): return (parsed as? String) == entity.name
    case .list(let elements):
      guard let array = parsed as? [Any], array.count == elements.count else { return false }
      return zip(array, elements).allSatisfy { json($0, matches: $1) }
    }
  }

  /// Python's csv module gives back the header and every cell exactly; TSV the same after undoing its escapes.
  @Test(arguments: FormatFixture.all, [OutputFormat.csv, .tsv])
  func pythonReadsTheSameCells(_ fixture: FormatFixture, _ format: OutputFormat) throws {
    guard let python = ExternalTool.find("python3", candidates: ExternalTool.python) else { return }
    let run = try ExternalTool.run(
      python, ["-c", ExternalTool.pythonCellReader, format.name], input: Self.bytes(format, fixture.table))
    try #require(run.status == 0, "\(run.errors)")
    let rows = try #require(try JSONSerialization.jsonObject(with: run.output) as? [[String]])
    let expected = [fixture.table.columns.map(\.name)] + fixture.table.rows.map { $0.map(CellText.of) }
    #expect(rows == expected)
  }

  @Test func csvEndsRecordsWithCRLFAndQuotesOnlyWhenItMust() {
    let table = ResultTable(
      columns: [.init(name: "a", type: .text), .init(name: "b", type: .text)],
      rows: [[.text("plain"), .text("x,y")], [.text("say \"hi\""), .text("two\nlines")]]
    )
    #expect(OutputFormat.csv.render(table) == "a,b\r\nplain,\"x,y\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n")
  }

  @Test func tsvEscapesWhatWouldBreakALine() {
    let table = ResultTable(columns: [.init(name: "a\tb", type: .text)], rows: [[.text("1\t2\n3\r4\\5")]])
    #expect(OutputFormat.tsv.render(table) == "a\\tb\n1\\t2\\n3\\r4\\\\5\n")
  }

  @Test func jsonOfAnEmptyResultIsAnEmptyArray() {
    let table = ResultTable(columns: [.init(name: "a", type: .text)])
    #expect(OutputFormat.json.render(table) == "[]\n")
    #expect(OutputFormat.jsonl.render(table) == "")
  }

  @Test func markdownEscapesPipesAndBackslashes() {
    let table = ResultTable(columns: [.init(name: "a|b", type: .text)], rows: [[.text("x | y \\ z\nw")]])
    #expect(
      OutputFormat.markdown.render(table) == "| a\\|b             |\n| ---------------- |\n| x \\| y \\\\ z<br>w |\n")
  }

  /// A large result reaches the sink in several chunks that add up to the whole, in order.
  @Test func largeResultsStreamInChunks() {
    let rows = (0..<5_000).map { [Value.integer($0), .text("row number \($0), with a comma")] }
    let table = ResultTable(columns: [.init(name: "n", type: .integer), .init(name: "text", type: .text)], rows: rows)
    for format in OutputFormat.allCases {
      var chunks: [[UInt8]] = []
      format.write(table, options: OutputOptions(width: 80)) { chunks.append($0) }
      #expect(chunks.count > 1, "\(format)")
      #expect(chunks.allSatisfy { $0.count < 1 << 17 }, "\(format)")
      #expect(
        String(decoding: chunks.joined(), as: UTF8.self) == format.render(table, options: OutputOptions(width: 80)))
    }
  }
}
