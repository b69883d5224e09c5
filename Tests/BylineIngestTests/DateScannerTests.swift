import BylineModel
import Testing

@testable import BylineIngest

/// One line and the dates expected in it, each written "ISO|matched text"; a bare ISO date means the match
/// must cover the whole trimmed line.
struct DateScanCase: Sendable, CustomTestStringConvertible {
  /// What the case shows, as the test report names it.
  let name: String
  let line: String
  /// "ISO|matched text" per date, in order.
  let expected: [String]
  /// Passed to `DateScanner.scan(_:monthFirst:)`.
  var monthFirst = false

  init(_ name: String, _ line: String, _ expected: [String], monthFirst: Bool = false) {
    self.name = name
    self.line = line
    self.expected = expected
    self.monthFirst = monthFirst
  }

  var testDescription: String { name }
}

/// A line and what `parseWholeLine` should make of it (nil: not a date-only line).
struct WholeLineCase: Sendable, CustomTestStringConvertible {
  /// What the case shows, as the test report names it.
  let name: String
  let line: String
  /// The ISO date, or nil when the line is not date-only.
  let expected: String?

  init(_ name: String, _ line: String, _ expected: String?) {
    self.name = name
    self.line = line
    self.expected = expected
  }

  var testDescription: String { name }
}

/// Renders matches as "ISO|text" so a failure shows both what was found and where.
private func describe(_ matches: [DateMatch], in line: String) -> [String] {
  let bytes = Array(line.utf8)
  return matches.map { match in
    "\(match.date.iso)|" + String(decoding: bytes[match.range], as: UTF8.self)
  }
}

private func expectations(_ scanCase: DateScanCase) -> [String] {
  scanCase.expected.map { item in
    item.contains("|") ? item : item + "|" + scanCase.line.trimmingSpaces
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text = text.dropFirst() }
    while text.last?.isWhitespace == true { text = text.dropLast() }
    return String(text)
  }
}

/// `DateScanner`: every form it must read, what it must reject, date-only lines and hostile input.
@Suite struct DateScannerTests {
  static let forms: [DateScanCase] = [
    .init("weekday abbreviation, ordinal day", "Mon. Jul 22nd, 2024", ["2024-07-22"]),
    .init("full weekday, day-first", "Friday, 21 June 2024", ["2024-06-21"]),
    .init("full weekday, month-first", "Saturday, July 20, 2024", ["2024-07-20"]),
    .init("no spaces at all", "Jun20,2024", ["2024-06-20"]),
    .init("capitals without comma", "WED, JUN 19 2024", ["2024-06-19"]),
    .init("ISO", "2024-06-20", ["2024-06-20"]),
    .init("dashed day-first", "19-06-2024", ["2024-06-19"]),
    .init("ISO date-time with Z", "2024-06-20T10:15:00Z", ["2024-06-20"]),
    .init(
      "ISO date-time with offset", "at 2024-06-20T10:15:00.250+02:00 sharp",
      ["2024-06-20|2024-06-20T10:15:00.250+02:00"]),
    .init("ISO date-time, compact offset", "2024-06-20T10:15-0500", ["2024-06-20"]),
    .init("year-first with slashes", "2024/06/20", ["2024-06-20"]),
    .init("dotted day-first", "20.06.2024", ["2024-06-20"]),
    .init("slashed day-first, day over 12", "20/06/2024", ["2024-06-20"]),
    .init("slashed month-first, day over 12", "06/20/2024", ["2024-06-20"]),
    .init("ambiguous slashes read day-first", "06/07/2024", ["2024-07-06"]),
    .init("ambiguous slashes read month-first when asked", "06/07/2024", ["2024-06-07"], monthFirst: true),
    .init(
      "ambiguous slashes follow the line's month-first date", "from 06/07/2024 to 06/20/2024",
      ["2024-06-07|06/07/2024", "2024-06-20|06/20/2024"]),
    .init(
      "mixed evidence keeps day-first", "06/07/2024, 06/20/2024 and 20/06/2024",
      ["2024-07-06|06/07/2024", "2024-06-20|06/20/2024", "2024-06-20|20/06/2024"]),
    .init("month-first with comma", "June 19, 2024", ["2024-06-19"]),
    .init("day-first", "19 June 2024", ["2024-06-19"]),
    .init("ordinal of", "19th of June 2024", ["2024-06-19"]),
    .init(
      "time, zone and weekday first", "Published 3:45 PM EST, Tue January 16, 2024",
      ["2024-01-16|Tue January 16, 2024"]),
    .init("updated label with time after", "Updated: 16 Jan 2024 10:15 GMT", ["2024-01-16|16 Jan 2024"]),
    .init("at a time", "January 16, 2024 at 3:45 p.m.", ["2024-01-16|January 16, 2024"]),
    .init("abbreviation with period", "Jan. 16, 2024", ["2024-01-16"]),
    .init("Sept", "Sept. 11, 2001", ["2001-09-11"]),
    .init("month precision", "June 2024", ["2024-06"]),
    .init("month precision in prose", "Sales fell in March, 2023 and again later.", ["2023-03|March, 2023"]),
    .init("German", "16. Januar 2024", ["2024-01-16"]),
    .init("German umlaut with weekday", "Montag, 4. März 2024", ["2024-03-04"]),
    .init("German capitals", "4. MÄRZ 2024", ["2024-03-04"]),
    .init("French", "16 janvier 2024", ["2024-01-16"]),
    .init("French accent and first", "le 1er février 2024", ["2024-02-01|1er février 2024"]),
    .init("French weekday", "mardi 16 janvier 2024", ["2024-01-16"]),
    .init("Spanish", "16 de enero de 2024", ["2024-01-16"]),
    .init("Spanish month precision", "enero de 2024", ["2024-01"]),
    .init("Spanish weekday with accent", "miércoles, 3 de abril de 2024", ["2024-04-03"]),
    .init("Mars with a day is French March", "16 mars 2024", ["2024-03-16"]),
    .init("day-month-year with hyphens", "19-Jun-2024", ["2024-06-19"]),
    .init("leap day", "29 February 2024", ["2024-02-29"]),
    .init(
      "edge years", "1 January 1900 to 31 December 2100", ["1900-01-01|1 January 1900", "2100-12-31|31 December 2100"]),
    .init(
      "several in one line", "From June 19, 2024 to 2024-06-21, then 22.06.2024.",
      ["2024-06-19|June 19, 2024", "2024-06-21|2024-06-21", "2024-06-22|22.06.2024"]),
    .init(
      "embedded in prose", "The summit, held on Friday, 21 June 2024 in Geneva, ended early.",
      ["2024-06-21|Friday, 21 June 2024"]),
    .init("inside curly quotes", "“20 juin 2024”", ["2024-06-20|20 juin 2024"]),
    .init("no-break space", "21\u{A0}June\u{A0}2024", ["2024-06-21"]),
    .init("Sun as a newspaper is not taken when no day", "The Sun, June 2024", ["2024-06|June 2024"]),
  ]

