import BylineQuery
import Testing

typealias LexerCase = SyntaxCase<String>

let lexerCases: [LexerCase] = [
  LexerCase("empty", "", "eof"),
  LexerCase("pipe", "a | b", "ident(a) pipe ident(b) eof"),
  LexerCase(
    "reserved words", "let search and or not in contains starts ends with is null true false",
    "kw(let) kw(search) kw(and) kw(or) kw(not) kw(in) kw(contains) kw(starts) kw(ends) kw(with) kw(is) kw(null) kw(true) kw(false) eof"
  ),
  LexerCase(
    "stage names and directions are identifiers", "where count desc aggregate offset",
    "ident(where) ident(count) ident(desc) ident(aggregate) ident(offset) eof"),
  LexerCase("keywords are case-sensitive", "AND Or NOT", "ident(AND) ident(Or) ident(NOT) eof"),
  LexerCase(
    "comparison operators", "a = b != c < d <= e > f >= g ~ h !~ i",
    "ident(a) eq ident(b) ne ident(c) lt ident(d) le ident(e) gt ident(f) ge ident(g) match ident(h) nomatch ident(i) eof"
  ),
  LexerCase(
    "arithmetic operators", "a + b - c * d / e % f",
    "ident(a) plus ident(b) minus ident(c) star ident(d) slash ident(e) percent ident(f) eof"),
  LexerCase("punctuation", "( ) [ ] , . : ;", "lparen rparen lbracket rbracket comma dot colon semicolon eof"),
  LexerCase("numbers", "0 42 3.25 007", "int(0) int(42) decimal(3.25) int(007) eof"),
  LexerCase("a dot without digits after a number", "7.x", "int(7) dot ident(x) eof"),
  LexerCase("dates", "2024-06-19 2024-06", "date(2024-06-19) date(2024-06) eof"),
  LexerCase("leap day", "2024-02-29", "date(2024-02-29) eof"),
  LexerCase("subtraction with spaces is not a date", "2024 - 6", "int(2024) minus int(6) eof"),
  LexerCase("five digits are not a year", "20240-6", "int(20240) minus int(6) eof"),
  LexerCase(
    "strings in both quotes", #""a" 'b' "it's" 'say "hi"'"#,
    #"string("a") string('b') string("it's") string('say "hi"') eof"#),
  LexerCase("escapes", #""\" \' \\ \n \t \r \u{1F600}""#, #"string("\" \' \\ \n \t \r \u{1F600}") eof"#),
  LexerCase("a string spans lines", "\"a\nb\" c", "string(\"a\nb\") ident(c) eof"),
  LexerCase("regex after an operator", #"text ~ /a\/b/i"#, #"ident(text) match regex(/a\/b/i) eof"#),
  LexerCase("regex with every flag", "x ~ /a/imsx", "ident(x) match regex(/a/imsx) eof"),
  LexerCase("division after a name", "a / b / c", "ident(a) slash ident(b) slash ident(c) eof"),
  LexerCase("division after a bracket", "(a) / 2", "lparen ident(a) rparen slash int(2) eof"),
  LexerCase("division after a number", "10 / 2", "int(10) slash int(2) eof"),
  LexerCase("slash inside a regex class", "x ~ /[/]/", "ident(x) match regex(/[/]/) eof"),
  LexerCase("regexes in a list", "[/a/, /b/]", "lbracket regex(/a/) comma regex(/b/) rbracket eof"),
  LexerCase("comment", "a # the rest | b\n| c", "ident(a) pipe ident(c) eof"),
  LexerCase("newline ends a statement", "a\nb", "ident(a) newline ident(b) eof"),
  LexerCase(
    "no newline inside brackets", "f(a,\nb)\n[1,\n2]",
    "ident(f) lparen ident(a) comma ident(b) rparen newline lbracket int(1) comma int(2) rbracket eof"),
  LexerCase("no newline before a line starting with a pipe", "a\n   | b", "ident(a) pipe ident(b) eof"),
  LexerCase("no newline after a pipe", "a |\n b", "ident(a) pipe ident(b) eof"),
  LexerCase("blank and comment lines fold into one newline", "a\n\n  # note\n\nb", "ident(a) newline ident(b) eof"),
  LexerCase("a comment line before a pipe line", "a\n# note\n| b", "ident(a) pipe ident(b) eof"),
  LexerCase("leading and trailing newlines", "\n\na\n\n", "ident(a) eof"),
  LexerCase("carriage returns", "a\r\nb\r\n", "ident(a) newline ident(b) eof"),
  LexerCase("no newline after a semicolon", "a;\nb", "ident(a) semicolon ident(b) eof"),
  LexerCase("a semicolon closes open brackets", "(a;b\nc", "lparen ident(a) semicolon ident(b) newline ident(c) eof"),
  LexerCase("non-ASCII identifiers", "Путин 金正恩 café_2 _x", "ident(Путин) ident(金正恩) ident(café_2) ident(_x) eof"),
  LexerCase("back-quoted names", "`in` `two words`", "ident(`in`) ident(`two words`) eof"),
  LexerCase(
    "search syntax", "speaker:Putin NEAR/5 sanction* -Iran",
    "ident(speaker) colon ident(Putin) ident(NEAR) slash int(5) ident(sanction) star minus ident(Iran) eof"),
  LexerCase("no-break space is a space", "a\u{00A0}b", "ident(a) ident(b) eof"),
  LexerCase("stray character", "a @ b", "ident(a) error(@) ident(b) eof"),
  LexerCase("double equals", "a == b", "ident(a) error(==) ident(b) eof"),
  LexerCase("bang alone", "!a", "error(!) ident(a) eof"),
  LexerCase("unterminated string", "a = \"abc", "ident(a) eq error(\"abc) eof"),
  LexerCase("bad escape makes the string an error", #""a\qb" c"#, #"error("a\qb") ident(c) eof"#),
  LexerCase("unicode escape without braces", #""\u41""#, #"error("\u41") eof"#),
  LexerCase("unicode escape too long", #""\u{123456789}" x"#, #"error("\u{123456789}") ident(x) eof"#),
  LexerCase("unterminated regex stops at the line end", "x ~ /ab\ny", "ident(x) match error(/ab) newline ident(y) eof"),
  LexerCase("empty regex", "x ~ //", "ident(x) match error(//) eof"),
  LexerCase("unknown regex flag", "x ~ /a/g", "ident(x) match error(/a/g) eof"),
  LexerCase("invalid month", "2024-13-45", "error(2024-13-45) eof"),
  LexerCase("invalid day", "2023-02-29", "error(2023-02-29) eof"),
  LexerCase("malformed date", "2024-6-1", "error(2024-6-1) eof"),
  LexerCase("integer overflow", "99999999999999999999", "error(99999999999999999999) eof"),
  LexerCase("NUL byte", "a\u{0}b", "ident(a) error(\u{0}) ident(b) eof"),
  LexerCase("typographic quotes", "“a”", "error(“) ident(a) error(”) eof"),
  LexerCase("unterminated back-quoted name", "`abc", "error(`abc) eof"),
]

@Test(arguments: lexerCases)
func lexes(_ testCase: LexerCase) {
  let source = SourceText(testCase.input)
  #expect(Token.dump(Lexer.tokens(in: source).tokens, in: source) == testCase.expected)
}

/// Every error token comes with at least one diagnostic, and a clean input has none.
@Test(arguments: lexerCases)
func errorTokensAreExplained(_ testCase: LexerCase) {
  let output = Lexer.tokens(in: SourceText(testCase.input))
  let hasErrorToken = output.tokens.contains { $0.kind == .error }
  #expect(hasErrorToken == !output.diagnostics.isEmpty)
}

/// A smaller table for byte ranges: `kind@lower..<upper`.
let lexerRangeCases: [LexerCase] = [
  LexerCase("simple", "quotes | count", "ident@0..<6 pipe@7..<8 ident@9..<14 eof@14..<14"),
  LexerCase("multi-byte name", "Путин = 1", "ident@0..<10 eq@11..<12 int@13..<14 eof@14..<14"),
  LexerCase("newline token is the first line end", "a\n\n b", "ident@0..<1 newline@1..<2 ident@4..<5 eof@5..<5"),
  LexerCase("string with escapes", #""a\"b" x"#, "string@0..<6 ident@7..<8 eof@8..<8"),
  LexerCase("two-byte operators", "a<=b!~c", "ident@0..<1 le@1..<3 ident@3..<4 nomatch@4..<6 ident@6..<7 eof@7..<7"),
  LexerCase("end of input is just after the last token", "a  # c\n\n", "ident@0..<1 eof@1..<1"),
  LexerCase("end of blank input is its start", "  \n ", "eof@0..<0"),
  LexerCase("unterminated string runs to the end", "x \"ab\ncd", "ident@0..<1 error@2..<8 eof@8..<8"),
]

@Test(arguments: lexerRangeCases)
func lexesRanges(_ testCase: LexerCase) {
  let tokens = Lexer.tokens(in: SourceText(testCase.input)).tokens
  let dump = tokens.map { "\($0.kind.dumpName)@\($0.range)" }.joined(separator: " ")
  #expect(dump == testCase.expected)
}

@Test func lexesARangeOfTheSource() {
  let source = SourceText("a | b; c | d")
  let tokens = Lexer.tokens(in: source, range: SourceRange(7, 12)).tokens
  #expect(Token.dump(tokens, in: source) == "ident(c) pipe ident(d) eof")
  #expect(tokens.first?.range == SourceRange(7, 8))
}

@Test func invalidUTF8BecomesAnErrorTokenPerByte() {
  let source = SourceText(
    bytes: Array("a ".utf8) + [0xFF, 0xC3] + Array(" \"x".utf8) + [0xE2, 0x82] + Array("\"".utf8))
  let output = Lexer.tokens(in: source)
  #expect(output.tokens.map(\.kind.dumpName) == ["ident", "error", "error", "error", "eof"])
  #expect(
    output.diagnostics.map(\.message) == [
      "invalid UTF-8 byte 0xFF", "invalid UTF-8 byte 0xC3", "invalid UTF-8 byte 0xE2 in string literal",
      "invalid UTF-8 byte 0x82 in string literal",
    ])
}

@Test func overlongAndSurrogateEncodingsAreInvalid() {
  // An overlong "/" and an encoded surrogate half: both well-shaped, neither valid UTF-8.
  let source = SourceText(bytes: [0xC0, 0xAF, 0x20, 0xED, 0xA0, 0x80])
  let output = Lexer.tokens(in: source)
  #expect(output.tokens.dropLast().allSatisfy { $0.kind == .error })
  #expect(output.diagnostics.count == 5)
}

@Test func stringValuesAreUnescaped() {
  let source = SourceText(#""a\"b\\c\nd\te\u{41}\u{1F600}" 'it\'s'"#)
  let tokens = Lexer.tokens(in: source).tokens
  #expect(Lexer.stringValue(of: tokens[0], in: source) == "a\"b\\c\nd\teA😀")
  #expect(Lexer.stringValue(of: tokens[1], in: source) == "it's")
}

@Test func regexPartsUnescapeOnlyTheDelimiter() {
  let source = SourceText(#"x ~ /a\/b\d+[/]/is"#)
  let token = Lexer.tokens(in: source).tokens[2]
  let parts = Lexer.regexParts(of: token, in: source)
  #expect(parts.pattern == #"a/b\d+[/]"#)
  #expect(parts.flags == "is")
}

@Test func lexerDiagnosticsStopAtTen() {
  let output = Lexer.tokens(in: SourceText(String(repeating: "@", count: 50)))
  #expect(output.diagnostics.count == Lexer.maximumDiagnostics)
  #expect(output.tokens.count == 51)
}
