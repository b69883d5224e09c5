import BylineQuery
import Testing

@Test(arguments: [
  ("start", "ab\ncd", 0, "1:1"),
  ("end of first line", "ab\ncd", 2, "1:3"),
  ("second line", "ab\ncd", 4, "2:2"),
  ("end of input", "ab\ncd", 5, "2:3"),
  ("Cyrillic counts letters", "Путин x", 11, "1:7"),
  ("CJK counts letters", "金正恩 x", 10, "1:5"),
  ("combining marks join their letter", "e\u{301}e\u{301} x", 7, "1:4"),
  ("flag emoji is one cluster", "🇺🇦 x", 9, "1:3"),
  ("after CRLF", "a\r\nb", 3, "2:1"),
])
func locatesOffsets(_ name: String, _ text: String, _ offset: Int, _ expected: String) {
  #expect(SourceText(text).location(of: offset).description == expected)
}

@Test func lineRangesLeaveOutLineEnds() {
  let source = SourceText("one\r\ntwo\n\nfour")
  #expect((1...4).map { source.text(source.lineRange($0)) } == ["one", "two", "", "four"])
  #expect(source.line(containing: 9) == 3)
}

@Test(arguments: [
  ("speakr", ["speaker", "source", "text"], "speaker"),
  ("WHERE", ["where", "select"], "where"),
  ("srot", ["sort", "select"], "sort"),
  ("kwik", ["kwic", "count"], "kwic"),
  ("xyz", ["where", "select"], nil),
  ("a", ["b", "ab"], "b"),
])
func suggestsCloseNames(_ name: String, _ candidates: [String], _ expected: String?) {
  #expect(Suggestions.closest(to: name, among: candidates) == expected)
}

@Test func editDistanceCountsSwapsAsOne() {
  #expect(Suggestions.editDistance("form", "from") == 1)
  #expect(Suggestions.editDistance("", "abc") == 3)
  #expect(Suggestions.editDistance("kitten", "sitting") == 3)
  #expect(Suggestions.editDistance("Путин", "путин") == 0)
}

@Test func rendersCaretsUnderWideAndTabbedText() {
  let source = SourceText("\tq | where 金正恩 = 1 @", name: "wide.byline")
  let diagnostic = Diagnostic.error("unexpected character '@'", at: SourceRange(25, 26), help: "remove it")
  #expect(
    DiagnosticRenderer(source: source).render(diagnostic) == """
      wide.byline:1:20: error: unexpected character '@'
      \tq | where 金正恩 = 1 @
      \t                     ^
      help: remove it

      """)
}

@Test func rendersNotesWithTheirOwnPicture() {
  let source = SourceText("a\n(b")
  var diagnostic = Diagnostic.error("expected ')'", at: SourceRange.at(4))
  diagnostic.notes = [Diagnostic.Note("opened here", at: SourceRange(2, 3)), Diagnostic.Note("no location")]
  #expect(
    DiagnosticRenderer(source: source).render([diagnostic]) == """
      2:3: error: expected ')'
      (b
        ^
      2:1: note: opened here
      (b
      ^
      note: no location

      """)
}

@Test func rendersControlCharactersVisiblyAndColoursOnRequest() {
  let source = SourceText("a\u{0}\u{1B}[2J")
  let diagnostic = Diagnostic.error("NUL byte in query", at: SourceRange(1, 2))
  let plain = DiagnosticRenderer(source: source).render(diagnostic)
  #expect(plain == "1:2: error: NUL byte in query\na\u{2400}\u{241B}[2J\n ^\n")
  let colored = DiagnosticRenderer(source: source, style: .colored).render(diagnostic)
  #expect(colored.contains("\u{1B}[1;31merror:\u{1B}[0m"))
}
