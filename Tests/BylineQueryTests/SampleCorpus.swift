import BylineModel
import BylineQuery
import Testing

/// A corpus of two small articles built by hand, with every collection represented, for schema and
/// comparison tests.
enum SampleCorpus {
  static let cnbcText = """
    Kim Jong Un met Putin in Pyongyang. “We are allies,” Kim said.

    Russia sent more than 11,000 containers of ammunition.
    """

  static let bbcText = """
    Путин прибыл в Пхеньян.

    Kim Jong-un greeted him on Wednesday.
    """

  static let indexed = IndexedCorpus(corpus)

  static var corpus: Corpus {
    var cnbc = Article(
      id: "cnbc-kim", path: "seeds/cnbc-kim.txt", title: "Kim meets Putin",
      date: CalendarDate(year: 2024, month: 6, day: 19),
      source: "CNBC", authors: ["Ann Lee", "Bo Kim"], language: "en", text: cnbcText,
      blocks: [
        Block(kind: .paragraph, range: range("Kim Jong Un met", through: "Kim said.", in: cnbcText), lines: 5...5),
        Block(kind: .paragraph, range: range("Russia sent", through: "ammunition.", in: cnbcText), lines: 7...8),
      ],
      sentences: [
        Sentence(block: 0, range: range("Kim Jong Un met", through: "Pyongyang.", in: cnbcText)),
        Sentence(block: 0, range: range("“We are", through: "Kim said.", in: cnbcText)),
        Sentence(block: 1, range: range("Russia sent", through: "ammunition.", in: cnbcText)),
      ],
      metadataLines: [MetadataLine(line: 1, text: "Kim meets Putin", role: .title)],
      boilerplate: [
        BoilerplateLine(line: 2, text: "Skip Navigation", reason: "navigation"),
        BoilerplateLine(line: 10, text: "Subscribe now", reason: "advertising"),
      ])
    cnbc.quotes = [
      Quote(
        block: 0, sentence: 1, range: range("We are", through: "allies,", in: cnbcText), speaker: "Kim Jong Un",
        speakerText: "Kim", cue: "said", kind: .full),
      Quote(block: 1, sentence: 2, range: range("containers", through: "containers", in: cnbcText), kind: .partial),
    ]
    cnbc.mentions = [
      Mention(
        entity: "Kim Jong Un", kind: .person, block: 0, sentence: 0,
        range: range("Kim Jong Un", through: "Un", in: cnbcText)),
      Mention(
        entity: "Vladimir Putin", kind: .person, block: 0, sentence: 0,
        range: range("Putin", through: "Putin", in: cnbcText)),
      Mention(
        entity: "Russia", kind: .place, block: 1, sentence: 2, range: range("Russia", through: "Russia", in: cnbcText)),
    ]
    cnbc.numbers = [
      StatedNumber(
        block: 1, sentence: 2, range: range("more than", through: "containers", in: cnbcText), value: 11000,
        unit: "containers", qualifier: "more than")
    ]
    cnbc.dates = [
      DateMention(place: .line(3), text: "June 19, 2024", date: CalendarDate(year: 2024, month: 6, day: 19))
    ]

    var bbc = Article(
      id: "bbc-summit", path: "seeds/bbc-summit.txt", title: "Summit in Pyongyang", source: "BBC", site: "bbc.co.uk",
      language: "en", text: bbcText,
      blocks: [
        Block(kind: .heading, range: range("Путин", through: "Пхеньян.", in: bbcText), lines: 1...1),
        Block(kind: .paragraph, range: range("Kim Jong-un", through: "Wednesday.", in: bbcText), lines: 3...3),
      ],
      sentences: [
        Sentence(block: 0, range: range("Путин", through: "Пхеньян.", in: bbcText)),
        Sentence(block: 1, range: range("Kim Jong-un", through: "Wednesday.", in: bbcText)),
      ])
    bbc.mentions = [
      Mention(
        entity: "Vladimir Putin", kind: .person, block: 0, sentence: 0,
        range: range("Путин", through: "Путин", in: bbcText)),
      Mention(
        entity: "Kim Jong Un", kind: .person, block: 1, sentence: 1,
        range: range("Kim Jong-un", through: "Jong-un", in: bbcText)),
    ]
    bbc.dates = [
      DateMention(
        place: .body(block: 1, sentence: 1, range: range("on Wednesday", through: "Wednesday", in: bbcText)),
        text: "on Wednesday", date: nil)
    ]
    let entities = [
      Entity(
        name: "Kim Jong Un", kind: .person, aliases: ["Kim", "Kim Jong Un", "Kim Jong-un"], mentions: 2, articles: 2,
        sources: 2),
      Entity(name: "Vladimir Putin", kind: .person, aliases: ["Putin", "Путин"], mentions: 2, articles: 2, sources: 2),
      Entity(name: "Russia", kind: .place, aliases: ["Russia"], mentions: 1, articles: 1, sources: 1),
      Entity(name: "Kim Jong Il", kind: .person, aliases: ["Kim Jong Il"], mentions: 0, articles: 0, sources: 0),
    ]
    return Corpus(articles: [cnbc, bbc], entities: entities)
  }

  /// The UTF-8 byte range from the first occurrence of `start` to the end of the first `end` after it.
  static func range(_ start: String, through end: String, in text: String) -> Range<Int> {
    let bytes = Array(text.utf8)
    let lower = offset(of: Array(start.utf8), in: bytes, from: 0)
    let upper = offset(of: Array(end.utf8), in: bytes, from: lower) + end.utf8.count
    return lower..<upper
  }

  private static func offset(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int {
    for index in start...(bytes.count - needle.count) where Array(bytes[index..<index + needle.count]) == needle {
      return index
    }
    preconditionFailure("\(String(decoding: needle, as: UTF8.self)) is not in the sample text")
  }

  /// The entity cell of the entity with this canonical name.
  static func entity(_ name: String) -> Value {
    indexed.entityValue(name: name)
  }
}

/// Expects a call's type check to fail with `message`.
func expectProblem(
  _ result: Result<ValueType, CallProblem>, calling name: String, _ message: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  guard case .failure(let problem) = result else {
    Issue.record("`\(name)` accepted the arguments", sourceLocation: sourceLocation)
    return
  }
  #expect(problem.message(calling: name) == message, sourceLocation: sourceLocation)
}
