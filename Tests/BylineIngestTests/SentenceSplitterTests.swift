import Testing

@testable import BylineIngest

/// A block of text and the sentences it should split into.
struct SplitCase: Sendable, CustomTestStringConvertible {
  /// What the case shows, as the test report names it.
  let name: String
  let text: String
  /// The sentence texts, in order.
  let expected: [String]

  init(_ name: String, _ text: String, _ expected: [String]) {
    self.name = name
    self.text = text
    self.expected = expected
  }

  var testDescription: String { name }
}

private func sentences(in bytes: [UInt8]) -> [String] {
  SentenceSplitter.split(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
}

/// Whether a scalar may sit between sentences: what the splitter trims.
private func isGapScalar(_ scalar: Unicode.Scalar) -> Bool {
  scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
}

/// Checks that ranges are ordered, disjoint and trimmed, and that only whitespace lies outside them.
private func expectCoverage(_ bytes: [UInt8], _ ranges: [Range<Int>], sourceLocation: SourceLocation = #_sourceLocation)
{
  var position = 0
  for range in ranges {
    #expect(range.lowerBound >= position && range.upperBound <= bytes.count, sourceLocation: sourceLocation)
    guard range.lowerBound >= position, range.upperBound <= bytes.count else { return }
    #expect(!range.isEmpty, sourceLocation: sourceLocation)
    let gap = String(decoding: bytes[position..<range.lowerBound], as: UTF8.self)
    #expect(
      gap.unicodeScalars.allSatisfy(isGapScalar), "non-space between sentences: \(gap.debugDescription)",
      sourceLocation: sourceLocation)
    let text = String(decoding: bytes[range], as: UTF8.self)
    #expect(
      text.unicodeScalars.first.map(isGapScalar) == false, "leading space in \(text.debugDescription)",
      sourceLocation: sourceLocation)
    #expect(
      text.unicodeScalars.last.map(isGapScalar) == false, "trailing space in \(text.debugDescription)",
      sourceLocation: sourceLocation)
    position = range.upperBound
  }
  let tail = String(decoding: bytes[position...], as: UTF8.self)
  #expect(
    tail.unicodeScalars.allSatisfy(isGapScalar), "non-space after the last sentence: \(tail.debugDescription)",
    sourceLocation: sourceLocation)
}