  static let rejects: [DateScanCase] = [
    .init("thousands", "11,000 shells", []),
    .init("decimal with unit", "5.5mn people", []),
    .init("aircraft", "F-16 jets", []),
    .init("phone", "Call +1 202-555-0143 or (020) 7946 0958", []),
    .init("phone with dashes shaped like a date", "555-12-2024", []),
    .init("version", "version 2.0.24", []),
    .init("long version", "build 10.0.19045.2024", []),
    .init("time alone", "10:15", []),
    .init("years of age", "24 years", []),
    .init("bare year", "in 2024", []),
    .init("score", "won 3-1", []),
    .init("31 June", "31 June 2024", []),
    .init("31 June month-first", "June 31, 2024", []),
    .init("month 13", "13/13/2024", []),
    .init("ISO month 13", "2024-13-01", []),
    .init("29 February in a common year", "29 Feb 2023", []),
    .init("year too early", "4 July 1776", []),
    .init("year too late", "June 2150", []),
    .init("five-digit year", "June 19, 20245", []),
    .init("date inside a longer number", "12.06.20245", []),
    .init("Mars the planet", "Mars 2020 rover", []),
    .init("English words that abbreviate months elsewhere", "Gen 2 2024, out 20, 2024, set 5 2024", []),
    .init("no year", "on June 19 at noon", []),
    .init("may as a verb", "it may 20 percent", []),
    .init("day glued to month", "16janvier 2024", []),
    .init("version glued to letters", "v1.2.2024", []),
    .init("year range does not give month", "June 2024-25 season", []),
  ]

  @Test(arguments: forms + rejects)
  func scansDates(_ scanCase: DateScanCase) {
    let found = DateScanner.scan(scanCase.line, monthFirst: scanCase.monthFirst)
    #expect(describe(found, in: scanCase.line) == expectations(scanCase))
  }

  @Test(arguments: forms + rejects)
  func byteAndStringEntryPointsAgree(_ scanCase: DateScanCase) {
    let fromString = DateScanner.scan(scanCase.line, monthFirst: scanCase.monthFirst)
    let fromSubstring = DateScanner.scan(scanCase.line[...], monthFirst: scanCase.monthFirst)
    let fromBytes = DateScanner.scan(Array(scanCase.line.utf8), monthFirst: scanCase.monthFirst)
    #expect(fromString == fromBytes)
    #expect(fromString == fromSubstring)
  }

  @Test(arguments: forms)
  func matchesAreOrderedAndDisjoint(_ scanCase: DateScanCase) {
    let found = DateScanner.scan(scanCase.line)
    #expect(!found.isEmpty)
    for (earlier, later) in zip(found, found.dropFirst()) {
      #expect(earlier.range.upperBound <= later.range.lowerBound)
    }
  }

  @Test func monthOnlyHasMonthPrecision() {
    let found = DateScanner.scan("June 2024")
    #expect(found.map(\.date) == [CalendarDate(year: 2024, month: 6)])
    #expect(found.first?.date.precision == .month)
  }

