import BylineQuery
import Testing

// Random input into the lexer, the parser, the splitter and the renderer: nothing may crash or hang, every
// range must lie inside the input, and the tokens must tile it in order. The generator is seeded, so a
// failure reproduces on every run.

/// Pieces of the language, right and wrong, for random token sequences (here and in the checker's property test).
let vocabulary = [
  "articles", "quotes", "entities", "x", "speaker", "Путин", "金正恩", "`in`", "count", "desc", "asc",
  "aggregate", "where", "select", "sort", "limit", "offset", "distinct", "group", "kwic", "cluster", "search",
  "let", "and", "or", "not", "in", "contains", "starts", "ends", "with", "is", "null", "true", "false",
  "AND", "OR", "NOT", "NEAR", "|", ";", "\n", "\n|", ",", ".", ":", "(", ")", "[", "]", "=", "!=", "<", "<=",
  ">", ">=", "~", "!~", "+", "-", "*", "/", "%", "0", "42", "-1", "2.5", "2024-06-19", "2024-06", "2024-13-45",
  "\"text\"", "'it'", "\"a\\qb\"", "\"open", "/re/i", "/open", "/x/g", "# comment\n", "@", "==", "!", "“",
  "\u{0}", "\t", "sanction*", "speaker:Putin", "NEAR/5", "-Iran", "count()", "len(text)",
]

/// Bytes that exercise the lexer's branches more often than uniform bytes would.
private let interestingBytes: [UInt8] =
  Array("|;,.:()[]=!<>~+-*/%\"'`#\\\n\r\t 0123456789-aZ_".utf8) + [
    0x00, 0x7F, 0x80, 0xBF, 0xC2, 0xA0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xFF,
  ]

func randomTokenQuery(_ generator: inout SeededGenerator) -> SourceText {
  let count = Int.random(in: 0...40, using: &generator)
  var text = ""
  for _ in 0..<count {
    text += vocabulary.randomElement(using: &generator) ?? ""
    if Bool.random(using: &generator) { text += " " }
  }
  return SourceText(text)
}

private func randomByteQuery(_ generator: inout SeededGenerator) -> SourceText {
  let count = Int.random(in: 0...60, using: &generator)
  let bytes = (0..<count).map { _ in
    Bool.random(using: &generator)
      ? (interestingBytes.randomElement(using: &generator) ?? 0) : UInt8.random(in: 0...255, using: &generator)
  }
  return SourceText(bytes: bytes)
}

/// Runs every syntax entry point on one input and checks the invariants; returns the failures found.
private func check(_ source: SourceText) -> [String] {
  var failures: [String] = []
  let size = source.bytes.count
  func inside(_ range: SourceRange) -> Bool { range.lowerBound >= 0 && range.upperBound <= size }

  let lexed = Lexer.tokens(in: source)
  if lexed.tokens.last?.kind != .endOfInput { failures.append("no end-of-input token") }
  var previousEnd = 0
  for token in lexed.tokens {
    if !inside(token.range) || token.range.lowerBound < previousEnd { failures.append("token \(token) out of order") }
    if token.kind != .endOfInput && token.range.isEmpty { failures.append("empty token \(token)") }
    previousEnd = token.range.upperBound
  }
  if lexed.tokens.contains(where: { $0.kind == .error }) != !lexed.diagnostics.isEmpty {
    failures.append("error tokens and lexer diagnostics disagree")
  }

  let parsed = Parser.parse(source)
  if parsed.diagnostics.count > Parser.maximumErrors {
    failures.append("more than \(Parser.maximumErrors) diagnostics")
  }
  for diagnostic in parsed.diagnostics
  where !inside(diagnostic.range) || diagnostic.notes.contains(where: { !inside($0.range ?? diagnostic.range) }) {
    failures.append("diagnostic out of range: \(diagnostic.message) at \(diagnostic.range)")
  }
  if parsed.diagnostics.isEmpty && lexed.tokens.contains(where: { $0.kind == .error }) {
    failures.append("an error token produced no diagnostic")
  }
  for statement in parsed.statements where !inside(statement.range) {
    failures.append("statement out of range: \(statement.range)")
  }
  _ = ASTPrinter.print(parsed.statements)
  _ = DiagnosticRenderer(source: source).render(parsed.diagnostics)

  // Splitting and parsing statement by statement finds the same statements.
  var statements: [Statement] = []
  for span in StatementSplitter.split(source) {
    if !inside(span.range) { failures.append("span out of range: \(span.range)") }
    statements += Parser.parse(source, range: span.range).statements
  }
  if statements != parsed.statements { failures.append("split parse differs from whole parse") }
  _ = StatementSplitter.isComplete(source)
  return failures
}

@Test(.timeLimit(.minutes(2)))
func randomTokenSequencesNeverBreakTheParser() {
  var generator = SeededGenerator(seed: 0xB1_11E5)
  for round in 0..<4000 {
    let source = randomTokenQuery(&generator)
    let failures = check(source)
    #expect(failures.isEmpty, "round \(round): \(source.text(source.wholeRange).debugDescription): \(failures)")
    if !failures.isEmpty { return }
  }
}

@Test(.timeLimit(.minutes(2)))
func randomBytesNeverBreakTheParser() {
  var generator = SeededGenerator(seed: 0x5EED_0F_B17E5)
  for round in 0..<4000 {
    let source = randomByteQuery(&generator)
    let failures = check(source)
    #expect(failures.isEmpty, "round \(round): \(source.bytes): \(failures)")
    if !failures.isEmpty { return }
  }
}

/// Enough random sequences parse that the invariants above are exercised on trees, not only on errors.
@Test func someRandomSequencesParse() {
  var generator = SeededGenerator(seed: 42)
  var parsedCount = 0
  for _ in 0..<4000 where !Parser.parse(randomTokenQuery(&generator)).statements.isEmpty {
    parsedCount += 1
  }
  #expect(parsedCount > 100)
}
