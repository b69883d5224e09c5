import Testing

@testable import BylineIngest

/// A finding as the hand annotation writes it: the stating text rather than its offsets.
struct ExpectedNumber: Sendable, Equatable, CustomStringConvertible {
  let text: String
  let value: Double
  let unit: String?
  let qualifier: String?

  init(_ text: String, _ value: Double, _ unit: String?, qualifier: String? = nil) {
    self.text = text
    self.value = value
    self.unit = unit
    self.qualifier = qualifier
  }

  /// Values match as the scorer matches them, to a relative 1e-9, so "1.2 trillion" need not be bit-exact.
  static func == (left: ExpectedNumber, right: ExpectedNumber) -> Bool {
    let tolerance = 1e-9 * max(abs(left.value), abs(right.value))
    return left.text == right.text && abs(left.value - right.value) <= tolerance && left.unit == right.unit
      && left.qualifier == right.qualifier
  }

  var description: String { "\(text)|\(value)|\(unit ?? "-")|\(qualifier ?? "-")" }
}

/// One sentence and every finding expected in it; an empty list means nothing may be found.
struct NumberCase: Sendable, CustomTestStringConvertible {
  /// What the case shows, as the test report names it.
  let name: String
  let sentence: String
  let expected: [ExpectedNumber]

  init(_ name: String, _ sentence: String, _ expected: [ExpectedNumber]) {
    self.name = name
    self.sentence = sentence
    self.expected = expected
  }

  var testDescription: String { name }
}

private func stated(_ findings: [NumberFinding], in sentence: String) -> [ExpectedNumber] {
  let bytes = Array(sentence.utf8)
  return findings.map { finding in
    ExpectedNumber(
      String(decoding: bytes[finding.range], as: UTF8.self), finding.value, finding.unit,
      qualifier: finding.qualifier)
  }
}

/// `NumberExtractor`: the annotation policy's inclusions and exclusions, byte offsets and hostile input.
@Suite struct NumberExtractorTests {
  /// The rows of the seed gold and the policy's worked examples.
  static let counts: [NumberCase] = [
    .init("count of two", "Portraits of the two leaders.", [.init("two leaders", 2, "leaders")]),
    .init("naira sign", "Petrol now costs ₦1,150 a litre.", [.init("₦1,150", 1150, "naira")]),
    .init(
      "ringgit code against the digits", "The plant will cost RM22.5 billion.",
      [.init("RM22.5 billion", 22_500_000_000, "ringgit")]),
    .init("shilling code", "The shilling traded at KSh129.2 on Friday.", [.init("KSh129.2", 129.2, "shillings")]),
    .init("measure compound in digits", "It makes a 28-nanometre chip.", [.init("28-nanometre", 28, "nanometres")]),
    .init(
      "count before a verb", "The two countries is not yet known.", [.init("two countries", 2, "countries")]),
    .init(
      "singular possessive as written", "symbolic of the two country’s growing ties.",
      [.init("two country’s", 2, "country’s")]),
    .init(
      "plural possessive leaves the apostrophe out", "aligning the two nations' military systems",
      [.init("two nations", 2, "nations")]),
    .init(
      "of complement stays in the text", "more than 11,000 containers of ammunition to aid Russia's war",
      [.init("more than 11,000 containers of ammunition", 11000, "containers", qualifier: "more than")]),
    .init(
      "duration with over", "his first visit to North Korea in over 20 years.",
      [.init("over 20 years", 20, "years", qualifier: "over")]),
    .init("bare duration", "the nuclear-armed country in 24 years.", [.init("24 years", 24, "years")]),
    .init(
      "spelled duration", "the country in more than two decades.",
      [.init("more than two decades", 2, "decades", qualifier: "more than")]),
    .init(
      "two in one sentence", "In the last nine months, Putin and Kim have had two summits.",
      [.init("nine months", 9, "months"), .init("two summits", 2, "summits")]),
    .init(
      "scale suffix and an adjective before the noun", "to supply nearly 5mn artillery shells, Seoul said",
      [.init("nearly 5mn artillery shells", 5_000_000, "shells", qualifier: "nearly")]),
    .init("hyphenated compound", "ahead of Putin’s two-day trip.", [.init("two-day", 2, "days")]),
    .init(
      "about", "Their meeting, which lasted about two hours, followed",
      [.init("about two hours", 2, "hours", qualifier: "about")]),
    .init("age compound", "The 24-year-old man was held.", [.init("24-year-old", 24, "years")]),
    .init("one with only", "Only one hospital remains open.", [.init("one hospital", 1, "hospital")]),
    .init("one as a duration", "He will stay for one year.", [.init("one year", 1, "year")]),
    .init(
      "partitives", "Two of the victims were children and 2,000 of them fled.",
      [.init("Two of the victims", 2, "victims"), .init("2,000 of them", 2000, nil)]),
    .init(
      "qualifiers", "Some 300 people, at least 12 dead, up to 5,000 refugees and fewer than 10 cases.",
      [
        .init("Some 300 people", 300, "people", qualifier: "some"),
        .init("at least 12", 12, nil, qualifier: "at least"),
        .init("up to 5,000 refugees", 5000, "refugees", qualifier: "up to"),
        .init("fewer than 10 cases", 10, "cases", qualifier: "fewer than"),
      ]),
    .init(
      "year-like counts", "They sent 2,000 troops, then 2000 more soldiers.",
      [.init("2,000 troops", 2000, "troops"), .init("2000 more soldiers", 2000, "soldiers")]),
  ]

