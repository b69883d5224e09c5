import Foundation
import Testing

/// The parser against hand annotation, scored by `../shared/seeds/gold/score.py`: the seeds (the bar of
/// issue 3), the bundled examples, text-browser dumps of invented news pages, and held-out pages written
/// without looking at the parser (the honest estimate for pages nobody has seen).
@Suite(.serialized) struct GoldScoreTests {
  /// One annotated set and the figures it must reach.
  struct GoldSet: CustomTestStringConvertible, Sendable {
    let label: String
    /// Pages and gold folders, relative to the project root; nil means the shared seeds.
    let pages: String?
    let gold: String?
    let bodyF1: Double
    let boilerplatePrecision: Double
    let boilerplateRecall: Double
    /// Share of articles whose title (with its aliases), date, source and authors must be right.
    let titleShare: Double
    let dateShare: Double
    let sourceShare: Double
    let authorShare: Double
    var testDescription: String { label }
  }

  static let sets: [GoldSet] = [
    GoldSet(
      label: "seeds", pages: nil, gold: nil, bodyF1: 0.97, boilerplatePrecision: 0.95,
      boilerplateRecall: 0.95, titleShare: 1, dateShare: 1, sourceShare: 1, authorShare: 1),
    // One example has no headline, which the scorer cannot credit.
    GoldSet(
      label: "examples", pages: "examples/corpus", gold: "examples/gold", bodyF1: 0.96,
      boilerplatePrecision: 0.95, boilerplateRecall: 0.95, titleShare: 0.9, dateShare: 0.9, sourceShare: 0.9,
      authorShare: 0.8),
    GoldSet(
      label: "text-browser dumps", pages: "Tests/BylineIngestTests/Fixtures/Pages",
      gold: "Tests/BylineIngestTests/Fixtures/PagesGold", bodyF1: 0.90, boilerplatePrecision: 0.95,
      boilerplateRecall: 0.90, titleShare: 0.9, dateShare: 0.9, sourceShare: 0.9, authorShare: 0.85),
    GoldSet(
      label: "held-out pages", pages: "Tests/BylineIngestTests/Fixtures/HeldOut",
      gold: "Tests/BylineIngestTests/Fixtures/HeldOutGold", bodyF1: 0.90, boilerplatePrecision: 0.90,
      boilerplateRecall: 0.90, titleShare: 0.8, dateShare: 0.9, sourceShare: 0.6, authorShare: 0.75),
    GoldSet(
      label: "held-out pages, second set", pages: "Tests/BylineIngestTests/Fixtures/HeldOut2",
      gold: "Tests/BylineIngestTests/Fixtures/HeldOut2Gold", bodyF1: 0.88, boilerplatePrecision: 0.90,
      boilerplateRecall: 0.82, titleShare: 0.8, dateShare: 0.8, sourceShare: 0.6, authorShare: 0.6),
    GoldSet(
      label: "held-out pages in the layouts of the biggest sites", pages: "Tests/BylineIngestTests/Fixtures/HeldOut3",
      gold: "Tests/BylineIngestTests/Fixtures/HeldOut3Gold", bodyF1: 0.90, boilerplatePrecision: 0.90,
      boilerplateRecall: 0.90, titleShare: 0.9, dateShare: 0.8, sourceShare: 0.4, authorShare: 0.6),
  ]

  @Test(arguments: sets)
  func matchesTheGold(_ set: GoldSet) throws {
    guard GoldScoring.sharedSeedsPresent() else { return }
    let root = GoldScoring.projectRoot
    let pages = set.pages.map { root.appendingPathComponent($0) } ?? GoldScoring.seeds
    let gold = set.gold.map { root.appendingPathComponent($0) } ?? GoldScoring.seeds.appendingPathComponent("gold")
    let figures = try GoldScoring.score(pages: pages, gold: gold, label: set.label)
    let articles = GoldScoring.number(figures, "articles")
    #expect(articles > 0)
    #expect(GoldScoring.number(figures, "body_f1") >= set.bodyF1)
    #expect(GoldScoring.number(figures, "bp", "p") >= set.boilerplatePrecision)
    #expect(GoldScoring.number(figures, "bp", "r") >= set.boilerplateRecall)
    #expect(GoldScoring.number(figures, "title_match") >= (articles * set.titleShare).rounded(.down))
    #expect(GoldScoring.number(figures, "date") >= (articles * set.dateShare).rounded(.down))
    #expect(GoldScoring.number(figures, "source") >= (articles * set.sourceShare).rounded(.down))
    #expect(GoldScoring.number(figures, "authors") >= (articles * set.authorShare).rounded(.down))
    #expect(GoldScoring.number(figures, "language") == articles)
  }

