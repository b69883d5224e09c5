import BylineQuery
import Foundation
import Testing

typealias ParserCase = SyntaxCase<String>
/// A query with `1️⃣` where the first diagnostic must point, and that diagnostic's message.
typealias ParserErrorCase = SyntaxCase<String>

/// The examples of SPEC §2, which must all parse.
let specExampleCases: [ParserCase] = [
  ParserCase(
    "spec: select", "articles | select source, date, title",
    "(pipeline (source articles) (select source date title))"),
  ParserCase(
    "spec: where and select", #"quotes | where speaker = "Antony Blinken" | select source, text"#,
    #"(pipeline (source quotes) (where (= speaker "Antony Blinken")) (select source text))"#),
  ParserCase(
    "spec: group sort limit", "quotes | group speaker | sort count desc | limit 5",
    "(pipeline (source quotes) (group speaker) (sort (desc count)) (limit 5))"),
  ParserCase(
    "spec: and", #"entities | where kind = "person" and sources >= 3 | sort mentions desc"#,
    #"(pipeline (source entities) (where (and (= kind "person") (>= sources 3))) (sort (desc mentions)))"#),
  ParserCase(
    "spec: group text", #"mentions | where entity = "Kim Jong Un" | group text"#,
    #"(pipeline (source mentions) (where (= entity "Kim Jong Un")) (group text))"#),
  ParserCase(
    "spec: regex",
    #"sentences | where text ~ /\b\d[\d,.]*\s*(mn|million)?\s*(containers|shells)/i | select source, text"#,
    #"(pipeline (source sentences) (where (~ text /\b\d[\d,.]*\s*(mn|million)?\s*(containers|shells)/i)) (select source text))"#
  ),
  ParserCase(
    "spec: search phrase", #"search "ballistic missile*" | kwic 40"#,
    #"(pipeline (search "ballistic missile*") (kwic 40))"#),
  ParserCase(
    "spec: search near", "search sanctions NEAR/5 Russia | group source",
    "(pipeline (search (near 5 sanctions Russia)) (group source))"),
  ParserCase(
    "spec: contains", #"numbers | where unit contains "shell""#,
    #"(pipeline (source numbers) (where (contains unit "shell")))"#),
  ParserCase(
    "spec: cluster", "quotes | cluster | where sources >= 2",
    "(pipeline (source quotes) (cluster) (where (>= sources 2)))"),
  ParserCase(
    "spec: let", #"let cnbc = articles | where source = "CNBC""#,
    #"(let cnbc (pipeline (source articles) (where (= source "CNBC"))))"#),
  ParserCase(
    "spec: let-bound source", "cnbc | select title, authors",
    "(pipeline (source cnbc) (select title authors))"),
  ParserCase("spec: boilerplate", "boilerplate | group reason", "(pipeline (source boilerplate) (group reason))"),
]

let parserCases: [ParserCase] = [
  // Statements and scripts
  ParserCase("source alone", "articles", "(pipeline (source articles))"),
  ParserCase(
    "statements on lines and after semicolons", "a\nb | count; c",
    "(pipeline (source a))\n(pipeline (source b) (count))\n(pipeline (source c))"),
  ParserCase(
    "a stage continues on the next line", "quotes\n  | where x\n  | count",
    "(pipeline (source quotes) (where x) (count))"),
  ParserCase("a trailing pipe continues on the next line", "quotes |\n count", "(pipeline (source quotes) (count))"),
  ParserCase("empty statements", ";;\n; a ;", "(pipeline (source a))"),
  ParserCase("comments only", "# nothing here\n# at all", ""),
  ParserCase(
    "let binds a search", "let hits = search Putin | kwic",
    "(let hits (pipeline (search Putin) (kwic)))"),
  ParserCase("a stage name can be a source", "count | count", "(pipeline (source count) (count))"),
  // Stages
  ParserCase(
    "select with names", "a | select t = title, n = len(text) * 2",
    "(pipeline (source a) (select (as t title) (as n (* (call len text) 2))))"),
  ParserCase("select a bracketed comparison", "a | select (x = 1)", "(pipeline (source a) (select (= x 1)))"),
  ParserCase("sort directions", "a | sort x, y asc, z desc", "(pipeline (source a) (sort x y (desc z)))"),
  ParserCase("limit and offset", "a | offset 10 | limit 0", "(pipeline (source a) (offset 10) (limit 0))"),
  ParserCase("distinct without fields", "a | distinct", "(pipeline (source a) (distinct))"),
  ParserCase(
    "distinct with fields", "a | distinct source, article.id",
    "(pipeline (source a) (distinct source (. article id)))"),
  ParserCase(
    "group with named key and aggregates",
    "a | group y = year(date), source aggregate n = count(), total = sum(words)",
    "(pipeline (source a) (group (as y (call year date)) source (aggregate (as n (call count)) (as total (call sum words)))))"
  ),
  ParserCase("kwic and cluster without arguments", "a | kwic | cluster", "(pipeline (source a) (kwic) (cluster))"),
  ParserCase("cluster with a whole number", "a | cluster 1", "(pipeline (source a) (cluster 1.0))"),
  // Contextual keywords as names
  ParserCase(
    "a column named count", "a | group s | where count > 2 | sort count",
    "(pipeline (source a) (group s) (where (> count 2)) (sort count))"),
  ParserCase(
    "a field named offset", "mentions | select offset, limit = offset + 1",
    "(pipeline (source mentions) (select offset (as limit (+ offset 1))))"),
  ParserCase("a field named desc, sorted descending", "a | sort desc desc", "(pipeline (source a) (sort (desc desc)))"),
  ParserCase(
    "back-quoted reserved word", "a | where `in` = 1 | select `not` = `is`",
    "(pipeline (source a) (where (= `in` 1)) (select (as `not` `is`)))"),
  ParserCase(
    "reserved word after a dot", "a | where article.in = x.null",
    "(pipeline (source a) (where (= (. article `in`) (. x `null`))))"),
  // Expressions and precedence
  ParserCase("or below and", "a | where p or q and r", "(pipeline (source a) (where (or p (and q r))))"),
  ParserCase("not below comparison", "a | where not x = 1", "(pipeline (source a) (where (not (= x 1))))"),
  ParserCase("not above and", "a | where not p and q", "(pipeline (source a) (where (and (not p) q)))"),
  ParserCase("double not", "a | where not not p", "(pipeline (source a) (where (not (not p))))"),
  ParserCase(
    "arithmetic precedence", "a | where x + y * z - w / 2 % 3 > 0",
    "(pipeline (source a) (where (> (- (+ x (* y z)) (% (/ w 2) 3)) 0)))"),
  ParserCase("left associativity", "a | where x - y - z = 0", "(pipeline (source a) (where (= (- (- x y) z) 0)))"),
  ParserCase("brackets", "a | where (x + y) * z = 0", "(pipeline (source a) (where (= (* (+ x y) z) 0)))"),
  ParserCase(
    "unary minus binds tightest", "a | where -x * 2 < -3.5", "(pipeline (source a) (where (< (* (- x) 2) -3.5)))"),
  ParserCase(
    "negative literal folding", "a | where x in [-1, - 2, -y]",
    "(pipeline (source a) (where (in x (list -1 -2 (- y)))))"),
  ParserCase(
    "starts with and ends with", #"a | where t starts with "A" and t ends with 'z'"#,
    #"(pipeline (source a) (where (and (starts-with t "A") (ends-with t "z"))))"#),
  ParserCase(
    "regex operators", "a | where t ~ /x/ or t !~ /y/s", "(pipeline (source a) (where (or (~ t /x/) (!~ t /y/s))))"),
  ParserCase(
    "null tests", "a | where s is null or s is not null and not s is null",
    "(pipeline (source a) (where (or (is-null s) (and (is-not-null s) (not (is-null s))))))"),
  ParserCase(
    "literals", #"a | select "s", 's', 1, 2.5, 2024-06-19, 2024-06, true, false, null, /r/i, []"#,
    #"(pipeline (source a) (select "s" "s" 1 2.5 (date 2024-06-19) (date 2024-06) true false null /r/i (list)))"#),
  ParserCase(
    "escapes print back", #"a | where t = "q\"\\\n\u{41}""#, #"(pipeline (source a) (where (= t "q\"\\\nA")))"#),
  ParserCase("regex slash prints escaped", #"a | where t ~ /a\/b/"#, #"(pipeline (source a) (where (~ t /a\/b/)))"#),
  ParserCase("nested member access", "a | where x.y.z = 1", "(pipeline (source a) (where (= (. (. x y) z) 1)))"),
  ParserCase(
    "calls with several arguments", "a | where similarity(text, \"x\") > 0.8 and len() = 0",
    #"(pipeline (source a) (where (and (> (call similarity text "x") 0.8) (= (call len) 0))))"#),
  ParserCase(
    "in with a list", #"a | where speaker.kind in ["person", "organization"]"#,
    #"(pipeline (source a) (where (in (. speaker kind) (list "person" "organization"))))"#),
  ParserCase(
    "expression spans lines inside brackets", "a | where (x\n and y)", "(pipeline (source a) (where (and x y)))"),
  ParserCase(
    "non-ASCII names and strings", #"a | where Путин = "金正恩""#, #"(pipeline (source a) (where (= Путин "金正恩")))"#),
  // Search
  ParserCase("search implied and", "search a b c", "(pipeline (search (and a b c)))"),
  ParserCase("search explicit and, or", "search a AND b OR c d", "(pipeline (search (or (and a b) (and c d))))"),
  ParserCase("search not and minus", "search a NOT b -c", "(pipeline (search (and a (not b) (not c))))"),
  ParserCase("search brackets", "search (a OR b) c", "(pipeline (search (and (or a b) c)))"),
  ParserCase("search near chains", "search a NEAR/2 b NEAR/3 c", "(pipeline (search (near 3 (near 2 a b) c)))"),
  ParserCase(
    "search fields", #"search speaker:Putin source:"Associated Press" kind:(heading OR caption)"#,
    #"(pipeline (search (and (field speaker Putin) (field source "Associated Press") (field kind (or heading caption)))))"#
  ),
  ParserCase("search wildcard", "search sanction* missile", "(pipeline (search (and sanction* missile)))"),
  ParserCase(
    "search hyphenated and dotted words", "search Kim Jong-un U.S -x",
    "(pipeline (search (and Kim Jong-un U.S (not x))))"),
  ParserCase(
    "search lower-case operators are words", "search war and peace", "(pipeline (search (and war and peace)))"),
  ParserCase(
    "search numbers and dates", "search 11000 2024-06-19 1.5", "(pipeline (search (and 11000 2024-06-19 1.5)))"),
  ParserCase("search phrase prefix", #"search "north kor*""#, #"(pipeline (search "north kor*"))"#),
  ParserCase("search ends at a semicolon", "search a; b", "(pipeline (search a))\n(pipeline (source b))"),
]

@Test(arguments: specExampleCases + parserCases)
func parses(_ testCase: ParserCase) {
  #expect(sExpressions(testCase.input) == testCase.expected)
}

let parserErrorCases: [ParserErrorCase] = [
  ParserErrorCase("only a pipe", "1️⃣|", "expected a source (a collection, a let-bound name or 'search'), found '|'"),
  ParserErrorCase(
    "keyword as a field", "articles | where 1️⃣in = 3", "expected a condition after 'where', found keyword 'in'"),
  ParserErrorCase(
    "keyword as a column name", "a | select 1️⃣contains = 3", "'contains' is a reserved word and cannot name a column"),
  ParserErrorCase("keyword as a let name", "let 1️⃣search = a", "expected a name after 'let', found keyword 'search'"),
  ParserErrorCase(
    "keyword after an operator", "a | where x = 1️⃣with", "expected an expression after '=', found keyword 'with'"),
  ParserErrorCase("negative limit", "quotes | limit 1️⃣-1", "'limit' takes a number of rows, 0 or more; found -1"),
  ParserErrorCase("fractional offset", "quotes | offset 1️⃣2.5", "'offset' takes a whole number; found 2.5"),
  ParserErrorCase("limit without a number", "quotes | limit 1️⃣x", "expected a number of rows after 'limit', found 'x'"),
  ParserErrorCase(
    "negative kwic width", "search a | kwic 1️⃣-4", "'kwic' takes a context width in characters, 0 or more; found -4"),
  ParserErrorCase(
    "negative cluster threshold", "quotes | cluster 1️⃣-0.5",
    "'cluster' takes a similarity threshold of 0 or more, found -0.5"),
  ParserErrorCase("unknown stage", "quotes | 1️⃣wher x", "unknown stage 'wher'"),
  ParserErrorCase("missing stage", "quotes |1️⃣", "expected a stage name after '|', found end of input"),
  ParserErrorCase("empty stage between pipes", "quotes | 1️⃣| count", "expected a stage name after '|', found '|'"),
  ParserErrorCase("missing pipe", "quotes 1️⃣where x", "expected '|' or the end of the statement, found 'where'"),
  ParserErrorCase("missing source", "1️⃣where x = 1", "expected a source before the 'where' stage"),
  ParserErrorCase("unclosed bracket", "a | where (x = 1 1️⃣| count", "expected ')' to close '(' at 1:11, found '|'"),
  ParserErrorCase("unclosed list", "a | where x in [1, 21️⃣", "expected ']' to close '[' at 1:16, found end of input"),
  ParserErrorCase(
    "unclosed call on a later line", "a | where f(x,\n  y 1️⃣| count", "expected ')' to close '(' at 1:12, found '|'"),
  ParserErrorCase("trailing comma", "a | select x, 1️⃣| count", "expected a column after ',', found '|'"),
  ParserErrorCase("missing operand", "a | where x +1️⃣", "expected an expression after '+', found end of input"),
  ParserErrorCase("chained comparison", "a | where 1 < x 1️⃣< 5", "comparisons cannot be chained"),
  ParserErrorCase("is without null", "a | where x is 1️⃣3", "expected 'null' after 'is', found number 3"),
  ParserErrorCase(
    "starts without with", "a | where x starts 1️⃣\"a\"", "expected 'with' after 'starts', found string \"a\""),
  ParserErrorCase("not inside arithmetic", "a | where x + 1️⃣not y", "'not' cannot stand here without brackets"),
  ParserErrorCase("count star", "a | group s aggregate n = count(1️⃣*)", "'*' is not an argument"),
  ParserErrorCase(
    "aggregate without a call", "a | group s aggregate n = 1️⃣sum",
    "expected an aggregate call such as count() or sum(words) after 'n =', found 'sum'"),
  ParserErrorCase(
    "aggregate without a name", "a | group s aggregate count1️⃣()", "expected '=' after 'count', found '('"),
  ParserErrorCase("let without equals", "let x 1️⃣articles", "expected '=' after 'let x', found 'articles'"),
  ParserErrorCase("dot without a name", "a | where x.1️⃣1 = 2", "expected a field name after '.', found number 1"),
  ParserErrorCase("search without a query", "search 1️⃣| count", "expected a search query after 'search', found '|'"),
  ParserErrorCase(
    "search near without distance", "search a NEAR 1️⃣b", "expected '/' and a distance after 'NEAR', found 'b'"),
  ParserErrorCase("search or without a term", "search a OR1️⃣", "expected a search term after 'OR', found end of input"),
  ParserErrorCase("search detached wildcard", "search sanction 1️⃣*", "'*' must touch the word it completes"),
  ParserErrorCase(
    "search unexpected operator", "search a 1️⃣= b", "expected a search term, '|' or the end of the statement, found '='"),
  ParserErrorCase("search empty phrase", "search 1️⃣\"  \"", "empty phrase in search query"),
  ParserErrorCase("search field without a value", "search speaker:1️⃣|", "expected a value after 'speaker:', found '|'"),
  ParserErrorCase("search unclosed bracket", "search (a OR b 1️⃣| kwic", "expected ')' to close '(' at 1:8, found '|'"),
  ParserErrorCase(
    "invalid date", "a | where d = 1️⃣2024-13-45", "invalid date literal '2024-13-45': there is no month 13"),
  ParserErrorCase("invalid day", "a | where d > 1️⃣2023-02-29", "invalid date literal '2023-02-29': 2023-02 has 28 days"),
  ParserErrorCase("unterminated string", "a | where t = 1️⃣\"abc", "unterminated string literal"),
  ParserErrorCase("unterminated regex", "a | where t ~ 1️⃣/abc | count", "unterminated regex literal"),
  ParserErrorCase("bad escape", "a | where t = \"x1️⃣\\q\"", "unknown escape sequence '\\q' in string literal"),
  ParserErrorCase(
    "empty unicode escape", "a | where t = \"1️⃣\\u{}\"",
    "invalid unicode escape: expected 1 to 8 hex digits in braces after \\u"),
  ParserErrorCase(
    "bad unicode escape", "a | where t = \"1️⃣\\u{D800}\"", "invalid unicode escape: U+D800 is not a Unicode scalar value"
  ),
  ParserErrorCase("NUL byte", "a | where 1️⃣\u{0} = 1", "NUL byte in query"),
  ParserErrorCase("double equals", "a | where x 1️⃣== 1", "'==' is not an operator"),
  ParserErrorCase("typographic quote", "a | where x = 1️⃣“b”", "unexpected typographic quote '“' (U+201C)"),
  ParserErrorCase("uppercase direction", "a | sort x 1️⃣DESC", "expected '|' or the end of the statement, found 'DESC'"),
]

@Test(arguments: parserErrorCases)
func reportsErrors(_ testCase: ParserErrorCase) throws {
  let (query, offset) = unmark(testCase.input)
  let result = Parser.parse(SourceText(query))
  let first = try #require(result.diagnostics.first)
  #expect(first.message == testCase.expected)
  #expect(first.range.lowerBound == offset)
  // A statement with an error never reaches the checker.
  #expect(result.statements.isEmpty)
}

@Test func suggestsTheClosestStage() {
  let result = Parser.parse(SourceText("quotes | selct text | sort x DESC"))
  #expect(result.diagnostics.map(\.help) == ["did you mean 'select'?", "did you mean 'desc'?"])
}

@Test func keywordAsFieldSuggestsBackQuotes() {
  let result = Parser.parse(SourceText("articles | where in = 3"))
  #expect(
    result.diagnostics.first?.help == "'in' is a reserved word; to use it as a name, write it in back quotes: `in`")
}

@Test func recoversAtPipesAndStatementsAndReportsEach() {
  let result = Parser.parse(SourceText("a | wher x | select | limit -1\nb | count\nc | where (\nd"))
  #expect(
    result.diagnostics.map { $0.message.prefix(20) } == [
      "unknown stage 'wher'", "expected a column af", "'limit' takes a numb", "expected ')' to clos",
    ])
  // The open bracket joins `d` to the statement before it, as the line end inside it does not count.
  #expect(ASTPrinter.print(result.statements) == "(pipeline (source b) (count))")
}

@Test func aLexicalErrorIsReportedOnce() {
  let result = Parser.parse(SourceText(#"a | where t = "x\q" and y = 1 | count"#))
  #expect(result.diagnostics.count == 1)
}

@Test func stopsAfterTenErrors() {
  let script = Array(repeating: "a | wher x", count: 25).joined(separator: "\n")
  let result = Parser.parse(SourceText(script))
  #expect(result.diagnostics.count == Parser.maximumErrors)
}

/// Every name in `Parser.stageNames` is handled by the stage switch.
@Test(arguments: Parser.stageNames)
func everyStageNameParses(_ name: String) {
  let arguments = ["where": " x", "select": " x", "sort": " x", "limit": " 1", "offset": " 1", "group": " x"]
  let result = Parser.parse(SourceText("a | \(name)\(arguments[name] ?? "")"))
  #expect(result.diagnostics.isEmpty)
  #expect(result.statements.first?.pipeline.stages.count == 1)
}

// MARK: - Ranges

@Test func nodesCarryTheirRanges() throws {
  let source = SourceText("quotes | where (a + b) * c = 1 | sort n desc")
  let pipeline = try #require(Parser.parse(source).statements.first).pipeline
  #expect(source.text(pipeline.range) == "quotes | where (a + b) * c = 1 | sort n desc")
  #expect(source.text(pipeline.source.range) == "quotes")
  let filter = pipeline.stages[0]
  #expect(source.text(filter.range) == "where (a + b) * c = 1")
  #expect(source.text(filter.nameRange) == "where")
  guard case .filter(let condition) = filter.kind, case .binary(.equal, let product, _) = condition.kind,
    case .binary(.multiply, let sum, let factor) = product.kind
  else {
    Issue.record("unexpected tree")
    return
  }
  // A binary node covers both operands; brackets belong to the bracketed node.
  #expect(source.text(condition.range) == "(a + b) * c = 1")
  #expect(product.range == sum.range.joined(with: factor.range))
  #expect(source.text(sum.range) == "(a + b)")
  guard case .sort(let keys) = pipeline.stages[1].kind else { return }
  #expect(source.text(keys[0].range) == "n desc")
  #expect(keys[0].directionRange.map(source.text) == "desc")
}

@Test func searchNodesCarryTheirRanges() throws {
  let source = SourceText("search speaker:Putin (a OR b*) -c | kwic")
  let pipeline = try #require(Parser.parse(source).statements.first).pipeline
  guard case .search(let query) = pipeline.source.kind, case .and(let terms) = query.kind else {
    Issue.record("unexpected tree")
    return
  }
  #expect(terms.map { source.text($0.range) } == ["speaker:Putin", "(a OR b*)", "-c"])
  #expect(source.text(pipeline.source.range) == "search speaker:Putin (a OR b*) -c")
}

@Test func letStatementRangeStartsAtLet() throws {
  let source = SourceText("  let x = a | count  ")
  let statement = try #require(Parser.parse(source).statements.first)
  #expect(source.text(statement.range) == "let x = a | count")
}

// MARK: - Hostile input

@Test(arguments: [
  NamedInput("brackets", String(repeating: "(", count: 500) + "x" + String(repeating: ")", count: 500)),
  NamedInput("lists", String(repeating: "[", count: 500) + String(repeating: "]", count: 500)),
  NamedInput("not", String(repeating: "not ", count: 500) + "x"),
  NamedInput("minus", String(repeating: "-", count: 500) + "x"),
  NamedInput("a long chain", Array(repeating: "x = 1", count: 500).joined(separator: " or ")),
  NamedInput("a long member path", "x" + String(repeating: ".y", count: 500)),
])
func refusesDeepExpressions(_ expression: NamedInput) {
  let result = Parser.parse(SourceText("a | where \(expression.text) | count"))
  #expect(result.diagnostics.count == 1)
  #expect(result.diagnostics.first?.message == "expression nested too deeply (more than 256 levels)")
}

@Test func refusesDeepSearchQueries() {
  let result = Parser.parse(SourceText("search " + String(repeating: "(", count: 500) + "a"))
  #expect(result.diagnostics.map(\.message) == ["expression nested too deeply (more than 256 levels)"])
}

@Test func acceptsDepthJustUnderTheLimit() {
  let result = Parser.parse(
    SourceText("a | where " + String(repeating: "(", count: 100) + "x" + String(repeating: ")", count: 100)))
  #expect(result.diagnostics.isEmpty)
}

/// One megabyte of query, in shapes that would show a quadratic step: each must parse in well under the
/// time a quadratic algorithm would need (about 10^12 steps at this size).
@Test(
  .timeLimit(.minutes(2)),
  arguments: [
    NamedInput("a long string", "a | where t = \"" + String(repeating: "x", count: 1 << 20) + "\""),
    NamedInput("a long list", "a | where t in [" + Array(repeating: "1", count: 1 << 19).joined(separator: ",") + "]"),
    NamedInput("many stages", "a" + String(repeating: " | where x = 1", count: 1 << 16)),
    NamedInput("many statements", String(repeating: "a | count\n", count: 1 << 17)),
    NamedInput("many blank lines", "a" + String(repeating: "\n", count: 1 << 20) + "| count"),
    NamedInput("many errors", String(repeating: "@", count: 1 << 20)),
    NamedInput("a long search", "search " + String(repeating: "word ", count: 1 << 18)),
  ])
func parsesAMegabyteQuickly(_ query: NamedInput) {
  let clock = ContinuousClock()
  var result: Parser.Result?
  let elapsed = clock.measure { result = Parser.parse(SourceText(query.text)) }
  #expect(query.text.utf8.count >= 1 << 19)
  #expect(elapsed < .seconds(20))
  #expect((result?.diagnostics.count ?? 0) <= Parser.maximumErrors)
}