  static let amounts: [NumberCase] = [
    .init("dollar sign and bn", "The deal is worth $3bn.", [.init("$3bn", 3e9, "dollars")]),
    .init(
      "euro and pound signs", "It costs €5m, plus £2.5 million in aid.",
      [.init("€5m", 5e6, "euros"), .init("£2.5 million", 2.5e6, "pounds")]),
    .init("prefixed dollar sign", "a US$2bn loan", [.init("US$2bn", 2e9, "dollars")]),
    .init("euro sign after", "It costs 5€ or 7 € a day.", [.init("5€", 5, "euros"), .init("7 €", 7, "euros")]),
    .init(
      "camel-case names and a bare C", "The iPhone 15 and eBay 3 aside, warming must stay below 1.5C.",
      [.init("below 1.5C", 1.5, "degrees", qualifier: "below")]),
    .init("trillion with a decimal", "It spent 1.2 trillion yen.", [.init("1.2 trillion yen", 1.2e12, "yen")]),
    .init(
      "grouping with decimals", "He was 1,000,000.50 dollars richer.",
      [.init("1,000,000.50 dollars", 1_000_000.5, "dollars")]),
    .init(
      "million in words after digits", "About 5 million people fled.",
      [.init("About 5 million people", 5e6, "people", qualifier: "about")]),
    .init(
      "fraction glyphs", "Add ½ cup of flour and 1½ cups of milk.",
      [.init("½ cup of flour", 0.5, "cup"), .init("1½ cups of milk", 1.5, "cups")]),
    .init(
      "and a half", "The talks took two and a half hours.", [.init("two and a half hours", 2.5, "hours")]),
    .init(
      "dozens with a value", "She bought a dozen eggs and half a dozen apples.",
      [.init("a dozen eggs", 12, "eggs"), .init("half a dozen apples", 6, "apples")]),
    .init(
      "number word combinations", "three hundred soldiers served twenty-five years",
      [.init("three hundred soldiers", 300, "soldiers"), .init("twenty-five years", 25, "years")]),
    .init(
      "a million and two million", "a million people and two million refugees",
      [.init("a million people", 1e6, "people"), .init("two million refugees", 2e6, "refugees")]),
    .init(
      "percentages three ways", "It fell 4.2% while 40 per cent and 12 percent agreed.",
      [.init("4.2%", 4.2, "percent"), .init("40 per cent", 40, "percent"), .init("12 percent", 12, "percent")]),
    .init(
      "mass noun with of", "It will extract about 1.2 million tonnes of ore a year.",
      [.init("about 1.2 million tonnes of ore", 1.2e6, "tonnes", qualifier: "about")]),
    .init(
      "unit abbreviations", "He walked 5km in 30 minutes against 94mph gusts.",
      [.init("5km", 5, "km"), .init("30 minutes", 30, "minutes"), .init("94mph", 94, "mph")]),
    .init(
      "lakh and crore", "It will cost Rs 8,400 crore and carry 3.2 lakh passengers.",
      [.init("Rs 8,400 crore", 8.4e10, "rupees"), .init("3.2 lakh passengers", 320_000, "passengers")]),
    .init(
      "an estimated", "It had killed an estimated four billion trees.",
      [.init("an estimated four billion trees", 4e9, "trees", qualifier: "an estimated")]),
    .init(
      "no-break space before the scale", "Some 5\u{00A0}million people voted.",
      [.init("Some 5\u{00A0}million people", 5e6, "people", qualifier: "some")]),
    .init(
      "other scripts around", "Тысячи людей — 5 million people 😀 были там, 中国 2024年 3个.",
      [.init("5 million people", 5e6, "people")]),
  ]

