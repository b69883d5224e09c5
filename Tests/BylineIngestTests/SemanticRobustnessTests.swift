import BylineModel
import Testing

@testable import BylineIngest

/// Random pages built from the pieces that stress the semantic layer (every quotation mark, names, titles,
/// verbs of saying, numbers, dates, other scripts, stray punctuation): parsing never traps, and every range the
/// article holds lies inside its text, on character boundaries, and inside its block.
struct SemanticRobustnessTests {
  /// A fixed-seed generator, so a failure is reproducible.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
  }

  static let pieces = [
    "\"", "“", "”", "„", "«", "»", "″", "‘", "’", "'", ",", ".", ":", " – ", "—", "(", ")", "[", "]", "&", "-",
    " said", " told", " added", " according to", " he said", " she added", ", who said", " noted", " quoted",
    " as saying", " President", " Vladimir Putin", " Kim Jong-un", " Kim", " Dr.", " Ms", " NATO", " Nato",
    " the Kremlin", " U.S.", " DPRK", " North Korea", " Russia-North Korea", " VLADIMIR PUTIN", " the company",
    " Harwood & Pryce Ltd.", " University of Tasmania", " Va.", " on Tuesday", " last September", " 31 February",
    " June 19, 2024", " in 2000", " 11,000 containers", " 5mn", " $3bn", " ½", " two", " dozens", " Путин",
    " 김정은", " 🙂", " O’Carroll", " Jean-Pierre", " The", " In", " According", "\n\n", "\n", " ", "  ", "\u{00A0}",
  ]

  static func page(_ random: inout SplitMix) -> String {
    var text = "A headline about the summit\n\nBy Jane Roe\n\n"
    let count = Int(random.next() % 120) + 5
    for _ in 0..<count { text += pieces[Int(random.next() % UInt64(pieces.count))] }
    return text
  }

  @Test func randomPagesKeepEveryRangeValid() throws {
    var random = SplitMix(state: 0x5EED)
    for _ in 0..<1_500 {
      let text = Self.page(&random)
      guard let article = try? ArticleParser.parse(bytes: Array(text.utf8), id: "random", path: "random.txt") else {
        continue
      }
      let bytes = Array(article.text.utf8)
      func isValid(_ range: Range<Int>) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count, range.lowerBound <= range.upperBound else {
          return false
        }
        // A UTF-8 continuation byte never starts or ends a range.
        let startsOK = range.lowerBound == bytes.count || bytes[range.lowerBound] & 0xC0 != 0x80
        let endsOK = range.upperBound == bytes.count || bytes[range.upperBound] & 0xC0 != 0x80
        return startsOK && endsOK
      }
      for quote in article.quotes {
        #expect(isValid(quote.range), "quote range in \(text.debugDescription)")
        #expect(article.blocks[quote.block].range.contains(quote.range.lowerBound) || quote.range.isEmpty)
        #expect(article.sentences.indices.contains(quote.sentence))
      }
      for mention in article.mentions {
        #expect(isValid(mention.range) && !mention.range.isEmpty, "mention range in \(text.debugDescription)")
        #expect(!mention.entity.isEmpty)
      }
      for number in article.numbers { #expect(isValid(number.range), "number range in \(text.debugDescription)") }
      for date in article.dates {
        if case .body(_, _, let range) = date.place { #expect(isValid(range), "date in \(text.debugDescription)") }
      }
    }
  }

  /// The bad inputs the issue names: an unclosed quotation, a 10,000-character quotation, names in capitals and
  /// in other scripts, numbers and dates that cannot be.
  @Test func hostileTextGetsSensibleRows() throws {
    let long = String(repeating: "word ", count: 2_000)
    let text = """
      Headline of the story here

      President Vladimir Putin said “\(long)” he added. Путин и 김정은 met in Pyongyang.

      VLADIMIR PUTIN SAID "NO". The deal is worth $3bn and 5mn shells, ½ of 1,000,000.50 dollars on 31 February.

      "An opening mark that is never closed, said nobody in particular at the meeting
      """
    let article = try ArticleParser.parse(bytes: Array(text.utf8), id: "hostile", path: "hostile.txt")
    #expect(article.quotes.contains { $0.range.count > 9_000 && $0.speaker == "Vladimir Putin" })
    #expect(article.quotes.contains { $0.isUnclosed })
    #expect(article.mentions.filter { $0.kind == .person }.allSatisfy { $0.entity == "Vladimir Putin" })
    #expect(article.text.contains("Путин и 김정은"))
    #expect(article.numbers.contains { $0.value == 3_000_000_000 })
    #expect(article.numbers.contains { $0.value == 1_000_000.5 })
    #expect(!article.dates.contains { $0.text.contains("31 February") && $0.date != nil })
  }
}
