import BylineModel
import BylineQuery
import Foundation
import Testing

// The evaluator's semantics through `Session`, over four one-sentence articles built by hand so that every
// expected row can be read off the table below:
//
// | id    | source | date       | text                                                       | quote (speaker)               | number         |
// |-------|--------|------------|------------------------------------------------------------|-------------------------------|----------------|
// | one   | CNBC   | 2024-06-19 | Kim Jong Un said we are allies and sent 11000 containers.  | we are allies (Kim Jong Un)   | 11000 containers |
// | two   | BBC    | 2024-06-20 | Kim Jong-un praised a new alliance after 5 shells.         | a new alliance (Kim Jong Un)  | 5 shells       |
// | three | null   | null       | An official called it aggression for 3 years.              | aggression (null)             | 3 years        |
// | four  | CNBC   | 2024-06-20 | Putin warned of blackmail and 2 shells.                    | blackmail (Vladimir Putin)    | 2 shells       |

/// The hand-built corpus of the table above.
enum EvaluatorCorpus {
  struct Line {
    var id: String
    var source: String?
    var date: CalendarDate?
    var text: String
    var quote: String
    var speaker: String?
    var number: String
    var value: Double
    var unit: String
  }

  static let lines = [
    Line(
      id: "one", source: "CNBC", date: CalendarDate(year: 2024, month: 6, day: 19),
      text: "Kim Jong Un said we are allies and sent 11000 containers.", quote: "we are allies", speaker: "Kim Jong Un",
      number: "11000 containers", value: 11000, unit: "containers"),
    Line(
      id: "two", source: "BBC", date: CalendarDate(year: 2024, month: 6, day: 20),
      text: "Kim Jong-un praised a new alliance after 5 shells.", quote: "a new alliance", speaker: "Kim Jong Un",
      number: "5 shells", value: 5, unit: "shells"),
    Line(
      id: "three", source: nil, date: nil, text: "An official called it aggression for 3 years.", quote: "aggression",
      speaker: nil, number: "3 years", value: 3, unit: "years"),
    Line(
      id: "four", source: "CNBC", date: CalendarDate(year: 2024, month: 6, day: 20),
      text: "Putin warned of blackmail and 2 shells.", quote: "blackmail", speaker: "Vladimir Putin",
      number: "2 shells",
      value: 2, unit: "shells"),
  ]

  static let indexed = IndexedCorpus(
    Corpus(
      articles: lines.map(article),
      entities: [
        Entity(
          name: "Kim Jong Un", kind: .person, aliases: ["Kim", "Kim Jong Un", "Kim Jong-un"], mentions: 2, articles: 2,
          sources: 2),
        Entity(name: "Vladimir Putin", kind: .person, aliases: ["Putin"], mentions: 1, articles: 1, sources: 1),
        Entity(name: "Kim Jong Il", kind: .person, aliases: ["Kim Jong Il"], mentions: 0, articles: 0, sources: 0),
      ]))

  /// One article: its text is one block holding one sentence, with one quote and one stated number in it.
  static func article(_ line: Line) -> Article {
    let whole = 0..<line.text.utf8.count
    var article = Article(
      id: line.id, path: "\(line.id).txt", title: line.id.capitalized, date: line.date, source: line.source,
      language: "en", text: line.text, blocks: [Block(kind: .paragraph, range: whole, lines: 1...1)],
      sentences: [Sentence(block: 0, range: whole)])
    article.quotes = [
      Quote(
        block: 0, sentence: 0, range: SampleCorpus.range(line.quote, through: line.quote, in: line.text),
        speaker: line.speaker, kind: .full)
    ]
    article.numbers = [
      StatedNumber(
        block: 0, sentence: 0, range: SampleCorpus.range(line.number, through: line.number, in: line.text),
        value: line.value, unit: line.unit, qualifier: nil)
    ]
    return article
  }
}

/// The rows of a statement's table, each as its cells' text joined by `|` (null as `null`), or `error: …`.
func resultRows(_ outcome: StatementOutcome?) -> [String] {
  switch outcome {
  case .table(let table):
    return table.rows.map { $0.map { $0.plainText ?? "null" }.joined(separator: "|") }
  case .bound(let name, let rows):
    return ["bound \(name) to \(rows)"]
  case .failed(let diagnostics):
    return diagnostics.map { "error: \($0.message)" }
  case nil:
    return ["no outcome"]
  }
}

