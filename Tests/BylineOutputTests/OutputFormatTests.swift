import BylineModel
import BylineOutput
import BylineQuery
import Testing

/// The table of formats: names, help, suggestions; and how values print in the formats without types.
struct OutputFormatTests {
  @Test func everyNameParsesIgnoringCase() throws {
    for format in OutputFormat.allCases {
      #expect(try OutputFormat.parse(format.name) == format)
      #expect(OutputFormat(name: format.name.uppercased()) == format)
      #expect(!format.summary.isEmpty)
      #expect(OutputFormat.helpText.contains("  \(format.name)  "))
    }
    #expect(OutputFormat.allCases.map(\.name) == ["table", "json", "jsonl", "csv", "tsv", "markdown"])
  }

  @Test(arguments: [
    ("jsn", OutputFormat.json), ("tabel", .table), ("mardown", .markdown), ("JSONL ", .jsonl), ("csvv", .csv),
    ("tsb", .tsv), ("xml", nil), ("", nil), ("yaml", nil), ("j", nil),
  ])
  func nearMissesSuggestAFormat(_ name: String, _ expected: OutputFormat?) {
    #expect(OutputFormat.suggestion(for: name) == expected)
    #expect(throws: UnknownOutputFormat(name: name, suggestion: expected)) { try OutputFormat.parse(name) }
  }

  @Test func unknownFormatSaysWhatExists() {
    let error = UnknownOutputFormat(name: "jsn", suggestion: .json)
    #expect(
      error.description
        == "unknown format 'jsn'; did you mean 'json'? (formats: table, json, jsonl, csv, tsv, markdown)"
    )
  }

  @Test(arguments: [
    (Value.number(3.0), "3", "3"), (.number(0.1), "0.1", "0.1"), (.number(-0.0), "0", "0"),
    (.number(1e20), "1e+20", "1e+20"), (.number(1e15), "1000000000000000", "1000000000000000"),
    (.number(1e16), "1e+16", "1e+16"), (.number(.nan), "", "null"),
    (.number(.infinity), "", "null"), (.integer(-7), "-7", "-7"), (.bool(true), "true", "true"),
    (.null, "", "null"), (.date(CalendarDate(year: 2024, month: 6, day: 19)), "2024-06-19", "\"2024-06-19\""),
    (.entity(EntityReference(index: 4, name: "Kim Jong Un")), "Kim Jong Un", "\"Kim Jong Un\""),
    (.list([.text("a"), .integer(2), .null]), "a; 2; ", "[\"a\",2,null]"),
  ])
  func valuesPrintTheSameInEveryFormat(_ value: Value, _ text: String, _ json: String) {
    let table = ResultTable(
      columns: [.init(name: "v", type: .any), .init(name: "w", type: .any)], rows: [[value, .null]])
    #expect(OutputFormat.tsv.render(table) == "v\tw\n\(text)\t\n")
    #expect(OutputFormat.jsonl.render(table) == "{\"v\":\(json),\"w\":null}\n")
  }
}