  /// Issue 3's bar on the seeds is exact: every field on every article, and blocks of the right kind.
  @Test func seedsAreExact() throws {
    guard GoldScoring.sharedSeedsPresent() else { return }
    let figures = try GoldScoring.score(
      pages: GoldScoring.seeds, gold: GoldScoring.seeds.appendingPathComponent("gold"), label: "seeds (exact)")
    for field in ["title_exact", "date", "source", "site", "authors", "language"] {
      #expect(GoldScoring.number(figures, field) == 5, "\(field) must be 5/5")
    }
    #expect(GoldScoring.number(figures, "block_kind_acc") >= 0.90)
  }

  /// Every figure named in `bars` ("quotes.p", "speaker_acc") at or above its bar.
  static func expect(_ figures: [String: Any], reach bars: [String: Double]) {
    for (key, bar) in bars.sorted(by: { $0.key < $1.key }) {
      let path = key.split(separator: ".").map(String.init)
      let value = path.count == 1 ? GoldScoring.number(figures, path[0]) : GoldScoring.number(figures, path[0], path[1])
      #expect(value >= bar, "\(key) is \(value), below \(bar)")
    }
  }

  /// A held-out semantic set and the figures it must keep.
  struct SemanticSet: CustomTestStringConvertible, Sendable {
    let label: String
    let folder: String
    let bars: [String: Double]
    var testDescription: String { label }
  }

  /// Pages written from the gold policies without looking at the parser: the estimate for other sites. The bars
  /// sit a little under the figures measured when each set was last tuned against.
  static let semanticSets: [SemanticSet] = [
    SemanticSet(
      label: "held-out semantics", folder: "Tests/BylineIngestTests/Fixtures/SemanticHeldOut",
      bars: [
        "quotes.p": 0.95, "quotes.r": 0.95, "speaker_acc": 0.90, "mentions.p": 0.85, "mentions.r": 0.78,
        "numbers.p": 0.95, "numbers.r": 0.93, "unit_acc": 0.85, "dates.p": 0.93, "dates.r": 0.93,
        "resolved_date_acc": 0.90,
      ]),
    SemanticSet(
      label: "held-out semantics, second set", folder: "Tests/BylineIngestTests/Fixtures/SemanticHeldOut2",
      bars: [
        "quotes.p": 0.95, "quotes.r": 0.93, "speaker_acc": 0.85, "mentions.p": 0.90, "mentions.r": 0.78,
        "numbers.p": 0.95, "numbers.r": 0.93, "unit_acc": 0.80, "dates.p": 0.92, "dates.r": 0.93,
        "resolved_date_acc": 0.88,
      ]),
    SemanticSet(
      label: "held-out semantics, third set", folder: "Tests/BylineIngestTests/Fixtures/SemanticHeldOut3",
      bars: [
        "quotes.p": 0.93, "quotes.r": 0.93, "speaker_acc": 0.80, "mentions.p": 0.78, "mentions.r": 0.64,
        "numbers.p": 0.95, "numbers.r": 0.88, "unit_acc": 0.78, "dates.p": 0.95, "dates.r": 0.95,
        "resolved_date_acc": 0.85,
      ]),
    SemanticSet(
      label: "held-out semantics, fourth set", folder: "Tests/BylineIngestTests/Fixtures/SemanticHeldOut4",
      bars: [
        "quotes.p": 0.95, "quotes.r": 0.95, "speaker_acc": 0.85, "mentions.p": 0.80, "mentions.r": 0.70,
        "numbers.p": 0.95, "numbers.r": 0.95, "unit_acc": 0.88, "dates.p": 0.95, "dates.r": 0.95,
        "resolved_date_acc": 0.93,
      ]),
  ]

  @Test(arguments: semanticSets)
  func heldOutSemanticsHoldUp(_ set: SemanticSet) throws {
    guard GoldScoring.sharedSeedsPresent() else { return }
    let folder = GoldScoring.projectRoot.appendingPathComponent(set.folder)
    let figures = try GoldScoring.score(pages: folder, gold: folder.appendingPathComponent("gold"), label: set.label)
    Self.expect(figures, reach: set.bars)
  }

  /// Issue 4's bars on the seeds: quotes and speakers, mentions and their unification, numbers and dates.
  @Test func seedSemanticsReachTheBars() throws {
    guard GoldScoring.sharedSeedsPresent() else { return }
    let figures = try GoldScoring.score(
      pages: GoldScoring.seeds, gold: GoldScoring.seeds.appendingPathComponent("gold"), label: "seeds (semantics)")
    Self.expect(
      figures,
      reach: [
        "quotes.p": 0.95, "quotes.r": 0.95, "speaker_acc": 0.95, "mentions.p": 0.95, "mentions.r": 0.95,
        "unification.p": 0.95, "unification.r": 0.95, "numbers.r": 0.90, "unit_acc": 0.90, "dates.r": 0.90,
        "resolved_date_acc": 0.90,
      ])
  }
}
