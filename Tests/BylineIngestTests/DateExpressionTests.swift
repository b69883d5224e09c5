import BylineModel
import Testing

@testable import BylineIngest

/// A sentence, its reference date and the expressions expected in it, each written "text|ISO" ("text|nil" when
/// it cannot be resolved).
struct DateExpressionCase: Sendable, CustomTestStringConvertible {
  let sentence: String
  /// ISO day, month or year; nil for no reference.
  let reference: String?
  let expected: [String]

  init(_ sentence: String, _ reference: String?, _ expected: [String]) {
    self.sentence = sentence
    self.reference = reference
    self.expected = expected
  }

  var testDescription: String { "\(sentence) @ \(reference ?? "none")" }
}

/// "2024-06-20", "2024-06" or "2024" as a `CalendarDate`.
private func calendarDate(_ iso: String) -> CalendarDate? {
  let parts = iso.split(separator: "-").compactMap { Int($0) }
  guard let year = parts.first else { return nil }
  return CalendarDate(year: year, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
}

/// Renders findings as "text|ISO" so a failure shows both what was found and how it was read.
private func describe(_ findings: [DateFinding], in sentence: String) -> [String] {
  let bytes = Array(sentence.utf8)
  return findings.map { finding in
    String(decoding: bytes[finding.range], as: UTF8.self) + "|" + (finding.date?.iso ?? "nil")
  }
}

private func findings(_ sentence: String, _ reference: String?) -> [DateFinding] {
  DateExpressions.findings(in: sentence, reference: reference.flatMap(calendarDate))
}

/// `DateExpressions`: the annotation policy row by row, then hostile input.
///
/// Most rows use 2024-06-20, a Thursday, as the reference.
@Suite struct DateExpressionTests {
  static let weekdays: [DateExpressionCase] = [
    .init("The minister resigned on Wednesday.", "2024-06-20", ["on Wednesday|2024-06-19"]),
    .init("On Tuesday, police said the road was closed.", "2024-06-20", ["On Tuesday|2024-06-18"]),
    .init("Early on Wednesday morning, troops moved in.", "2024-06-20", ["Early on Wednesday morning|2024-06-19"]),
    .init(
      "The strike began Wednesday night and ended Sunday.", "2024-06-20",
      [
        "Wednesday night|2024-06-19", "Sunday|2024-06-16",
      ]),
    .init("Talks resumed on Thursday.", "2024-06-20", ["on Thursday|2024-06-20"]),
    .init("The banks closed on Friday.", "2024-06-20", ["on Friday|2024-06-14"]),
    .init("The union will meet on Friday to decide.", "2024-06-20", ["on Friday|2024-06-21"]),
    .init("The ministry said a campaign would launch on Monday.", "2024-06-20", ["on Monday|2024-06-24"]),
    .init("Repairs could take until Wednesday.", "2024-06-20", ["until Wednesday|2024-06-26"]),
    .init("A further increase is due in March.", "2024-06-20", ["in March|2025-03"]),
    .init("The coach will be named by February.", "2024-06-20", ["by February|2025-02"]),
    .init("Prices rose on 1 July last year.", "2024-06-20", ["on 1 July last year|2023-07-01"]),
    .init("It was published in March last year.", "2024-06-20", ["in March last year|2023-03"]),
    .init("Shipping is due to start in September next year.", "2024-06-20", ["in September next year|2025-09"]),
    .init("The vote is next Friday.", "2024-06-20", ["next Friday|2024-06-21"]),
    .init("He will visit this coming Friday.", "2024-06-20", ["this coming Friday|2024-06-21"]),
    .init("She arrived last Sunday.", "2024-06-20", ["last Sunday|2024-06-16"]),
    .init("It happened on Tuesday last week.", "2024-06-20", ["on Tuesday last week|2024-06-11"]),
    .init("Late Monday the rebels withdrew.", "2024-06-20", ["Late Monday|2024-06-17"]),
    .init(
      "The jury returns this Friday, as it did this Monday.", "2024-06-20",
      [
        "this Friday|2024-06-21", "this Monday|2024-06-17",
      ]),
    .init(
      "Last Friday's decision was reversed on Monday.", "2024-06-20",
      [
        "Last Friday|2024-06-14", "on Monday|2024-06-17",
      ]),
    // Friday 2024-03-01: back across the end of a leap February.
    .init(
      "The deal was signed on Wednesday and sealed Thursday.", "2024-03-01",
      [
        "on Wednesday|2024-02-28", "Thursday|2024-02-29",
      ]),
    // Wednesday 2023-03-01: a common year's February ends on the 28th.
    .init("He left on Tuesday.", "2023-03-01", ["on Tuesday|2023-02-28"]),
    // Tuesday 2024-01-02: back into the previous year.
    .init(
      "Markets fell on Friday and rallied on Sunday.", "2024-01-02",
      [
        "on Friday|2023-12-29", "on Sunday|2023-12-31",
      ]),
    // Saturday 2024-12-28: forward into the next year.
    .init("The market reopens next Thursday.", "2024-12-28", ["next Thursday|2025-01-02"]),
    .init("Markets close every Friday.", "2024-06-20", []),
    .init("Black Friday sales were weak.", "2024-06-20", []),
    .init("The next Friday he was gone.", "2024-06-20", []),
    .init("Sunday hours are shrinking and Sunday visits fell, since Sunday mornings are quiet.", "2024-06-20", []),
    .init(
      "Lanterns drifted past the pier on Saturday evening, Feb. 10, 2024.", "2024-06-20",
      [
        "on Saturday evening, Feb. 10, 2024|2024-02-10"
      ]),
  ]

  static let relativeDays: [DateExpressionCase] = [
    .init(
      "The report, released yesterday, says prices will fall tomorrow.", "2024-06-20",
      [
        "yesterday|2024-06-19", "tomorrow|2024-06-21",
      ]),
    .init("Today the court meets again.", "2024-06-20", ["Today|2024-06-20"]),
    .init("He spoke this morning and again tonight.", "2024-06-20", ["this morning|2024-06-20", "tonight|2024-06-20"]),
    .init("Fighting broke out last night.", "2024-06-20", ["last night|2024-06-19"]),
    .init("The results were published yesterday afternoon.", "2024-01-01", ["yesterday afternoon|2023-12-31"]),
    .init("He landed the day before yesterday.", "2024-03-01", ["the day before yesterday|2024-02-28"]),
    .init("The bridge opened three days ago.", "2024-06-20", ["three days ago|2024-06-17"]),
    .init("The firm was sold two years ago.", "2024-06-20", ["two years ago|2022"]),
    .init("He was promoted a month ago.", "2024-01-05", ["a month ago|2023-12"]),
    .init("As of today, 40 people are missing.", "2024-06-20", ["As of today|2024-06-20"]),
    .init("The statement was released yesterday (June 19).", "2024-06-20", ["yesterday (June 19)|2024-06-19"]),
    .init("The talks took place last week and end next week.", "2024-06-20", []),
    .init("USA Today reported the story.", "2024-06-20", []),
  ]

  static let months: [DateExpressionCase] = [
    .init("In March, the company cut jobs.", "2024-06-20", ["In March|2024-03"]),
    .init("Sales fell in September.", "2024-06-20", ["in September|2023-09"]),
    .init("The law passed in June.", "2024-06-20", ["in June|2024-06"]),
    .init("Elections were held last September.", "2024-06-20", ["last September|2023-09"]),
    .init("Last June was hot.", "2024-06-20", ["Last June|2023-06"]),
    .init("The plant opens next March.", "2024-06-20", ["next March|2025-03"]),
    .init("Earlier this month, the firm warned of losses.", "2024-06-20", ["Earlier this month|2024-06"]),
    .init(
      "Prices rose last month and will rise later this month.", "2024-01-15",
      [
        "last month|2023-12", "later this month|2024-01",
      ]),
    .init(
      "The fighting peaked in mid-March and eased in early May.", "2024-06-20",
      [
        "in mid-March|2024-03", "in early May|2024-05",
      ]),
    .init("Trade grew between January and April.", "2024-06-20", ["January|2024-01", "April|2024-04"]),
    .init("Theresa May said the March on Washington was peaceful.", "2024-06-20", []),
    .init(
      "The budget passed in December; next month's summit is in Rome.", "2024-01-10",
      [
        "in December|2023-12", "next month|2024-02",
      ]),
    .init("March was one of the wettest on record.", "2024-06-20", ["March|2024-03"]),
  ]

  static let daysOfMonth: [DateExpressionCase] = [
    .init("The meeting on June 19 ended without a deal.", "2024-06-20", ["on June 19|2024-06-19"]),
    .init("The ceasefire began Tuesday 18 June.", "2024-06-20", ["Tuesday 18 June|2024-06-18"]),
    .init("On Wednesday, June 19, the court ruled.", "2024-06-20", ["On Wednesday, June 19|2024-06-19"]),
    .init(
      "Protests began on Wednesday (19-06-2024) in the capital.", "2024-06-20",
      [
        "on Wednesday (19-06-2024)|2024-06-19"
      ]),
    .init("The storm hit on the 19th of June.", "2024-06-20", ["on the 19th of June|2024-06-19"]),
    .init("The fire started December 28.", "2024-01-10", ["December 28|2023-12-28"]),
    .init("The vote is scheduled for Thursday, June 27.", "2024-06-20", ["Thursday, June 27|2024-06-27"]),
    .init(
      "The strike began on Sept. 5 and ended 1st October.", "2024-06-20",
      [
        "on Sept. 5|2024-09-05", "1st October|2024-10-01",
      ]),
    .init("Memorials marked the September 11 attacks.", "2024-06-20", []),
    .init("Leap day, February 29, passed quietly.", "2024-06-20", ["February 29|2024-02-29"]),
    .init("Leap day, February 29, passed quietly.", "2025-06-20", []),
    .init("The form is dated 31 February.", "2024-06-20", []),
    .init("Waterloo was fought on 18 June 1815.", "2024-06-20", ["on 18 June 1815|1815-06-18"]),
  ]

  static let years: [DateExpressionCase] = [
    .init("The company was founded in 2000.", "2024-06-20", ["in 2000|2000"]),
    .init("Since 2000, the population has doubled.", "2024-06-20", ["Since 2000|2000"]),
    .init("The goal is net zero by 2030.", "2024-06-20", ["by 2030|2030"]),
    .init("Born 1961, he grew up in Kyiv.", "2024-06-20", ["1961|1961"]),
    .init("In 1961 soldiers built the wall; the 1961 treaty held.", "2024-06-20", ["In 1961|1961", "1961|1961"]),
    .init("Inflation hit a peak last seen since November 1981.", "2024-06-20", ["since November 1981|1981-11"]),
    .init("The 2024 election is close.", "2024-06-20", ["2024|2024"]),
    .init("Early last year, inflation peaked.", "2024-06-20", ["Early last year|2023"]),
    .init("Profits rose this year and will rise next year.", "2024-06-20", ["this year|2024", "next year|2025"]),
    .init("Output has grown since early last year.", "2024-06-20", ["since early last year|2023"]),
    .init("Rates stayed flat from 2019 to 2021.", "2024-06-20", ["from 2019|2019", "2021|2021"]),
    .init("1961 soldiers were deployed, and some 2000 more followed.", "2024-06-20", []),
    .init("He won by 2000 votes in the 1990s during the 1961-62 season.", "2024-06-20", []),
    .init("The Euro 2024 final drew 2000 people.", "2024-06-20", []),
    .init(
      "Response times, 2021–2023, rose; see the 2019-2021 study.", "2024-06-20",
      [
        "2021|2021", "2023|2023", "2019|2019", "2021|2021",
      ]),
    .init("© 2002-2024 Snake River Broadcasting, § 1957.", "2024-06-20", []),
  ]

  static let absolute: [DateExpressionCase] = [
    .init("The summit ended on June 19, 2024 in Geneva.", "2024-06-20", ["on June 19, 2024|2024-06-19"]),
    .init("Prices have risen since June 2024.", "2024-06-20", ["since June 2024|2024-06"]),
    .init("The law took effect on Friday, 21 June 2024.", "2024-06-20", ["on Friday, 21 June 2024|2024-06-21"]),
    .init("Der Vertrag wurde am 16. Januar 2024 unterzeichnet.", "2024-06-20", ["16. Januar 2024|2024-01-16"]),
    .init("Le texte a été adopté le 3 mars 2024.", "2024-06-20", ["3 mars 2024|2024-03-03"]),
  ]

  static let notDates: [DateExpressionCase] = [
    .init("He served 24 years in prison and two decades in exile.", "2024-06-20", []),
    .init("The rain lasted for three days.", "2024-06-20", []),
    .init("In recent months, during Soviet times and in the past, little changed.", "2024-06-20", []),
    .init("A day after the summit, and two days later, they met again.", "2024-06-20", []),
    .init("The train left at 10:15 carrying the 61-year-old minister.", "2024-06-20", []),
    .init("More than 2,000 people and 1,961 cars were counted.", "2024-06-20", []),
    .init("Over the last year and the past month, prices rose.", "2024-06-20", []),
    .init("It may rain, and they march at dawn.", "2024-06-20", []),
    .init("", "2024-06-20", []),
  ]

  static let withoutReference: [DateExpressionCase] = [
    .init("The minister resigned on Wednesday.", nil, ["on Wednesday|nil"]),
    .init("The company was founded in 2000 and listed last year.", nil, ["in 2000|2000", "last year|nil"]),
    .init(
      "The summit ended on June 19, 2024 and resumed on June 21.", nil,
      [
        "on June 19, 2024|2024-06-19", "on June 21|nil",
      ]),
    .init("Sales fell in September and rose yesterday.", "2024", ["in September|nil", "yesterday|nil"]),
    .init("Sales fell in September and rose yesterday.", "2024-06", ["in September|2023-09", "yesterday|nil"]),
  ]

  @Test(arguments: weekdays + relativeDays + months + daysOfMonth + years + absolute + notDates + withoutReference)
  func findsAndResolves(_ dateCase: DateExpressionCase) {
    let found = findings(dateCase.sentence, dateCase.reference)
    #expect(describe(found, in: dateCase.sentence) == dateCase.expected)
  }

  @Test(arguments: weekdays + relativeDays + months + daysOfMonth + years + absolute)
  func stringSubstringAndBytesAgree(_ dateCase: DateExpressionCase) {
    let reference = dateCase.reference.flatMap(calendarDate)
    let padded = "«" + dateCase.sentence + "»"
    let inner = padded.dropFirst().dropLast()
    let fromString = DateExpressions.findings(in: dateCase.sentence, reference: reference)
    let fromSubstring = DateExpressions.findings(in: inner, reference: reference)
    let fromBytes = Array(dateCase.sentence.utf8).withUnsafeBufferPointer {
      DateExpressions.findings(in: $0, reference: reference)
    }
    #expect(fromString == fromSubstring)
    #expect(fromString == fromBytes)
  }

  // MARK: Day arithmetic

  @Test func dayNumbersRoundTripAcrossCenturiesAndLeapDays() {
    #expect(DayNumber.serial(year: 1970, month: 1, day: 1) == 0)
    #expect(DayNumber.weekday(DayNumber.serial(year: 2024, month: 6, day: 20)) == 3)
    #expect(DayNumber.weekday(DayNumber.serial(year: 2000, month: 2, day: 29)) == 1)
    let start = DayNumber.serial(year: 1899, month: 12, day: 25)
    let end = DayNumber.serial(year: 2101, month: 1, day: 5)
    var expected = CalendarDate(year: 1899, month: 12, day: 25)
    for serial in start...end {
      let date = DayNumber.date(serial)
      #expect(date == expected)
      guard date == expected, let month = date.month, let day = date.day else { return }
      #expect(DayNumber.serial(year: date.year, month: month, day: day) == serial)
      expected =
        day < CalendarDate.daysIn(month: month, year: date.year)
        ? CalendarDate(year: date.year, month: month, day: day + 1)
        : month < 12
          ? CalendarDate(year: date.year, month: month + 1, day: 1)
          : CalendarDate(year: date.year + 1, month: 1, day: 1)
    }
  }

  // MARK: Bad input

  @Test func nonASCIITextKeepsByteRangesOnCharacterBoundaries() {
    let sentence = "В среду 😀 on Wednesday, 東京 since 2000 — Marché"
    let found = findings(sentence, "2024-06-20")
    #expect(describe(found, in: sentence) == ["on Wednesday|2024-06-19", "since 2000|2000"])
    let bytes = Array(sentence.utf8)
    for finding in found {
      #expect(String(validating: bytes[finding.range], as: UTF8.self) != nil)
    }
  }

  @Test func invalidUTF8DoesNotTrap() {
    let bytes: [UInt8] =
      [0xFF, 0xE2, 0x80] + Array(" on Wednesday ".utf8) + [0xF0, 0x9F] + Array(" in 2000 ".utf8) + [0xC3]
    let found = bytes.withUnsafeBufferPointer {
      DateExpressions.findings(in: $0, reference: calendarDate("2024-06-20"))
    }
    #expect(found.map(\.date?.iso) == ["2024-06-19", "2000"])
  }

  @Test(arguments: ["0000-01-01", "99999-12-31", "2024-02-30", "2024-13", "-5"])
  func oddReferencesDoNotTrap(_ reference: String) {
    let sentence = "On Wednesday, in March, last year, June 19 and 2000 people, since 2000."
    let found = findings(sentence, reference)
    #expect(found.count == 5)
    #expect(found.last?.date == CalendarDate(year: 2000))
  }

  @Test func longSentencesStayLinear() {
    let clause = "officials said on Wednesday that 2,000 people had left since 2000, "
    let sentence = String(repeating: clause, count: 150)
    #expect(sentence.utf8.count > 10_000)
    let found = findings(sentence, "2024-06-20")
    #expect(found.count == 300)
    for (earlier, later) in zip(found, found.dropFirst()) {
      #expect(earlier.range.upperBound <= later.range.lowerBound)
    }
    let words = String(repeating: "Wednesdayy Marchh yesterdayy ", count: 400)
    #expect(findings(words, "2024-06-20").isEmpty)
  }

  @Test func proseWithoutCuesIsTurnedAwayEarly() {
    let prose = "The minister said the plan would be reviewed by the committee before the summer recess."
    let counts = "He served 24 years, paid $2,000 at 10:15 and waited 12345 days."
    let cues = "The minister said on Tuesday the plan would be reviewed."
    #expect(prose.utf8.withContiguousStorageIfAvailable { DateExpressions.mayHoldDate($0) } == false)
    #expect(cues.utf8.withContiguousStorageIfAvailable { DateExpressions.mayHoldDate($0) } == true)
    #expect(counts.utf8.withContiguousStorageIfAvailable { DateExpressions.mayHoldDate($0) } == false)
  }
}
