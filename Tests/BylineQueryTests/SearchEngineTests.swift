import BylineModel
import BylineQuery
import Testing

/// `search` on the seeds, on small hand-made articles, and on bad input.
@Suite struct SearchEngineTests {
  /// A corpus of one article per entry, each a single paragraph of the given sentences.
  static func corpus(_ articles: [(source: String, sentences: [String])]) -> IndexedCorpus {
    var built: [Article] = []
    for (number, entry) in articles.enumerated() {
      var text = ""
      var sentences: [Sentence] = []
      for sentence in entry.sentences {
        if !text.isEmpty { text += " " }
        let start = text.utf8.count
        text += sentence
        sentences.append(Sentence(block: 0, range: start..<text.utf8.count))
      }
      built.append(
        Article(
          id: "a\(number)", path: "a\(number).txt", source: entry.source, text: text,
          blocks: [Block(kind: .paragraph, range: 0..<text.utf8.count, lines: 1...1)], sentences: sentences))
    }
    return IndexedCorpus(Corpus(articles: built))
  }

  static let small = corpus([
    (
      "Le Monde",
      [
        "Recep Tayyip Erdoğan met the press in İstanbul.", "The Straße was closed for Kim Jong-un’s convoy.",
        "Kim Jong Un waved.", "Sanctions were lifted.", "North Korea’s leader spoke.",
      ]
    ),
    ("CNBC", ["Erdogan said sanctions hurt Russia badly.", "Russia sanctions are sanctioned.", "北朝鮮とロシア"]),
  ])

  static func sentences(_ query: String, in corpus: IndexedCorpus = small) throws -> [String] {
    let engine = SearchEngine(index: SearchIndex(corpus))
    return try engine.hits(for: SearchTestSupport.query(query), in: corpus).map {
      SearchTestSupport.sentenceText($0, in: corpus)
    }
  }

  struct Case: CustomTestStringConvertible, Sendable {
    let query: String
    let expected: [String]
    var testDescription: String { query }
  }

  static let cases: [Case] = [
    Case(
      query: "erdogan",
      expected: ["Recep Tayyip Erdoğan met the press in İstanbul.", "Erdogan said sanctions hurt Russia badly."]),
    Case(query: "ERDOĞAN istanbul", expected: ["Recep Tayyip Erdoğan met the press in İstanbul."]),
    Case(query: "strasse", expected: ["The Straße was closed for Kim Jong-un’s convoy."]),
    Case(query: "Jong-un", expected: ["The Straße was closed for Kim Jong-un’s convoy.", "Kim Jong Un waved."]),
    Case(
      query: "\"kim jong un\"", expected: ["The Straße was closed for Kim Jong-un’s convoy.", "Kim Jong Un waved."]),
    Case(query: "\"korea's\"", expected: ["North Korea’s leader spoke."]),
    Case(query: "korea", expected: ["North Korea’s leader spoke."]),
    Case(
      query: "sanction*",
      expected: [
        "Sanctions were lifted.", "Erdogan said sanctions hurt Russia badly.", "Russia sanctions are sanctioned.",
      ]),
    Case(
      query: "sanctions",
      expected: [
        "Sanctions were lifted.", "Erdogan said sanctions hurt Russia badly.", "Russia sanctions are sanctioned.",
      ]),
    Case(query: "\"sanctions hurt\"", expected: ["Erdogan said sanctions hurt Russia badly."]),
    Case(query: "\"hurt sanctions\"", expected: []),
    Case(query: "\"russia sanc*\"", expected: ["Russia sanctions are sanctioned."]),
    Case(query: "sanctions NOT russia", expected: ["Sanctions were lifted."]),
    Case(query: "sanctions -russia", expected: ["Sanctions were lifted."]),
    Case(query: "lifted OR waved", expected: ["Kim Jong Un waved.", "Sanctions were lifted."]),
    Case(
      query: "(lifted OR hurt) sanctions",
      expected: ["Sanctions were lifted.", "Erdogan said sanctions hurt Russia badly."]),
    Case(query: "sanctions NEAR/1 russia", expected: ["Russia sanctions are sanctioned."]),
    Case(
      query: "sanctions NEAR/2 russia",
      expected: ["Erdogan said sanctions hurt Russia badly.", "Russia sanctions are sanctioned."]),
    Case(query: "erdogan NEAR/2 russia", expected: []),
    Case(
      query: "source:cnbc sanctions",
      expected: ["Erdogan said sanctions hurt Russia badly.", "Russia sanctions are sanctioned."]),
    Case(query: "source:\"le monde\" sanctions", expected: ["Sanctions were lifted."]),
    Case(query: "sanctions NOT source:cnbc", expected: ["Sanctions were lifted."]),
    Case(query: "kind:heading", expected: []),
    Case(query: "北朝鮮", expected: ["北朝鮮とロシア"]),
    Case(
      query: "the",
      expected: ["Recep Tayyip Erdoğan met the press in İstanbul.", "The Straße was closed for Kim Jong-un’s convoy."]),
    Case(query: "nowhere", expected: []),
    Case(query: String(repeating: "x", count: 10_000), expected: []),
  ]

