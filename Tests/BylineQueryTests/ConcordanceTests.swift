import BylineQuery
import Testing

/// `kwic` lines: grapheme-aware widths, collapsed white space, `…` at a cut.
@Suite struct ConcordanceTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let text: String
    let hit: String
    let width: Int
    let left: String
    let right: String
    var testDescription: String { "\(hit) in \(text.prefix(20)) at \(width)" }
  }

  static let cases: [Case] = [
    Case(text: "the quick brown fox jumps", hit: "brown", width: 40, left: "the quick ", right: " fox jumps"),
    Case(text: "the quick brown fox jumps", hit: "brown", width: 6, left: "…uick ", right: " fox …"),
    Case(text: "the quick brown fox jumps", hit: "brown", width: 10, left: "the quick ", right: " fox jumps"),
    Case(text: "the quick brown fox jumps", hit: "brown", width: 1, left: "…", right: "…"),
    Case(text: "the quick brown fox jumps", hit: "brown", width: 0, left: "", right: ""),
    Case(text: "a\n\n  b\tc HIT d\n\ne", hit: "HIT", width: 40, left: "a b c ", right: " d e"),
    Case(text: "北朝鮮とロシアが条約を結んだ", hit: "ロシア", width: 2, left: "…と", right: "が…"),
    Case(text: "北朝鮮とロシアが条約を結んだ", hit: "ロシア", width: 4, left: "北朝鮮と", right: "が条約…"),
    Case(text: "👍🏽👨‍👩‍👧 flag 🇺🇦🇰🇷 end", hit: "flag", width: 3, left: "👍🏽👨‍👩‍👧 ", right: " 🇺🇦…"),
    Case(text: "café́ x Kim", hit: "Kim", width: 5, left: "…é́ x ", right: ""),
    Case(text: "hit at start", hit: "hit", width: 5, left: "", right: " at …"),
  ]

  @Test(arguments: cases)
  func lines(_ example: Case) throws {
    let bytes = Array(example.text.utf8)
    let needle = Array(example.hit.utf8)
    let start = try #require(
      (0...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle })
    let line = Concordance.line(text: example.text, hit: start..<start + needle.count, width: example.width)
    #expect(line.left == example.left)
    #expect(line.hit == example.hit)
    #expect(line.right == example.right)
    #expect(line.left.count <= max(0, example.width) && line.right.count <= max(0, example.width))
  }

  @Test func aSubstringAndOddRangesAreSafe() {
    let text = "Die Straße ist lang"
    let substring = text.dropFirst(4)
    let line = Concordance.line(text: substring, hit: 0..<7, width: 3)
    #expect(line == (left: "", hit: "Straße", right: " i…"))
    // A range inside the two bytes of "ß", or beyond the end, is rounded, not trapped on.
    _ = Concordance.line(text: text, hit: 9..<10, width: 5)
    _ = Concordance.line(text: text, hit: 100..<200, width: 5)
    _ = Concordance.line(text: text, hit: 5..<5, width: -3)
  }
}