/// `SentenceSplitter`: expected sentences, full coverage of non-space bytes, and hostile input.
@Suite struct SentenceSplitterTests {
  static let cases: [SplitCase] = [
    .init(
      "titles", "Mr. Smith met Mrs. Jones and Dr. Brown. They talked.",
      ["Mr. Smith met Mrs. Jones and Dr. Brown.", "They talked."]),
    .init(
      "initialisms and ranks", "The U.S. and the U.N. agreed on Jan. 5. Prof. Li and Gen. Milley spoke.",
      ["The U.S. and the U.N. agreed on Jan. 5.", "Prof. Li and Gen. Milley spoke."]),
    .init(
      "politicians and saints", "Sen. Warren, Rep. Ocasio-Cortez and Gov. Newsom visited St. Louis. It rained.",
      ["Sen. Warren, Rep. Ocasio-Cortez and Gov. Newsom visited St. Louis.", "It rained."]),
    .init(
      "month abbreviations before numbers",
      "It happened on Feb. 3, Aug. 9, Sept. 11, Oct. 1, Nov. 2 and Dec. 25. Nobody came.",
      ["It happened on Feb. 3, Aug. 9, Sept. 11, Oct. 1, Nov. 2 and Dec. 25.", "Nobody came."]),
    .init(
      "number, versus, etc.", "He wore No. 5 in the final vs. Spain, etc. and won.",
      ["He wore No. 5 in the final vs. Spain, etc. and won."]),
    .init(
      "No. as an answer", "No. 10 Downing St. is famous. No. It is not.",
      ["No. 10 Downing St. is famous.", "No.", "It is not."]),
    .init(
      "e.g. and i.e.", "Use a fruit, e.g. Apples from Kent, i.e. Cox. Then eat.",
      ["Use a fruit, e.g. Apples from Kent, i.e. Cox.", "Then eat."]),
    .init(
      "companies and suffixes",
      "Apple Inc. reported results. Acme Corp. and Widgets Ltd. merged with Smith & Co. last year. Martin Luther King Jr. was born in 1929. John Smith Sr. died.",
      [
        "Apple Inc. reported results.", "Acme Corp. and Widgets Ltd. merged with Smith & Co. last year.",
        "Martin Luther King Jr. was born in 1929.", "John Smith Sr. died.",
      ]),
    .init(
      "company at the end", "Shares fell at Apple Inc. The company said little.",
      ["Shares fell at Apple Inc.", "The company said little."]),
    .init(
      "decimals and money", "Growth was 5.5mn, up from 3.14 and $1.2bn. Some 11,000 troops left.",
      ["Growth was 5.5mn, up from 3.14 and $1.2bn.", "Some 11,000 troops left."]),
    .init(
      "initials", "George W. Bush met J. K. Rowling. They spoke.", ["George W. Bush met J. K. Rowling.", "They spoke."]),
    .init(
      "initial before a sentence opener", "They chose Plan B. The rest failed.",
      ["They chose Plan B.", "The rest failed."]),
    .init(
      "ellipses", "He paused... and then spoke. Then he left… quietly. Wait… What?",
      ["He paused... and then spoke.", "Then he left… quietly.", "Wait…", "What?"]),
    .init(
      "quote then attribution then quote", "“It will help in Ukraine,” said Cha. “That may lower tension.”",
      ["“It will help in Ukraine,” said Cha.", "“That may lower tension.”"]),
    .init(
      "period inside closing quote", "He said: “It is over.” Then he left.",
      ["He said: “It is over.”", "Then he left."]),
    .init(
      "question with attribution", "“Why?” she asked. “Because!” he said.",
      ["“Why?” she asked.", "“Because!” he said."]),
    .init(
      "straight quotes", "\"Stop!\" she shouted. \"Now!\" He ran. 'Fine.' It ended.",
      ["\"Stop!\" she shouted.", "\"Now!\"", "He ran.", "'Fine.'", "It ended."]),
    .init("curly single quotes", "‘Go home.’ She did.", ["‘Go home.’", "She did."]),
    .init("quoted lower-case continuation", "He said “no.” and left.", ["He said “no.” and left."]),
    .init("double prime as quote", "It read ″Closed.″ Nobody came.", ["It read ″Closed.″", "Nobody came."]),
    .init("French guillemets with spaces", "« C'est fini. » Il est parti.", ["« C'est fini. »", "Il est parti."]),
    .init(
      "German quotes", "Er sagte: „Ja.“ Dann ging er. »Nein.« Sie blieb.",
      ["Er sagte: „Ja.“", "Dann ging er.", "»Nein.«", "Sie blieb."]),
    .init(
      "brackets", "He left (see above.) Then she came. (It was late.) Nobody noticed.",
      ["He left (see above.)", "Then she came.", "(It was late.)", "Nobody noticed."]),
    .init(
      "digit starts a sentence", "The vote was held. 2024 was a bad year.",
      ["The vote was held.", "2024 was a bad year."]),
    .init(
      "exclamation and question", "Really? Yes! Fine. What?! No way.",
      ["Really?", "Yes!", "Fine.", "What?!", "No way."]),
    .init(
      "lower case after a period", "It cost 5 dollars. and more, see setup.py. the end",
      ["It cost 5 dollars. and more, see setup.py. the end"]),
    .init("no space after period", "Visit example.com.It is new.", ["Visit example.com.It is new."]),
    .init(
      "U.S. at the end of a sentence",
      "They imposed sanctions on the U.S. The talks collapsed. He moved to the U.S. In 2020 he left.",
      ["They imposed sanctions on the U.S.", "The talks collapsed.", "He moved to the U.S.", "In 2020 he left."]),
    .init(
      "U.S. before a name", "The U.S. President spoke. U.N. Secretary-General Guterres listened.",
      ["The U.S. President spoke.", "U.N. Secretary-General Guterres listened."]),
    .init(
      "U.S. before a quote", "It came from the U.S. “The end is near,” he said.",
      ["It came from the U.S.", "“The end is near,” he said."]),
    .init(
      "p.m.", "We met at 5 p.m. The others left at 6 p.m. Eastern time.",
      ["We met at 5 p.m.", "The others left at 6 p.m. Eastern time."]),
    .init("shouted titles", "MR. SMITH WENT HOME. HE SLEPT.", ["MR. SMITH WENT HOME.", "HE SLEPT."]),
    .init("court case", "Roe v. Wade was decided. It stood.", ["Roe v. Wade was decided.", "It stood."]),
    .init(
      "German ordinal date", "Am 16. Januar 2024 begann es. Dann endete es.",
      ["Am 16. Januar 2024 begann es.", "Dann endete es."]),
    .init("Chinese", "这是第一句。这是第二句！第三句？", ["这是第一句。", "这是第二句！", "第三句？"]),
    .init("Japanese quote runs on", "彼は「行く。」と言った。次の文。", ["彼は「行く。」と言った。", "次の文。"]),
    .init(
      "Russian", "Это первое предложение. Это второе. и не третье.",
      ["Это первое предложение.", "Это второе. и не третье."]),
    .init("Arabic", "هذه جملة. هذه جملة أخرى.", ["هذه جملة.", "هذه جملة أخرى."]),
    .init("accented capital", "Il est venu. À midi il est parti.", ["Il est venu.", "À midi il est parti."]),
    .init("Spanish opening marks", "Vino ayer. ¿Por qué? ¡No sé!", ["Vino ayer.", "¿Por qué?", "¡No sé!"]),
    .init(
      "paragraph break", "Headline without stop\n\nBody starts here. More.",
      ["Headline without stop", "Body starts here.", "More."]),
    .init("single line break", "A line\ncontinues here.", ["A line\ncontinues here."]),
    .init("period then line break", "First.\nSecond.", ["First.", "Second."]),
    .init("surrounding whitespace", "  First one.   Second one.  \n", ["First one.", "Second one."]),
    .init("unicode spaces", "\u{A0}First.\u{2003}Second.\u{3000}", ["First.", "Second."]),
    .init("ellipsis at the end", "And so it goes…", ["And so it goes…"]),
    .init("empty", "", []),
    .init("only whitespace", "   \n\t \u{A0}  ", []),
    .init("lone curly quote", "“", ["“"]),
    .init("lone straight quote", " \" ", ["\""]),
    .init("lone period", ".", ["."]),
    .init("ten thousand periods", String(repeating: ".", count: 10_000), [String(repeating: ".", count: 10_000)]),
    .init(
      "spaced periods", String(repeating: ". ", count: 5_000),
      [String(repeating: ". ", count: 5_000).trimmingSpaceSuffix]),
    .init("emoji and symbols", "🎉 Done! ✅ Next. ☃︎ Snow.", ["🎉 Done!", "✅ Next.", "☃︎ Snow."]),
  ]

