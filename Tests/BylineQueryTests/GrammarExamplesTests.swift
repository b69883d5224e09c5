import BylineQuery
import Foundation
import Testing

/// The reference grammar, read from the repository.
private func grammarText() throws -> String {
  try String(contentsOf: repositoryRoot.appendingPathComponent("grammar/byline.ebnf"), encoding: .utf8)
}

/// The queries in `(* example: … *)` lines of the grammar.
private func grammarExamples() throws -> [String] {
  try grammarText().split(separator: "\n").compactMap { line in
    guard line.hasPrefix("(* example: "), line.hasSuffix(" *)") else { return nil }
    return String(line.dropFirst("(* example: ".count).dropLast(" *)".count))
  }
}

/// The syntactic (lower-case) rules in the grammar's order, each as its name and its whole production on
/// one line with spaces collapsed (`where_stage = "where" expression ;`); comments are left out.
private func productions() throws -> [(name: String, text: String)] {
  var text = try grammarText()
  while let open = text.range(of: "(*"), let close = text.range(of: "*)", range: open.upperBound..<text.endIndex) {
    text.removeSubrange(open.lowerBound..<close.upperBound)
  }
  var rules: [(name: String, text: String)] = []
  for line in text.split(separator: "\n") {
    let parts = line.split(separator: " ", maxSplits: 2)
    if parts.count >= 2, parts[1] == "=", let first = parts[0].first, first.isLowercase {
      rules.append((String(parts[0]), ""))
    }
    guard let last = rules.indices.last, !rules[last].text.hasSuffix(";") else { continue }
    rules[last].text = collapsed(rules[last].text + " " + line)
  }
  return rules
}

private func collapsed(_ text: some StringProtocol) -> String {
  text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

@Test func grammarHasExamples() throws {
  #expect(try grammarExamples().count >= 20)
}

@Test func everyGrammarExampleParses() throws {
  for example in try grammarExamples() {
    let source = SourceText(example)
    let result = Parser.parse(source)
    #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(source: source).render(result.diagnostics))")
    #expect(result.statements.count == 1, "\(example)")
  }
}

@Test func everyExampleScriptParses() throws {
  let folder = repositoryRoot.appendingPathComponent("examples")
  let scripts =
    (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".byline") } ?? []
  for name in scripts.sorted() {
    let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
    let source = SourceText(bytes: Array(bytes), name: "examples/\(name)")
    let result = Parser.parse(source)
    #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(source: source).render(result.diagnostics))")
    #expect(!result.statements.isEmpty, "\(name) holds no statement")
  }
}

/// Every rule has a parse function named after it, in the grammar's order, with the rule as its doc comment
/// (`/// search_query = search_or ;` above `parseSearchQuery`).
@Test func everyProductionHasAParseFunctionInOrder() throws {
  let parser = try String(
    contentsOf: repositoryRoot.appendingPathComponent("Sources/BylineQuery/Syntax/Parser.swift"), encoding: .utf8)
  let rules = try productions()
  #expect(rules.count >= 40)
  var previous = parser.startIndex
  for (name, production) in rules {
    let function = "parse" + name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    let declaration = parser.range(of: "func \(function)(")
    #expect(declaration != nil, "no \(function) for rule \(name)")
    guard let declaration else { continue }
    #expect(declaration.lowerBound > previous, "\(function) is out of the grammar's order")
    previous = declaration.lowerBound
    // The doc comment right above the function starts with the production, word for word.
    let docLines = parser[..<declaration.lowerBound].split(separator: "\n").reversed().dropFirst()
      .prefix { $0.trimmingCharacters(in: .whitespaces).hasPrefix("///") }.reversed()
    var documented = ""
    for line in docLines where !documented.hasSuffix(";") {
      documented = collapsed(documented + " " + line.trimmingCharacters(in: .whitespaces).dropFirst(3))
    }
    #expect(documented == production, "\(function) must be documented by its rule")
  }
}

/// The reserved words listed in the grammar are exactly the lexer's keyword table.
@Test func grammarListsTheKeywordTable() throws {
  let text = try grammarText()
  let line = try #require(text.split(separator: "\n").first { $0.contains("Reserved words (KEYWORD):") })
  let listed = line.split(separator: ":")[1].split(separator: " ").map {
    $0.trimmingCharacters(in: .punctuationCharacters)
  }
  #expect(listed == Token.Keyword.allCases.map(\.rawValue))
}