  @Test(arguments: cases)
  func matchesTheSentencesExpected(_ example: Case) throws {
    #expect(try Self.sentences(example.query) == example.expected)
  }

  @Test func spansAreTheMatchedWordsInTextOrder() throws {
    let corpus = Self.small
    let engine = SearchEngine(index: SearchIndex(corpus))
    let hits = try engine.hits(for: SearchTestSupport.query("russia sanction*"), in: corpus)
    #expect(
      hits.map { SearchTestSupport.spanTexts($0, in: corpus) } == [
        ["sanctions", "Russia"], ["Russia", "sanctions", "sanctioned"],
      ])
    let possessive = try engine.hits(for: SearchTestSupport.query("Jong-un"), in: corpus)
    #expect(possessive.map { SearchTestSupport.spanTexts($0, in: corpus) } == [["Jong-un"], ["Jong Un"]])
    #expect(hits.allSatisfy { $0.score > 0 })
    let fieldOnly = try engine.hits(for: SearchTestSupport.query("source:CNBC"), in: corpus)
    #expect(fieldOnly.count == 3)
    #expect(fieldOnly.allSatisfy { $0.spans == [corpus.corpus.articles[$0.article].sentences[$0.sentence].range] })
  }

  @Test func bm25RanksTheRarerAndDenserMatchHigher() throws {
    let corpus = Self.corpus([
      ("X", ["sanctions sanctions sanctions", "sanctions and a great many other words around it here"])
    ])
    let hits = try SearchEngine(index: SearchIndex(corpus)).hits(for: SearchTestSupport.query("sanctions"), in: corpus)
    #expect(hits.count == 2)
    #expect(hits[0].score > hits[1].score)
  }

  // MARK: - Bad input

  struct BadCase: CustomTestStringConvertible, Sendable {
    let query: String
    /// The text of the query that the error points at.
    let pointsAt: String
    let message: String
    var testDescription: String { query }
  }

  static let badCases: [BadCase] = [
    BadCase(query: "NOT russia", pointsAt: "NOT russia", message: "cannot be only 'NOT"),
    BadCase(query: "-russia -korea", pointsAt: "-russia -korea", message: "cannot be only 'NOT"),
    BadCase(query: "lifted OR NOT russia", pointsAt: "NOT russia", message: "'NOT' cannot be an alternative"),
    BadCase(query: "sanctions NEAR/0 russia", pointsAt: "sanctions NEAR/0 russia", message: "NEAR/0"),
    BadCase(query: "speakr:Putin", pointsAt: "speakr", message: "unknown search field 'speakr'"),
    BadCase(query: "kind:headng", pointsAt: "headng", message: "unknown block kind 'headng'"),
    BadCase(query: "\"…\"", pointsAt: "\"…\"", message: "no letters or digits"),
    BadCase(query: "source:(speaker:Putin)", pointsAt: "speaker", message: "cannot nest"),
    BadCase(query: "source:CNBC NEAR/3 russia", pointsAt: "source:CNBC", message: "'NEAR' needs words"),
  ]

  @Test(arguments: badCases)
  func badInputIsAnErrorPointingInsideTheQuery(_ example: BadCase) throws {
    let query = try SearchTestSupport.query(example.query)
    do {
      _ = try SeedCorpus.engine.hits(for: query, in: SeedCorpus.indexed)
      Issue.record("no error for \(example.query)")
    } catch {
      let text = "search " + example.query
      let start = text.utf8.index(text.utf8.startIndex, offsetBy: error.range.lowerBound)
      let end = text.utf8.index(text.utf8.startIndex, offsetBy: error.range.upperBound)
      #expect(String(text[start..<end]) == example.pointsAt)
      #expect(error.message.contains(example.message), "\(error.message)")
      #expect(error.diagnostic.isError)
    }
  }

  @Test func didYouMeanForAMisspeltField() throws {
    let query = try SearchTestSupport.query("speakr:Putin")
    do {
      _ = try SeedCorpus.engine.hits(for: query, in: SeedCorpus.indexed)
      Issue.record("no error")
    } catch {
      #expect(error.help == "did you mean 'speaker'?")
    }
  }

  @Test func aPrefixStandingForTooManyWordsIsRefused() throws {
    let words = (0..<(SearchEngine.maximumExpansions + 1)).map { "w\($0)" }.joined(separator: " ")
    let corpus = Self.corpus([("X", [words])])
    let engine = SearchEngine(index: SearchIndex(corpus))
    #expect(throws: SearchError.self) { try engine.hits(for: SearchTestSupport.query("w*"), in: corpus) }
    #expect(try engine.hits(for: SearchTestSupport.query("w1000*"), in: corpus).count == 1)
  }

  @Test func tenThousandAlternativesRunQuickly() throws {
    let query = (0..<10_000).map { "term\($0)" }.joined(separator: " OR ") + " OR ballistic"
    let clock = ContinuousClock()
    var hits: [SearchHit] = []
    let elapsed = try clock.measure {
      hits = try SeedCorpus.engine.hits(for: SearchTestSupport.query(query), in: SeedCorpus.indexed)
    }
    #expect(!SeedCorpus.present() || hits.count == 7)
    #expect(elapsed < .seconds(5))
  }

  @Test func aDeepQueryBuiltByHandIsRefusedNotCrashed() {
    var query = SearchQuery(.word("russia", prefix: false), range: SourceRange(0, 6))
    for _ in 0..<5_000 {
      query = SearchQuery(
        .and([query, SearchQuery(.word("korea", prefix: false), range: SourceRange(0, 5))]), range: SourceRange(0, 6))
    }
    #expect(throws: SearchError.self) { try SeedCorpus.engine.hits(for: query, in: SeedCorpus.indexed) }
  }
}

