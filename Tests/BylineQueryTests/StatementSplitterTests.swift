import BylineQuery
import Testing

@Test(arguments: [
  ("", true),
  ("articles", true),
  ("articles | count", true),
  ("articles |", false),
  ("articles |   # more to come", false),
  ("articles |\n", false),
  ("quotes | where (a = 1", false),
  ("quotes | where f(a,", false),
  ("quotes | where x in [1,\n2", false),
  ("quotes | where x in [1,\n2]", true),
  ("x | where t = \"abc", false),
  ("x | where t = 'it", false),
  ("x | where t = \"a\nb\"", true),
  ("x | where t = \"a\\\"", false),
  // A regex ends on its line: an open one is an error to report, not a reason to wait.
  ("x | where t ~ /abc", true),
  // An extra closing bracket is an error to report, not a reason to wait.
  ("a | where b)", true),
  ("# only a comment", true),
  ("a | where x # (", true),
  ("(a; b", true),
])
func knowsWhetherInputIsComplete(_ input: String, _ complete: Bool) {
  #expect(StatementSplitter.isComplete(input) == complete)
}

@Test(arguments: [
  SyntaxCase("empty", "", []),
  SyntaxCase("one statement", "articles | count", ["1: articles | count"]),
  SyntaxCase("lines and semicolons", "a | count\nb; c\n", ["1: a | count", "2: b", "2: c"]),
  SyntaxCase(
    "continuation lines, blank lines and comments",
    "# header\nquotes\n  | where x\n\n# note\nentities |\n  count; ;\n",
    ["2: quotes\n  | where x", "6: entities |\n  count"]),
  SyntaxCase("brackets across lines", "a | where f(x,\n  y)\nb", ["1: a | where f(x,\n  y)", "3: b"]),
  SyntaxCase("a string across lines", "a | where t = \"x\ny\"\nb", ["1: a | where t = \"x\ny\"", "3: b"]),
  SyntaxCase("broken statements are still cut", "a | wher @\nb | (", ["1: a | wher @", "2: b | ("]),
])
func splitsScripts(_ testCase: SyntaxCase<[String]>) {
  let source = SourceText(testCase.input)
  let spans = StatementSplitter.split(source)
  #expect(spans.map { "\($0.line): \(source.text($0.range))" } == testCase.expected)
}

/// Parsing each statement on its own gives the same trees as parsing the script whole, and diagnostics keep
/// the script's line numbers.
@Test func statementsParseAloneWithScriptPositions() {
  let script =
    "articles | count\nquotes\n  | where speaker = \"Putin\"\n\nentities | wher x\nboilerplate | group reason"
  let source = SourceText(script, name: "script.byline")
  let whole = Parser.parse(source)
  var statements: [Statement] = []
  var diagnostics: [Diagnostic] = []
  for span in StatementSplitter.split(source) {
    let result = Parser.parse(source, range: span.range)
    statements += result.statements
    diagnostics += result.diagnostics
  }
  #expect(statements == whole.statements)
  #expect(diagnostics == whole.diagnostics)
  #expect(
    DiagnosticRenderer(source: source).render(diagnostics).hasPrefix(
      "script.byline:5:12: error: unknown stage 'wher'\n"))
}