  /// Everything the policy excludes: each of these must produce nothing.
  static let exclusions: [NumberCase] = [
    .init("letters before digits are a code", "The A320 and the B737 flew.", []),
    .init("pronoun one", "in the event of aggression against one of the parties", []),
    .init(
      "reciprocal and indefinite one, beside a real count",
      "No one expects the two sides to trust one another one day.",
      [.init("two sides", 2, "sides")]),
    .init("rank", "The number one vendor for that will be Russia.", []),
    .init("vague amounts", "dozens of missiles, thousands of troops, several busts and hours of negotiations", []),
    .init("vague scale words", "Several hundred people and a few thousand others, hundreds of them injured.", []),
    .init("model names", "F-16 jets, Su-57 fighters, the G7, COVID-19, an A320 and 5G networks", []),
    .init("dates", "On June 19, 18 June and (19-06-2024) and 2024-06-20 it was signed.", []),
    .init("years", "In 1961, in 2024 and since 2018 and since 1881, the 2024 elections", []),
    .init("clock times and decades", "At 10:15, 3 pm and 10 a.m. in the 1990s and the ’90s", []),
    .init("ordinals", "the first, second and 21st days", []),
    .init("phone numbers", "Call 1-800-268-7116 or 07700 900183 or +44 20 7946 0000.", []),
    .init("list numbering", "1. Russia and North Korea have signed a pact.", []),
    .init("inside identifiers", "see image.png.4b8c and https://example.com/2024/06/article-123?id=42", []),
    .init("names with numbers", "The Boeing 737, Apollo 11, page 5, No. 10 and Article 5 of the treaty", []),
    .init("capitalized number word in a name", "the Five Eyes alliance and the Group of Seven", []),
    .init("fractions and non-unit compounds", "Two-thirds of voters backed a one-sided, two-pronged plan.", []),
    .init("scores and ranges", "They won 3-1, scored 12–15 points in the 2022-23 season.", []),
    .init("overflowing digits", "It cost 999999999999999999999999 bn dollars.", []),
    .init("dates in other languages", "19 czerwca 2024, 19 июня 2024, 10 luglio 2024, 16 de enero de 2024", []),
    .init("empty", "", []),
  ]

  @Test(arguments: counts + amounts + exclusions)
  func findsStatedQuantities(_ numberCase: NumberCase) {
    let found = NumberExtractor.findings(in: numberCase.sentence)
    #expect(stated(found, in: numberCase.sentence) == numberCase.expected)
  }

  /// Every number word, so the cheap test that passes most words over without a look-up lets none of them by.
  static let numberWords: [(String, Double)] =
    [
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ].enumerated().map { ($0.element, Double($0.offset + 2)) }
    + ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated().map {
      ($0.element, Double($0.offset + 2) * 10)
    }
    + [
      ("a hundred", 100), ("a thousand", 1e3), ("a million", 1e6), ("a billion", 1e9), ("a trillion", 1e12),
      ("a lakh", 1e5), ("a crore", 1e7), ("a dozen", 12), ("Ninety-Nine", 99), ("SEVENTEEN", 17),
    ]

