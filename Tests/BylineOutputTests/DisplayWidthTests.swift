import Testing

@testable import BylineOutput

/// Terminal widths per grapheme cluster.
struct DisplayWidthTests {
  static let cases: [(text: String, width: Int)] = [
    ("abc", 3),
    ("", 0),
    ("é", 1),
    ("e\u{0301}", 1),
    ("Путин", 5),
    ("金正恩", 6),
    ("김정은", 6),
    ("プーチン", 8),
    ("ｆｕｌｌ", 8),
    ("😀", 2),
    ("👨‍👩‍👧", 2),
    ("🇺🇦", 2),
    ("❤️", 2),
    ("❤", 1),
    ("1️⃣", 2),
    ("a\u{200B}b", 2),
    ("\u{0301}", 0),
    ("नमस्ते", 4),
    ("\u{1100}\u{1161}\u{11A8}", 2),
    ("#\u{FE0F}\u{20E3}", 2),
  ]

  @Test(arguments: cases)
  func width(_ text: String, _ width: Int) {
    #expect(DisplayWidth.of(text) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
  }

  @Test func measuringStopsPastTheLimit() {
    let long = String(repeating: "金", count: 10_000)
    #expect(DisplayWidth.of(long, limit: 10) <= 12)
    #expect(DisplayWidth.of(long, limit: 10) > 10)
  }
}
