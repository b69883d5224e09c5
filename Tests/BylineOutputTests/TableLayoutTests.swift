import BylineModel
import BylineQuery
import Testing

@testable import BylineOutput

/// `table` fitted to a width: no line wider than asked, columns that line up whatever the script.
struct TableLayoutTests {
  /// The display columns a rendered line occupies, one entry per column: a wide character fills two, the
  /// second marked with nil.
  static func cells(of line: Substring) -> [Character?] {
    line.flatMap { character -> [Character?] in
      let width = DisplayWidth.of(character)
      return width == 0 ? [] : [character] + Array(repeating: nil, count: width - 1)
    }
  }

  @Test(arguments: FormatFixture.all)
  func noLineIsWiderThanAsked(_ fixture: FormatFixture) {
    for width in [1, 2, 5, 10, 15, 20, 24, 30, 40, 60, 80, 120] {
      for wrap in [false, true] {
        let text = OutputFormat.table.render(fixture.table, options: OutputOptions(width: width, wrap: wrap))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(!lines.isEmpty)
        for line in lines {
          #expect(DisplayWidth.of(line) <= width, "width \(width), wrap \(wrap): '\(line)'")
        }
        // Nothing is lost but what is cut: the footer always says how many rows there were.
        #expect(text.contains("\(fixture.table.rows.count) row") || width < 8, "width \(width)")
      }
    }
  }

  @Test func zeroAndNegativeWidthsStillRender() {
    for width in [0, -5] {
      let text = OutputFormat.table.render(FormatFixture.wide.table, options: OutputOptions(width: width))
      #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 1 })
    }
  }

  /// With no width limit, the dashed rule marks where each column starts; in every line of the scripts
  /// fixture the gap before a column is blank and a left-aligned cell starts right at its column.
  @Test(arguments: [nil, 24, 40])
  func columnsAlignAcrossScripts(_ width: Int?) throws {
    let text = OutputFormat.table.render(FormatFixture.scripts.table, options: OutputOptions(width: width))
    let lines = text.split(separator: "\n").map(Self.cells(of:))
    let rule = lines[1]
    let starts = rule.indices.filter { $0 == 0 || (rule[$0] == "-" && rule[$0 - 1] == " ") }
    try #require(starts.count == 3)
    for line in lines.dropLast() {
      for start in starts.dropFirst() {
        #expect(
          line.count > start && line[start - 1] == " " && line[start - 2] == " ", "\(String(line.compactMap { $0 }))")
      }
      // The second column is text, left-aligned and never empty here.
      #expect(line.count > starts[1] && line[starts[1]] != " ", "\(String(line.compactMap { $0 }))")
    }
  }

  @Test func widestTextColumnsShrinkFirstAndNumbersNotAtAll() {
    #expect(TableRenderer.fit(natural: [10, 50, 30], shrinkable: [true, true, true], into: 60) == [10, 23, 23])
    #expect(TableRenderer.fit(natural: [12, 40], shrinkable: [false, true], into: 30) == [12, 16])
    #expect(TableRenderer.fit(natural: [5, 6], shrinkable: [true, true], into: nil) == [5, 6])
    #expect(TableRenderer.fit(natural: [5, 6], shrinkable: [true, true], into: 13) == [5, 6])
    // Left out from the right once text columns are at their narrowest: 3 columns with the `…` marker.
    #expect(TableRenderer.fit(natural: [20, 3, 40, 40], shrinkable: [true, false, true, true], into: 24).count == 3)
    // A single numeric column wider than the screen is cut after all.
    #expect(TableRenderer.fit(natural: [30], shrinkable: [false], into: 20) == [20])
  }

  @Test func hiddenColumnsAreNamedInTheFooter() {
    let text = OutputFormat.table.render(FormatFixture.wide.table, options: OutputOptions(width: 30))
    let footer = text.split(separator: "\n").last.map(String.init)
    #expect(footer?.hasPrefix("(") == true && footer?.contains("hidden") == true)
    #expect(text.split(separator: "\n").first?.hasSuffix("…") == true)
  }

  @Test func truncationAndWrappingKeepWithinWidth() {
    #expect(TableRenderer.truncated("Владимир Путин", to: 8) == "Владими…")
    #expect(TableRenderer.truncated("金正恩 said", to: 4) == "金…")
    #expect(TableRenderer.truncated("short", to: 5) == "short")
    #expect(TableRenderer.truncated("anything", to: 0) == "")
    #expect(TableRenderer.wrapped("the quick brown fox", to: 10) == ["the quick", "brown fox"])
    #expect(TableRenderer.wrapped("unbreakable", to: 4) == ["unbr", "eaka", "ble"])
    #expect(TableRenderer.wrapped("金正恩", to: 1) == ["…", "…", "…"])
    #expect(TableRenderer.wrapped("", to: 3) == [""])
  }

  @Test func controlCharactersBecomeEscapes() {
    #expect(TableRenderer.visible("a\nb\tc\r") == "a\\nb\\tc\\r")
    #expect(TableRenderer.visible("\u{1B}[31m") == "\\u{1B}[31m")
    #expect(TableRenderer.visible("\u{202E}evil") == "\\u{202E}evil")
    #expect(TableRenderer.visible("Путин 金正恩") == "Путин 金正恩")
  }

  @Test func numbersAlignRightHeadersToo() {
    let table = ResultTable(
      columns: [.init(name: "name", type: .text), .init(name: "count", type: .any)],
      rows: [[.text("a"), .integer(5)], [.text("b"), .number(12.5)], [.text("c"), .null]]
    )
    #expect(
      OutputFormat.table.render(table) == """
        name  count
        ----  -----
        a         5
        b      12.5
        c
        (3 rows)

        """)
  }
}