  @Test(arguments: numberWords)
  func readsEveryNumberWord(_ word: String, _ value: Double) {
    let sentence = "They counted \(word) boats."
    #expect(stated(NumberExtractor.findings(in: sentence), in: sentence) == [.init("\(word) boats", value, "boats")])
  }

  @Test(arguments: counts + amounts)
  func findingsAreOrderedDisjointAndWholeCharacters(_ numberCase: NumberCase) {
    let found = NumberExtractor.findings(in: numberCase.sentence)
    let bytes = Array(numberCase.sentence.utf8)
    #expect(!found.isEmpty)
    for (earlier, later) in zip(found, found.dropFirst()) {
      #expect(earlier.range.upperBound <= later.range.lowerBound)
    }
    for finding in found {
      #expect(bytes[finding.range.lowerBound] & 0xC0 != 0x80)
      #expect(finding.range.upperBound == bytes.count || bytes[finding.range.upperBound] & 0xC0 != 0x80)
    }
  }

  @Test(arguments: counts + amounts)
  func stringSubstringAndBytesAgree(_ numberCase: NumberCase) {
    let fromString = NumberExtractor.findings(in: numberCase.sentence)
    let fromSubstring = NumberExtractor.findings(in: numberCase.sentence[...])
    let fromBytes = Array(numberCase.sentence.utf8).withUnsafeBufferPointer { NumberExtractor.findings(in: $0) }
    #expect(fromString == fromSubstring)
    #expect(fromString == fromBytes)
  }

  @Test func rangesAreByteOffsets() {
    // "Тысячи" is six Cyrillic letters of two bytes each, "—" three bytes.
    let found = NumberExtractor.findings(in: "Тысячи — 5 million people")
    #expect(found.map(\.range) == [17..<33])
  }

  @Test func tenThousandCharacterSentenceIsReadWhole() {
    let sentence = String(repeating: "The two leaders met for about two hours and ", count: 250) + "nearly 5mn shells"
    #expect(sentence.utf8.count > 10_000)
    let found = NumberExtractor.findings(in: sentence)
    #expect(found.count == 501)
    #expect(found.last?.value == 5_000_000)
    #expect(found.last?.range.upperBound == sentence.utf8.count)
  }

  @Test func megabyteRunsWithoutNumbersOrOfDigitsFindNothing() {
    #expect(NumberExtractor.findings(in: String(repeating: "Long prose, no numbers at all. ", count: 40_000)).isEmpty)
    #expect(NumberExtractor.findings(in: String(repeating: "1", count: 1_000_000)).isEmpty)
    #expect(NumberExtractor.findings(in: String(repeating: "1-", count: 500_000)).isEmpty)
    #expect(NumberExtractor.findings(in: String(repeating: "one ", count: 250_000)).isEmpty)
  }

  @Test func truncatedAndInvalidBytesDoNotCrash() {
    let inputs: [[UInt8]] = [
      Array("two million".utf8) + [0xE2, 0x82],  // a cut "€"
      [0xC2] + Array("½".utf8) + [0xE2, 0x85],  // a cut "⅓"
      Array("$".utf8), Array("5".utf8), [0xFF, 0x35, 0xFE, 0x20, 0x6D, 0x6E],  // "5 mn" between invalid bytes
      Array("1½".utf8.dropLast()),
    ]
    for input in inputs {
      let found = input.withUnsafeBufferPointer { NumberExtractor.findings(in: $0) }
      for finding in found { #expect(finding.range.upperBound <= input.count) }
    }
    let cutEuro = (Array("two million".utf8) + [0xE2, 0x82]).withUnsafeBufferPointer {
      NumberExtractor.findings(in: $0)
    }
    #expect(cutEuro.map(\.value) == [2e6])
  }
}
