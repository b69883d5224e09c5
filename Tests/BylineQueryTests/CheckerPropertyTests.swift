import BylineQuery
import Testing

// Random token sequences that parse go on through the checker and the evaluator: a `Session` over the sample
// corpus runs them, so every name, type and runtime path meets nonsense. Nothing may crash or hang, and every
// diagnostic must point inside the input. One session takes every round, so `let` bindings from earlier rounds
// are in scope later, as in a long REPL session.

/// Operands: fields of several collections (so that each is right on some and wrong on others), columns that
/// `group` and `count` make, literals of every type, and a few names that exist nowhere.
private let atoms = [
  "source", "date", "title", "text", "speaker", "speaker.kind", "article.source", "words", "kind", "name", "aliases",
  "n", "value", "unit", "count", "mentions", "id", "authors", "x", "speakr", "\"CNBC\"", "\"Kim Jong-un\"", "3", "0",
  "-1", "2.5", "9223372036854775807", "2024-06-19", "true", "null", "[1, 2]", "[\"BBC\", \"CNBC\"]",
]
private let binaryOperators = [
  "=", "!=", "<", ">=", "and", "or", "+", "-", "*", "/", "%", "contains", "starts with", "in", "~",
]
private let calls = ["lower", "len", "year", "words", "substr", "similarity", "sum", "nosuch"]
private let aggregates = ["count", "count_distinct", "sum", "avg", "min", "max", "list", "first", "lower"]

private func pick(_ pool: [String], _ generator: inout SeededGenerator) -> String {
  pool.randomElement(using: &generator) ?? ""
}

/// A random expression of depth at most `depth`.
private func randomExpression(_ generator: inout SeededGenerator, depth: Int = 2) -> String {
  let atom = pick(atoms, &generator)
  guard depth > 0 else { return atom }
  switch Int.random(in: 0..<8, using: &generator) {
  case 0, 1: return atom
  case 2:
    let right = Bool.random(using: &generator) ? "/ki?m/i" : randomExpression(&generator, depth: depth - 1)
    return "\(randomExpression(&generator, depth: depth - 1)) \(pick(binaryOperators, &generator)) \(right)"
  case 3: return "\(pick(calls, &generator))(\(randomExpression(&generator, depth: depth - 1)))"
  case 4: return "not \(randomExpression(&generator, depth: depth - 1))"
  case 5: return "\(atom) is \(Bool.random(using: &generator) ? "" : "not ")null"
  case 6: return "(\(randomExpression(&generator, depth: depth - 1)))"
  default: return "\(atom) = \(randomExpression(&generator, depth: depth - 1))"
  }
}

/// A random stage of any kind, well formed, its expressions random.
private func randomStage(_ generator: inout SeededGenerator) -> String {
  switch Int.random(in: 0..<11, using: &generator) {
  case 0, 1: return "where \(randomExpression(&generator))"
  case 2: return "select \(randomExpression(&generator)), y = \(randomExpression(&generator))"
  case 3: return "sort \(randomExpression(&generator)) \(Bool.random(using: &generator) ? "desc" : "asc")"
  case 4: return "limit \(Int.random(in: 0...3, using: &generator))"
  case 5: return "offset \(Int.random(in: 0...3, using: &generator))"
  case 6: return Bool.random(using: &generator) ? "distinct" : "distinct \(pick(atoms, &generator))"
  case 7:
    let aggregate = "\(pick(aggregates, &generator))(\(randomExpression(&generator, depth: 1)))"
    return "group \(randomExpression(&generator, depth: 1)) aggregate a = \(aggregate)"
  case 8: return "count"
  case 9: return pick(["kwic", "kwic 2000", "cluster", "cluster 0.5", "cluster 2"], &generator)
  default: return "group \(pick(atoms, &generator))"
  }
}

/// A statement that mostly parses: a source, stages, sometimes a `let`, sometimes a random token thrown in.
private func randomCheckerQuery(_ generator: inout SeededGenerator) -> SourceText {
  let sources = ["articles", "quotes", "entities", "mentions", "numbers", "sentences", "bound", "nosuch"]
  var text = Bool.random(using: &generator) ? "let bound = " : ""
  text += pick(sources, &generator)
  for _ in 0..<Int.random(in: 0...4, using: &generator) {
    text += " | " + randomStage(&generator)
    if Int.random(in: 0..<10, using: &generator) == 0 { text += " " + pick(vocabulary, &generator) }
  }
  return SourceText(text)
}

@Test(.timeLimit(.minutes(2)))
func randomQueriesNeverBreakTheCheckerOrTheEvaluator() {
  var generator = SeededGenerator(seed: 0xC4EC_4E57)
  var session = Session(corpus: SampleCorpus.indexed)
  var parsed = 0
  var ran = 0
  var failedAfterParsing = 0
  for round in 0..<6000 {
    let source = round.isMultiple(of: 2) ? randomCheckerQuery(&generator) : randomTokenQuery(&generator)
    if Parser.parse(source).diagnostics.isEmpty { parsed += 1 }
    // A query that runs away is stopped: the time limit is a backstop, the cancellation the mechanism.
    let deadline = ContinuousClock.now + .seconds(10)
    let outcomes = session.run(source, cancellation: Cancellation { ContinuousClock.now > deadline })
    var diagnostics: [Diagnostic] = []
    for outcome in outcomes {
      switch outcome {
      case .table, .bound: ran += 1
      case .failed(let failure): diagnostics += failure
      }
    }
    if !diagnostics.isEmpty, Parser.parse(source).diagnostics.isEmpty { failedAfterParsing += 1 }
    let size = source.bytes.count
    let outside = diagnostics.filter { diagnostic in
      diagnostic.range.lowerBound < 0 || diagnostic.range.upperBound > size
        || diagnostic.range.lowerBound > diagnostic.range.upperBound
    }
    #expect(outside.isEmpty, "round \(round): \(source.text(source.wholeRange).debugDescription): \(outside)")
    #expect(!diagnostics.contains { $0.message == "interrupted" }, "round \(round) ran for 10 s")
    _ = DiagnosticRenderer(source: source).render(diagnostics)
    if !outside.isEmpty { return }
  }
  // The rounds reach every layer: many parse, some of those fail in the checker or at run time, some run.
  #expect(parsed > 1000, "\(parsed) parsed")
  #expect(failedAfterParsing > 300, "\(failedAfterParsing) failed after parsing")
  #expect(ran > 300, "\(ran) ran")
}
