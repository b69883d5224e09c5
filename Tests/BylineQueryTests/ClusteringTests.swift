import BylineModel
import BylineQuery
import Testing

/// `cluster`: near-identical statements grouped across outlets, near-linear, never absurd.
@Suite struct ClusteringTests {
  /// The texts of the seeds' quotes, their articles and the sources of each group that has several members.
  static func seedGroups() -> [(texts: [String], sources: Set<String>)] {
    var texts: [String] = []
    var articles: [Int] = []
    let corpus = SeedCorpus.indexed.corpus
    for (number, article) in corpus.articles.enumerated() {
      for quote in article.quotes {
        texts.append(String(article.text(in: quote.range)))
        articles.append(number)
      }
    }
    return Clustering.clusters(of: texts, articles: articles).filter { $0.count > 1 }.map { group in
      (group.map { texts[$0] }, Set(group.map { corpus.articles[articles[$0]].source ?? "" }))
    }
  }

  /// The groups written from reading the seeds.
  ///
  /// The statements that more than one outlet carries, and those one outlet repeats. Each is matched by a word of every member.
  @Test func seedQuotesCarriedByMoreThanOneOutlet() {
    guard SeedCorpus.present() else { return }
    let groups = Self.seedGroups()
    typealias Expected = (words: [String], sources: Set<String>)
    let expected: [Expected] = [
      // The mutual-assistance clause, reported as the scare quote "aggression".
      (["aggression", "aggression", "aggression"], ["The Times Hub", "Financial Times", "BBC"]),
      // Blinken: "is desperate to develop and strengthen relationships …" / "develop and expand relations …".
      (["desperate", "expand"], ["The Times Hub", "INPAC Times"]),
      // Putin: "military-technical cooperation" (CNBC) / "military technical co-operation" (FT).
      (["rule out", "military technical co-operation"], ["CNBC", "Financial Times"]),
      // Kim: "a new, high level of alliance" (BBC) / "alliance" (INPAC Times).
      (["high level", "alliance"], ["BBC", "INPAC Times"]),
      // One outlet: Jenny Town's "ready to support Russia's efforts", twice in The Times Hub.
      (["interested partner", "wage war"], ["The Times Hub"]),
      (["comprehensive strategic partnership", "comprehensive strategic partnership"], ["CNBC"]),
    ]
    #expect(groups.count == expected.count, "\(groups.map(\.texts))")
    for (words, sources) in expected {
      let match = groups.first { (group: (texts: [String], sources: Set<String>)) -> Bool in
        guard group.texts.count == words.count else { return false }
        return words.allSatisfy { (word: String) -> Bool in group.texts.contains { $0.lowercased().contains(word) } }
      }
      #expect(match?.sources == sources, "no group for \(words) in \(groups.map(\.texts))")
    }
    let acrossOutlets = groups.filter { $0.sources.count >= 2 }
    #expect(acrossOutlets.count == 4)
  }

  @Test func representativeFirstLargestGroupsFirstSingletonsKept() {
    let texts = [
      "alone here", "the same quote about the big war", "the same quote about a big war",
      "another lonely statement", "the same quote about the big war!",
    ]
    let groups = Clustering.clusters(of: texts, articles: [0, 1, 2, 3, 4])
    #expect(groups == [[4, 1, 2], [0], [3]])
  }

  @Test func thresholdOneNeedsOneSetInsideTheOther() {
    let texts = [
      "putin and kim signed the treaty today", "putin and kim signed a treaty", "putin kim signed a deal in pyongyang",
    ]
    #expect(Clustering.clusters(of: texts, articles: [0, 1, 2], threshold: 1) == [[0, 1], [2]])
    #expect(Clustering.clusters(of: texts, articles: [0, 1, 2], threshold: 0.5).count == 1)
  }

  /// Random texts from a small vocabulary (so that many share words), with empty and odd ones among them:
  /// clustering and search never trap, every text lands in exactly one group, and it stays fast.
  @Test func randomTextsNeverCrash() throws {
    var generator = SeededGenerator(seed: 7)
    let vocabulary = [
      "russia", "korea", "putin", "kim", "sanctions", "war", "the", "a", "of", "Erdoğan", "北朝鮮", "👍🏽", "-", "’s", "\n",
      "co-operation", "", "*",
    ]
    var texts: [String] = []
    for _ in 0..<20_000 {
      let count = Int(generator.next() % 12)
      texts.append(
        (0..<count).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }.joined(separator: " "))
    }
    let articles = texts.indices.map { $0 % 97 }
    let clock = ContinuousClock()
    var groups: [[Int]] = []
    let elapsed = clock.measure { groups = Clustering.clusters(of: texts, articles: articles) }
    #expect(groups.flatMap { $0 }.sorted() == Array(texts.indices))
    #expect(elapsed < .seconds(20))

    let corpus = SearchEngineTests.corpus(
      texts.prefix(2_000).enumerated().map { ("S\($0.offset % 5)", [$0.element, $0.element + " end"]) })
    let engine = SearchEngine(index: SearchIndex(corpus))
    for query in [
      "russia", "\"the war\"", "kim NEAR/2 putin", "sanction* NOT korea", "北朝鮮", "source:S1 war",
      "(a OR of) NEAR/1 the",
    ] {
      let hits = try engine.hits(for: SearchTestSupport.query(query), in: corpus)
      for hit in hits {
        let range = corpus.corpus.articles[hit.article].sentences[hit.sentence].range
        #expect(hit.spans.allSatisfy { range.contains($0.lowerBound) && $0.upperBound <= range.upperBound })
        _ = Concordance.line(text: corpus.corpus.articles[hit.article].text, hit: hit.spans[0], width: 10)
      }
    }
  }
}