/// `search` on the five seed articles, with expectations counted from the seed files.
@Suite struct SeedSearchTests {
  /// `grep -ci "ballistic missile"` over the seeds gives 1 + 2 + 0 + 1 + 3 lines; the 9 occurrences sit in
  /// 7 sentences, one of 004's holding three.
  @Test func ballisticMissileFindsEverySentence() throws {
    guard SeedCorpus.present() else { return }
    let hits = try SeedCorpus.hits("\"ballistic missile*\"")
    let corpus = SeedCorpus.indexed
    #expect(hits.count == 7)
    #expect(hits.flatMap(\.spans).count == 9)
    #expect(
      hits.map { corpus.corpus.articles[$0.article].id.prefix(3) } == ["000", "001", "001", "003", "004", "004", "004"])
    for hit in hits {
      for text in SearchTestSupport.spanTexts(hit, in: corpus) {
        #expect(["ballistic missile", "ballistic missiles"].contains(text))
      }
    }
    // Sorted by article and sentence.
    #expect(
      hits.map { [$0.article, $0.sentence] }
        == hits.map { [$0.article, $0.sentence] }.sorted { $0.lexicographicallyPrecedes($1) })
  }

  /// Read from the seeds: "lift sanctions, it could negotiate with Russia" (The Times Hub, 5 words apart) and
  /// "condemned sanctions on Russia" (BBC); every other sentence with both has them further apart, and CNBC's
  /// "sanction both Russia" is not "sanctions".
  @Test func sanctionsNearRussiaBySource() throws {
    guard SeedCorpus.present() else { return }
    let hits = try SeedCorpus.hits("sanctions NEAR/5 Russia")
    let sources = Dictionary(grouping: hits) { SeedCorpus.indexed.corpus.articles[$0.article].source ?? "" }
      .mapValues(\.count)
    #expect(sources == ["The Times Hub": 1, "BBC": 1])
    #expect(try SeedCorpus.hits("sanctions NEAR/4 Russia").count == 1)
    #expect(try SeedCorpus.hits("sanction* NEAR/5 Russia").count == 3)
  }

  @Test func fieldScopesOnTheSeeds() throws {
    guard SeedCorpus.present() else { return }
    let corpus = SeedCorpus.indexed
    // Blinken's quotes: The Times Hub once, INPAC Times twice.
    let blinken = try SeedCorpus.hits("speaker:Blinken")
    #expect(Set(blinken.map { corpus.corpus.articles[$0.article].source ?? "" }) == ["The Times Hub", "INPAC Times"])
    #expect(blinken.count == 3)
    #expect(try SeedCorpus.hits("speaker:\"Antony Blinken\"") == blinken)
    // Sentences holding a Putin quote and the word sanctions: the Financial Times' "military technical
    // co-operation … its sanctions regime" and "suffocating sanctions", and BBC's "condemned sanctions … diktat".
    let putin = try SeedCorpus.hits("speaker:Putin sanctions")
    #expect(
      putin.map { corpus.corpus.articles[$0.article].source ?? "" } == ["Financial Times", "Financial Times", "BBC"])
    #expect(try SeedCorpus.hits("source:cnbc ballistic").count == 2)
    #expect(try SeedCorpus.hits("ballistic NOT source:cnbc").count == 5)
    #expect(try SeedCorpus.hits("source:(BBC OR CNBC) ballistic").count == 3)
  }
}
