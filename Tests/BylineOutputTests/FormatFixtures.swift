import BylineModel
import BylineQuery
import Testing

/// The fixed result tables every format is tested on, each named for its golden files.
struct FormatFixture: Sendable, CustomTestStringConvertible {
  var name: String
  var table: ResultTable

  var testDescription: String { name }

  static let all: [FormatFixture] = [plain, values, awkwardText, scripts, empty, wide, singleColumn]

  /// Articles as `articles | select source, date, title, words, score` would give them.
  static let plain = FormatFixture(
    name: "plain",
    table: ResultTable(
      columns: [
        .init(name: "source", type: .text), .init(name: "date", type: .date), .init(name: "title", type: .text),
        .init(name: "words", type: .integer), .init(name: "score", type: .number),
      ],
      rows: [
        [
          .text("CNBC"), .date(CalendarDate(year: 2024, month: 6, day: 19)),
          .text("Putin and Kim sign defence pact"), .integer(734), .number(0.75),
        ],
        [
          .text("Reuters"), .date(CalendarDate(year: 2024, month: 6, day: 20)),
          .text("Russia, North Korea agree to help each other if attacked"), .integer(1208), .number(12.5),
        ],
        [
          .text("AP"), .date(CalendarDate(year: 2024, month: 6)), .text("Kim hosts Putin"), .integer(96),
          .number(3),
        ],
      ]
    )
  )

  /// Nulls, lists, dates of every precision, entities, booleans and awkward doubles.
  static let values = FormatFixture(
    name: "values",
    table: ResultTable(
      columns: [
        .init(name: "speaker", type: .entity), .init(name: "authors", type: .list(.text)),
        .init(name: "date", type: .date), .init(name: "value", type: .number), .init(name: "ok", type: .bool),
        .init(name: "anything", type: .any),
      ],
      rows: [
        [
          .entity(EntityReference(index: 3, name: "Antony Blinken")), .list([.text("Jane Doe"), .text("Li Wei")]),
          .date(CalendarDate(year: 2024, month: 6, day: 19)), .number(0.1), .bool(true), .integer(-42),
        ],
        [
          .null, .list([]), .date(CalendarDate(year: 2024)), .number(1e20), .bool(false),
          .list([.integer(1), .null, .list([.text("nested"), .number(2.5)])]),
        ],
        [
          .entity(EntityReference(index: 0, name: "Kim Jong Un")), .list([.text("Reuters staff")]), .null,
          .number(.nan), .null, .date(CalendarDate(year: 2023, month: 12)),
        ],
        [.null, .null, .null, .number(-.infinity), .null, .number(3)],
        [.null, .list([.null]), .null, .number(1.5e-7), .null, .text("")],
      ]
    )
  )

  /// Text with every character some format must escape or quote.
  static let awkwardText = FormatFixture(
    name: "awkward-text",
    table: ResultTable(
      columns: [.init(name: "what", type: .text), .init(name: "text, quoted \"name\"", type: .text)],
      rows: [
        [.text("comma"), .text("one, two, three")],
        [.text("quotes"), .text("He said \"no\" and 'maybe'")],
        [.text("newline"), .text("first line\nsecond line")],
        [.text("crlf"), .text("first\r\nsecond\rthird")],
        [.text("tab"), .text("a\tb\t\tc")],
        [.text("pipe"), .text("left | right")],
        [.text("backslash"), .text("C:\\path\\n is not a newline \\")],
        [.text("spaces"), .text("  padded  ")],
        [.text("empty"), .text("")],
        [.text("escape"), .text("bell\u{07} and \u{1B}[31mred\u{1B}[0m")],
        [.text("all"), .text("\"a,b\"\t|\\\n|")],
      ]
    )
  )

  /// Cyrillic, CJK, Hangul, kana, emoji and combining marks, which must still align.
  static let scripts = FormatFixture(
    name: "scripts",
    table: ResultTable(
      columns: [
        .init(name: "script", type: .text), .init(name: "name", type: .text), .init(name: "n", type: .integer),
      ],
      rows: [
        [.text("Latin"), .text("Kim Jong Un"), .integer(1)],
        [.text("Cyrillic"), .text("Владимир Путин"), .integer(22)],
        [.text("CJK"), .text("金正恩"), .integer(333)],
        [.text("Hangul"), .text("김정은 위원장"), .integer(4)],
        [.text("kana"), .text("プーチン大統領"), .integer(5)],
        [.text("emoji"), .text("🇰🇵🤝🇷🇺 👨‍👩‍👧 ❤️"), .integer(6)],
        [.text("combining"), .text("Zoe\u{0308} Cafe\u{0301} A\u{030A}ngstro\u{0308}m"), .integer(7)],
        [.text("fullwidth"), .text("ＵＮ　Ｓｅｃｕｒｉｔｙ"), .integer(8)],
      ]
    )
  )

  /// Columns and no rows.
  static let empty = FormatFixture(
    name: "empty",
    table: ResultTable(columns: [.init(name: "source", type: .text), .init(name: "count", type: .integer)])
  )

  /// More than a terminal holds: long text, several columns, non-Latin text to cut.
  static let wide = FormatFixture(
    name: "wide",
    table: ResultTable(
      columns: [
        .init(name: "article", type: .text), .init(name: "n", type: .integer), .init(name: "speaker", type: .entity),
        .init(name: "text", type: .text), .init(name: "sources", type: .list(.text)),
        .init(name: "date", type: .date),
      ],
      rows: [
        [
          .text("cnbc-2024-06-19"), .integer(12), .entity(EntityReference(index: 1, name: "Vladimir Putin")),
          .text(
            "We highly appreciate your unwavering support of Russian policy, including in the Ukrainian direction."),
          .list([.text("CNBC"), .text("Reuters"), .text("AP")]), .date(CalendarDate(year: 2024, month: 6, day: 19)),
        ],
        [
          .text("yonhap-0619"), .integer(3), .entity(EntityReference(index: 2, name: "김정은")),
          .text("조선은 러시아 정부의 모든 정책을 무조건적으로 지지한다 — 金正恩 said 🙂"),
          .list([.text("Yonhap")]), .date(CalendarDate(year: 2024, month: 6, day: 19)),
        ],
        [
          .text("tass"), .integer(140), .null,
          .text("Путин и Ким подписали договор о всеобъемлющем стратегическом партнёрстве"),
          .list([]), .null,
        ],
      ]
    )
  )

  /// One column, where an empty cell would otherwise be an empty CSV line.
  static let singleColumn = FormatFixture(
    name: "single-column",
    table: ResultTable(
      columns: [.init(name: "cue", type: .text)],
      rows: [[.text("said")], [.text("")], [.null], [.text("told")]]
    )
  )
}