  @Test func rangesAreByteOffsets() {
    // "é" and "“" are 2 and 3 bytes: offsets must count bytes, not characters.
    let line = "Publié “le 16 janvier 2024”"
    let found = DateScanner.scan(line)
    #expect(found.map(\.range) == [14..<29])
  }

  static let wholeLines: [WholeLineCase] = [
    .init("published, time, zone, weekday", "Published 3:45 PM EST, Tue January 16, 2024", "2024-01-16"),
    .init("updated with time and GMT", "Updated: 16 Jan 2024 10:15 GMT", "2024-01-16"),
    .init("posted on", "Posted on June 19, 2024", "2024-06-19"),
    .init("at p.m.", "January 16, 2024 at 3:45 p.m.", "2024-01-16"),
    .init("surrounding whitespace", "  \t Friday, 21 June 2024 \u{A0}", "2024-06-21"),
    .init("ISO timestamp", "2024-06-20T10:15:00Z", "2024-06-20"),
    .init("UTC offset", "Updated 20.06.2024, 10:15 (UTC+02:00)", "2024-06-20"),
    .init("bare hour with pm", "June 19, 2024 3 pm ET", "2024-06-19"),
    .init("dash and bullet separators", "Published — June 19, 2024 • 10:15 BST", "2024-06-19"),
    .init("German with Uhr", "Aktualisiert am 16. Januar 2024, 10:15 Uhr", "2024-01-16"),
    .init("month only", "June 2024", "2024-06"),
    .init("British time with a full stop", "Last modified on Thu 20 Jun 2024 14.02 BST", "2024-06-20"),
    .init("French time", "Publié le 16 janvier 2024 à 10h15", "2024-01-16"),
    .init("one-digit minutes are not a time", "Thu 20 Jun 2024 14.2 BST", nil),
    .init("prose around a date", "The summit ended on June 19, 2024 in Geneva.", nil),
    .init("byline with date", "By Jane Doe, June 19, 2024", nil),
    .init("two dates", "Published June 1, 2024, updated June 2, 2024", nil),
    .init("zone in small letters is a word", "June 19, 2024 est", nil),
    .init("bare number after the date", "June 19, 2024 15", nil),
    .init("time alone", "10:15 GMT", nil),
    .init("bare year", "2024", nil),
    .init("empty", "", nil),
    .init("only whitespace", " \t \u{A0} ", nil),
  ]

  @Test(arguments: wholeLines)
  func parsesWholeLines(_ lineCase: WholeLineCase) {
    #expect(DateScanner.parseWholeLine(lineCase.line)?.iso == lineCase.expected)
  }

  // MARK: Bad input

  @Test func emptyAndBlankLinesHaveNoDates() {
    #expect(DateScanner.scan("").isEmpty)
    #expect(DateScanner.scan("   \t\n  ").isEmpty)
    #expect(DateScanner.scan([UInt8]()).isEmpty)
  }

  @Test func megabyteLineWithoutDigitsHasNoDates() {
    let line = String(repeating: "June and July of many years ", count: 40_000)
    #expect(line.utf8.count > 1_000_000)
    #expect(DateScanner.scan(line).isEmpty)
    #expect(DateScanner.parseWholeLine(line) == nil)
  }

  @Test func megabyteLineFindsTheDateAtItsEnd() {
    let line = String(repeating: "x 1 ", count: 260_000) + "on 19 June 2024"
    let found = DateScanner.scan(line)
    #expect(found.map(\.date.iso) == ["2024-06-19"])
    #expect(found.first?.range.upperBound == line.utf8.count)
  }

  @Test func megabyteOfDigitsHasNoDates() {
    #expect(DateScanner.scan(String(repeating: "2024-06-20", count: 100_000)).isEmpty)
    #expect(DateScanner.scan(String(repeating: "1", count: 1_000_000)).isEmpty)
  }

  @Test func invalidUTF8AroundADate() {
    let bytes: [UInt8] = [0xFF, 0xC3] + Array(" 20.06.2024 ".utf8) + [0x80, 0xE2, 0x80]
    #expect(DateScanner.scan(bytes).map(\.date.iso) == ["2024-06-20"])
    #expect(DateScanner.scan(bytes).map(\.range) == [3..<13])
  }

  @Test func truncatedInputsDoNotCrash() {
    for line in [
      "2024-", "2024-06-", "2024-06-20T", "2024-06-20T10:", "June 19,", "19 de", "Jun", "1", "\u{C3}", "19th of",
    ] {
      #expect(DateScanner.scan(line).isEmpty, "\(line)")
    }
    let truncatedLetter: [UInt8] = Array("19 f".utf8) + [0xC3]
    #expect(DateScanner.scan(truncatedLetter).isEmpty)
  }

  @Test func oddCharactersAreNotDates() {
    #expect(DateScanner.scan("“").isEmpty)
    #expect(DateScanner.scan("🗓️ ١٩ يونيو ٢٠٢٤ — ２０２４年６月１９日").isEmpty)
    #expect(DateScanner.scan(String(repeating: ".", count: 10_000)).isEmpty)
  }
}