/// Runs one statement in a fresh session over the evaluator corpus.
private func rows(_ query: String, cancellation: Cancellation = .never) -> [String] {
  var session = Session(corpus: EvaluatorCorpus.indexed)
  return resultRows(session.run(SourceText(query), cancellation: cancellation).last)
}

/// A query and the rows it must give.
typealias EvaluationCase = SyntaxCase<[String]>

private func expectRows(_ test: EvaluationCase, sourceLocation: SourceLocation = #_sourceLocation) {
  #expect(rows(test.input) == test.expected, "\(test.input)", sourceLocation: sourceLocation)
}

@Test(arguments: [
  EvaluationCase("= keeps true rows", #"articles | where source = "CNBC" | select id"#, ["one", "four"]),
  EvaluationCase("not drops a null row", #"articles | where not source = "CNBC" | select id"#, ["two"]),
  EvaluationCase("!= drops a null row", #"articles | where source != "CNBC" | select id"#, ["two"]),
  EvaluationCase(
    "x or not x is not true for null", #"articles | where source = "BBC" or source != "BBC" | select id"#,
    ["one", "two", "four"]),
  EvaluationCase(
    "or with a true side is true", #"articles | where source = "BBC" or date is null | select id"#,
    ["two", "three"]),
  EvaluationCase(
    "not of (null and true) is null", #"articles | where not (source = "CNBC" and date > 2024-06-19) | select id"#,
    ["one", "two"]),
  EvaluationCase(
    "null and false is false", #"articles | where not (date > 2024-06-19 and false) | select id"#,
    [
      "one", "two", "three", "four",
    ]),
  EvaluationCase("is null", "articles | where source is null | select id", ["three"]),
  EvaluationCase("is not null", "articles | where date is not null | select id", ["one", "two", "four"]),
  EvaluationCase("date comparison", "articles | where date >= 2024-06-20 | select id", ["two", "four"]),
  EvaluationCase("in a list", #"articles | where source in ["BBC", "AP"] | select id"#, ["two"]),
  EvaluationCase("null in a list is dropped", #"articles | where not source in ["BBC"] | select id"#, ["one", "four"]),
])
func whereFollowsThreeValuedLogic(_ test: EvaluationCase) {
  expectRows(test)
}

@Test(arguments: [
  EvaluationCase(
    "ties keep input order, null last", "articles | sort date | select id, date",
    ["one|2024-06-19", "two|2024-06-20", "four|2024-06-20", "three|null"]),
  EvaluationCase(
    "descending keeps ties in input order, null still last", "articles | sort date desc | select id",
    ["two", "four", "one", "three"]),
  EvaluationCase("text ties stay in order", "articles | sort source | select id", ["two", "one", "four", "three"]),
  EvaluationCase(
    "text descending, null last", "articles | sort source desc | select id", ["one", "four", "two", "three"]),
  EvaluationCase(
    "second key breaks ties", "articles | sort source desc, id | select id", ["four", "one", "two", "three"]),
  EvaluationCase(
    "sort by an expression", "numbers | sort value * -1 | select article, value",
    ["one|11000", "two|5", "three|3", "four|2"]),
  EvaluationCase(
    "entities sort by name, null last", "quotes | sort speaker desc | select article",
    ["four", "one", "two", "three"]),
])
func sortIsStableWithNullsLast(_ test: EvaluationCase) {
  expectRows(test)
}

@Test(arguments: [
  EvaluationCase("limit", "articles | limit 2 | select id", ["one", "two"]),
  EvaluationCase("limit 0", "articles | limit 0 | count", ["0"]),
  EvaluationCase("limit beyond the rows", "articles | limit 99 | count", ["4"]),
  EvaluationCase("offset", "articles | offset 3 | select id", ["four"]),
  EvaluationCase("offset then limit", "articles | offset 1 | limit 2 | select id", ["two", "three"]),
  EvaluationCase("limit then offset", "articles | limit 2 | offset 1 | select id", ["two"]),
  EvaluationCase("offset past the end", "articles | offset 10 | count", ["0"]),
  EvaluationCase("limit after sort", "articles | sort date desc | limit 1 | select id", ["two"]),
])
func limitAndOffset(_ test: EvaluationCase) {
  expectRows(test)
}

@Test(arguments: [
  EvaluationCase(
    "first row of each key, null a key too", "articles | distinct source | select id",
    [
      "one", "two", "three",
    ]),
  EvaluationCase("two keys", "numbers | distinct source, unit | select article", ["one", "two", "three", "four"]),
  EvaluationCase("whole rows after select", "articles | select source | distinct", ["CNBC", "BBC", "null"]),
  EvaluationCase("whole records", "articles | distinct | count", ["4"]),
  EvaluationCase("entity key", "quotes | distinct speaker | select article", ["one", "three", "four"]),
])
func distinct(_ test: EvaluationCase) {
  expectRows(test)
}

@Test(arguments: [
  EvaluationCase("keys in order of first appearance", "articles | group source", ["CNBC|2", "BBC|1", "null|1"]),
  EvaluationCase(
    "every aggregate",
    """
    numbers | group source aggregate n = count(value), units = count_distinct(unit), total = sum(value), \
    mean = avg(value), low = min(value), high = max(value), all = list(unit), head = first(unit)
    """,
    [
      "CNBC|2|2|2|11002|5501|2|11000|containers; shells|containers", "BBC|1|1|1|5|5|5|5|shells|shells",
      "null|1|1|1|3|3|3|3|years|years",
    ]),
  EvaluationCase(
    "count without argument", "numbers | group unit aggregate n = count()",
    [
      "containers|1|1", "shells|2|2", "years|1|1",
    ]),
  EvaluationCase(
    "an entity key groups aliases", "quotes | group speaker",
    [
      "Kim Jong Un|2", "null|1", "Vladimir Putin|1",
    ]),
  EvaluationCase(
    "two keys", "numbers | group source, unit | sort count desc",
    [
      "CNBC|containers|1", "BBC|shells|1", "null|years|1", "CNBC|shells|1",
    ]),
  EvaluationCase("a computed key", "articles | group y = year(date)", ["2024|3", "null|1"]),
  EvaluationCase("the count column sorts", "numbers | group unit | sort count desc, unit | limit 1", ["shells|2"]),
  EvaluationCase("count", "quotes | count", ["4"]),
  EvaluationCase("count of nothing", #"quotes | where speaker = "Nobody" | count"#, ["0"]),
  EvaluationCase("group of nothing", #"quotes | where speaker = "Nobody" | group speaker"#, []),
])
func groupAndCount(_ test: EvaluationCase) {
  expectRows(test)
}

@Test(arguments: [
  EvaluationCase("canonical name", #"quotes | where speaker = "Kim Jong Un" | select article"#, ["one", "two"]),
  EvaluationCase("another spelling", #"quotes | where speaker = "Kim Jong-un" | select article"#, ["one", "two"]),
  EvaluationCase("a short alias", #"quotes | where speaker = "Kim" | select article"#, ["one", "two"]),
  EvaluationCase("case and spaces", #"quotes | where speaker = " kim jong un " | select article"#, ["one", "two"]),
  EvaluationCase("a different person", #"quotes | where speaker = "Kim Jong Il" | count"#, ["0"]),
  EvaluationCase("not equal drops null", #"quotes | where speaker != "Kim Jong-un" | select article"#, ["four"]),
  EvaluationCase("in a list of names", #"quotes | where speaker in ["Putin", "Nobody"] | select article"#, ["four"]),
  EvaluationCase(
    "after select", #"quotes | select article, speaker | where speaker = "Kim Jong-un" | select article"#,
    ["one", "two"]),
  EvaluationCase(
    "entity fields", #"quotes | where speaker.kind = "person" | select speaker.name"#,
    [
      "Kim Jong Un", "Kim Jong Un", "Vladimir Putin",
    ]),
  EvaluationCase(
    "contains on an entity", #"quotes | where speaker contains "jong-un" | select article"#,
    [
      "one", "two",
    ]),
])
func entityEqualsAnyAlias(_ test: EvaluationCase) {
  expectRows(test)
}

@Test(arguments: [
  EvaluationCase("contains ignores case", #"sentences | where text contains "ALLIES" | select article"#, ["one"]),
  EvaluationCase("starts with", #"sentences | where text starts with "putin" | select article"#, ["four"]),
  EvaluationCase("ends with", #"sentences | where text ends with "SHELLS." | select article"#, ["two", "four"]),
  EvaluationCase("regex is case-sensitive", "sentences | where text ~ /^kim/ | count", ["0"]),
  EvaluationCase("regex i flag", "sentences | where text ~ /^kim/i | select article", ["one", "two"]),
  EvaluationCase(
    "negated regex", "sentences | where text !~ /\\d{2,} containers/ | select article",
    [
      "two", "three", "four",
    ]),
  EvaluationCase(
    "regex over an entity's aliases", "quotes | where speaker ~ /jong-un$/i | select article",
    [
      "one", "two",
    ]),
  EvaluationCase(
    "functions", "articles | limit 1 | select lower(source), upper(title), len(id), words(title)",
    [
      "cnbc|ONE|3|1"
    ]),
  EvaluationCase("a function of null is null", "articles | where source is null | select lower(source)", ["null"]),
  EvaluationCase(
    "arithmetic", "numbers | limit 2 | select value + 1, value / 2, value % 2",
    [
      "11001|5500|0", "6|2.5|1",
    ]),
  EvaluationCase(
    "date arithmetic", "articles | where id = \"one\" | select date + 1, date - 2024-06-01",
    [
      "2024-06-20|18"
    ]),
])
func textMatchingAndFunctions(_ test: EvaluationCase) {
  expectRows(test)
}

/// Bindings live on after statements that fail to parse, to check, or to run.
@Test func letBindingsSurviveFailedStatements() {
  var session = Session(corpus: EvaluatorCorpus.indexed)
  let script = [
    #"let cnbc = articles | where source = "CNBC""#,
    "cnbc | where nosuch = 1",
    "let cnbc = nosuch",
    "cnbc | where (",
    "cnbc | select 1 / 0",
    "let numbers_by_unit = numbers | group unit",
    "cnbc | select id",
    "numbers_by_unit | where count > 1 | select unit",
  ]
  let outcomes = script.map { resultRows(session.run(SourceText($0)).last) }
  #expect(outcomes[0] == ["bound cnbc to 2"])
  #expect(outcomes[1].first?.hasPrefix("error: unknown field `nosuch`") == true, "\(outcomes[1])")
  #expect(outcomes[2].first?.hasPrefix("error: unknown collection `nosuch`") == true, "\(outcomes[2])")
  #expect(outcomes[3].first?.hasPrefix("error: expected") == true, "\(outcomes[3])")
  #expect(outcomes[4] == ["error: division by zero"])
  #expect(outcomes[6] == ["one", "four"])
  #expect(outcomes[7] == ["shells"])
  #expect(session.catalog.bindings["cnbc"] != nil)
}

/// Counts how often the evaluator asks whether to stop, which happens once before the first row and then every
/// few thousand rows the source passes: a structural measure of how many rows a scan touched.
final class CancellationProbe: @unchecked Sendable {
  private let lock = NSLock()
  private var asked = 0
  /// After this many questions the answer is "stop".
  private let stopAfter: Int

  init(stopAfter: Int = .max) { self.stopAfter = stopAfter }

  var questions: Int { lock.withLock { asked } }

  var cancellation: Cancellation {
    Cancellation { [self] in
      lock.withLock {
        asked += 1
        return asked > stopAfter
      }
    }
  }
}

/// One article with a million one-word sentences.
private let millionSentences: IndexedCorpus = {
  let text = "Word."
  let whole = 0..<text.utf8.count
  let article = Article(
    id: "big", path: "big.txt", text: text, blocks: [Block(kind: .paragraph, range: whole, lines: 1...1)],
    sentences: Array(repeating: Sentence(block: 0, range: whole), count: 1_000_000))
  return IndexedCorpus(Corpus(articles: [article]))
}()

@Test(arguments: ["sentences | limit 3", "sentences | where n > 10 | limit 3", "sentences | offset 5 | limit 3"])
func limitStopsTheScanEarly(_ query: String) {
  let probe = CancellationProbe()
  var session = Session(corpus: millionSentences)
  let outcome = session.run(SourceText(query), cancellation: probe.cancellation).last
  #expect(resultRows(outcome).count == 3)
  // Asked once before the first row, and never again: fewer than 4096 rows were read.
  #expect(probe.questions == 1, "\(query) read \(probe.questions) × 4096 rows")
}

/// The contrast that shows the probe measures something: a full scan asks once per 4096 rows.
@Test func aFullScanIsAskedThroughout() {
  let probe = CancellationProbe()
  var session = Session(corpus: millionSentences)
  #expect(
    resultRows(session.run(SourceText("sentences | count"), cancellation: probe.cancellation).last) == ["1000000"])
  #expect(probe.questions == 1 + 1_000_000 / 4096)
}

@Test func cancellationStopsAScanMidway() {
  let probe = CancellationProbe(stopAfter: 3)
  var session = Session(corpus: millionSentences)
  let outcome = session.run(SourceText("sentences | count"), cancellation: probe.cancellation).last
  #expect(resultRows(outcome) == ["error: interrupted"])
  #expect(probe.questions == 4)
}

@Test func cancellationBeforeTheFirstRowStopsASmallQuery() {
  let outcome = rows("articles | select id", cancellation: Cancellation { true })
  #expect(outcome == ["error: interrupted"])
  // The session goes on: the next statement runs.
  #expect(rows("articles | count") == ["4"])
}

/// `sort | limit` selects the first rows instead of sorting them all; the rows and their order must be exactly
/// those of the full sort, ties and nulls included.
@Test(arguments: [
  ("sentences | sort words desc, text", 3),
  ("sentences | sort text", 2),
  ("mentions | sort entity, text desc", 4),
  ("articles | sort date desc", 1),
  ("articles | sort source", 2),
])
func limitedSortKeepsTheFullSortsFirstRows(_ query: String, _ count: Int) {
  let all = rows(query)
  for offset in 0..<2 {
    let limited = rows("\(query) | offset \(offset) | limit \(count)")
    #expect(limited == Array(all.dropFirst(offset).prefix(count)), "\(query) | offset \(offset) | limit \(count)")
  }
  #expect(rows("\(query) | limit 9223372036854775807") == all)
}

/// The corpus a test query runs on: the seeds for a query written "seeds: …" (nil when they are absent outside
/// CI), the hand-made corpus otherwise; and the statement without its prefix.
private func corpusAndStatement(_ query: String) -> (IndexedCorpus, String)? {
  guard query.hasPrefix("seeds: ") else { return (EvaluatorCorpus.indexed, query) }
  guard SeedCorpus.present() else { return nil }
  return (SeedCorpus.indexed, String(query.dropFirst("seeds: ".count)))
}

/// The parallel scan (leading `where` stages, then a `group` or `count`, spread over every core) gives exactly the
/// rows, in exactly the order, that one core gives: on the hand-made corpus and on the seeds, whose mentions and
/// speakers take the path that counts entities by index.
@Test(arguments: [
  "sentences | where text contains \"a\"",
  "sentences | where text contains \"a\" | select n, text | limit 3",
  "sentences | where words > 3 | count",
  "quotes | group speaker",
  "quotes | group speaker, kind",
  "articles | where date is not null | group source",
  "seeds: mentions | group entity",
  "seeds: mentions | group entity, kind",
  "seeds: mentions | where kind = \"person\" | group entity | sort count desc",
  "seeds: quotes | where kind = \"full\" | group speaker",
  "seeds: sentences | where text contains \"Kim\" | count",
])
func parallelScanMatchesTheSerialOne(_ query: String) {
  guard let (corpus, statement) = corpusAndStatement(query) else { return }
  var serial = Session(corpus: corpus)
  serial.parallelScanThreshold = .max
  var parallel = Session(corpus: corpus)
  parallel.parallelScanThreshold = 0
  let expected = resultRows(serial.run(SourceText(statement)).last)
  #expect(expected.count > 1 || statement.hasSuffix("count"))
  #expect(resultRows(parallel.run(SourceText(statement)).last) == expected, "\(query)")
}

/// A `where` on an article field with `=` reads only the named articles; the rows must be those a full scan
/// keeps (the same condition joined with `true` is not a lookup, so it scans).
@Test(arguments: [
  "articles | where source = \"CNBC\"",
  "articles | where \"CNBC\" = source",
  "articles | where id = \"two\"",
  "sentences | where article = \"one\"",
  "sentences | where source = \"BBC\" | select n, text",
  "quotes | where source = \"nowhere\"",
  "seeds: mentions | where source = \"BBC\" | group entity",
  "seeds: sentences | where site = \"The Times Hub\" | count",
])
func articleLookupKeepsTheRowsAScanKeeps(_ query: String) {
  guard let (corpus, statement) = corpusAndStatement(query) else { return }
  let scanning = statement.replacingFirst(" | where ", with: " | where true and ")
  var session = Session(corpus: corpus)
  let expected = resultRows(session.run(SourceText(scanning)).last)
  #expect(resultRows(session.run(SourceText(statement)).last) == expected, "\(query)")
  #expect(!expected.isEmpty || statement.contains("nowhere"))
}

extension String {
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