  @Test(arguments: cases)
  func splitsSentences(_ splitCase: SplitCase) {
    #expect(sentences(in: Array(splitCase.text.utf8)) == splitCase.expected)
  }

  @Test(arguments: cases)
  func coversEveryNonSpaceByteOnce(_ splitCase: SplitCase) {
    let bytes = Array(splitCase.text.utf8)
    expectCoverage(bytes, SentenceSplitter.split(bytes))
  }

  @Test(arguments: cases)
  func entryPointsAgree(_ splitCase: SplitCase) {
    let bytes = Array(splitCase.text.utf8)
    let fromBytes = SentenceSplitter.split(bytes)
    #expect(SentenceSplitter.split(splitCase.text) == fromBytes)
    #expect(SentenceSplitter.split(splitCase.text[...]) == fromBytes)
  }

  @Test func splitsWithinABlockRange() {
    let text = Array("Skip this. Take this. And this. Not this.".utf8)
    let ranges = text.withUnsafeBufferPointer { SentenceSplitter.split($0, in: 11..<31) }
    #expect(ranges.map { String(decoding: text[$0], as: UTF8.self) } == ["Take this.", "And this."])
    #expect(ranges.first?.lowerBound == 11)
  }

  @Test func rangeOutsideTheBufferIsClamped() {
    let text = Array("One. Two.".utf8)
    let ranges = text.withUnsafeBufferPointer { SentenceSplitter.split($0, in: 5..<100) }
    #expect(ranges == [5..<9])
  }

  @Test func megabyteWithoutPunctuationIsOneSentence() {
    let text = String(repeating: "word and more words ", count: 55_000)
    let bytes = Array(text.utf8)
    #expect(bytes.count > 1_000_000)
    #expect(SentenceSplitter.split(bytes) == [0..<(bytes.count - 1)])
  }

  @Test func megabyteWithoutSpacesIsOneSentence() {
    let bytes = Array(String(repeating: "a.B", count: 400_000).utf8)
    #expect(SentenceSplitter.split(bytes) == [0..<bytes.count])
  }

  @Test func invalidUTF8IsCoveredAndDoesNotCrash() {
    let bytes: [UInt8] = [0xFF, 0xFE] + Array(" Hello. ".utf8) + [0xC3] + Array(". World. ".utf8) + [0xE2, 0x80]
    let ranges = SentenceSplitter.split(bytes)
    expectCoverage(bytes, ranges)
    #expect(ranges.count == 2)
    #expect(ranges.last?.upperBound == bytes.count)
  }

  @Test func truncatedMarksAtTheEndDoNotCrash() {
    for tail: [UInt8] in [[0xE2], [0xE2, 0x80], [0xE3, 0x80], [0xEF, 0xBC], [0xC2]] {
      let bytes = Array("Done. ".utf8) + tail
      let ranges = SentenceSplitter.split(bytes)
      expectCoverage(bytes, ranges)
      // A broken sequence is not a capital, so it stays with the sentence before it.
      #expect(ranges == [0..<bytes.count])
    }
  }
}

extension String {
  fileprivate var trimmingSpaceSuffix: String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
