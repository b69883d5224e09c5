import BylineQuery
import Testing

/// How search cuts and folds terms.
@Suite struct TermFoldingTests {
  @Test(arguments: [
    ("Erdoğan", ["erdogan"]),
    ("STRASSE Straße", ["strasse", "strasse"]),
    ("Æsir Øresund Łódź", ["aesir", "oresund", "lodz"]),
    ("Kim Jong-un’s visit", ["kim", "jong", "un", "visit"]),
    ("Kim Jong‐un", ["kim", "jong", "un"]),
    ("O’Carroll don't", ["o'carroll", "don't"]),
    ("U.S. 11,000", ["u", "s", "11", "000"]),
    ("e\u{301}te\u{301}", ["ete"]),
    ("İstanbul", ["istanbul"]),
    ("Путин ПХЕНЬЯН", ["путин", "пхеньян"]),
    ("北朝鮮とロシア", ["北", "朝", "鮮", "と", "ロ", "シ", "ア"]),
    ("한국 👍🏽 ok", ["한국", "ok"]),
    ("— … ' ’", []),
  ])
  func folds(_ text: String, _ expected: [String]) {
    #expect(TermFolding.terms(in: text) == expected)
  }

  @Test func rangesCoverTheWordsAsWritten() {
    let text = "Russia’s “dangerous” Jong-un"
    let bytes = Array(text.utf8)
    let words = TermFolding.termRanges(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
    #expect(words == ["Russia", "dangerous", "Jong", "un"])
  }
}
