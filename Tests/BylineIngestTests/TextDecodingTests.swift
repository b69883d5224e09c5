import Testing

@testable import BylineIngest

struct TextDecodingTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let encoding: String
    let text: String
    let warns: Bool
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "plain UTF-8", bytes: Array("Kim Jong Un".utf8), encoding: "utf-8", text: "Kim Jong Un", warns: false),
    Case(
      name: "UTF-8 with BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("“Hi”".utf8), encoding: "utf-8 (BOM)",
      text: "“Hi”", warns: false),
    Case(
      name: "UTF-16LE with BOM", bytes: [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00, 0x1F, 0x04], encoding: "utf-16le",
      text: "HiП", warns: false),
    Case(
      name: "UTF-16BE with BOM", bytes: [0xFE, 0xFF, 0x00, 0x48, 0x00, 0x69], encoding: "utf-16be", text: "Hi",
      warns: false),
    Case(
      name: "UTF-16LE without BOM", bytes: Array("Hello, world! ".utf8).flatMap { [$0, 0] }, encoding: "utf-16le",
      text: "Hello, world! ", warns: true),
    Case(
      name: "Windows-1252", bytes: [0x93, 0x41, 0x94, 0x20, 0x80, 0x35, 0x20, 0xE9], encoding: "windows-1252",
      text: "“A” €5 é", warns: true),
    Case(
      name: "invalid byte inside UTF-8", bytes: Array("café ".utf8) + [0xFF] + Array(" naïve señor".utf8),
      encoding: "utf-8", text: "café \u{FFFD} naïve señor", warns: true),
    Case(
      name: "stray NUL removed", bytes: Array(String(repeating: "abc ", count: 50).utf8) + [0],
      encoding: "utf-8", text: String(repeating: "abc ", count: 50), warns: true),
  ]

  @Test(arguments: cases)
  func decodes(_ example: Case) throws {
    let decoded = try TextDecoding.decode(example.bytes)
    #expect(decoded.encoding == example.encoding)
    #expect(String(decoding: decoded.bytes, as: UTF8.self) == example.text)
    #expect(decoded.warnings.isEmpty == !example.warns)
  }

  @Test func emptyIsAnError() {
    #expect(throws: IngestError.empty) { try TextDecoding.decode([]) }
  }

  @Test func binaryIsAnError() {
    let png: [UInt8] = [
      0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]
    #expect(throws: IngestError.binary) { try TextDecoding.decode(png) }
  }
}

struct PageTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    /// Trimmed line texts, "" for blank lines.
    let lines: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "LF", text: "a\nb\n", lines: ["a", "b"]),
    Case(name: "CRLF", text: "a\r\nb\r\n\r\nc", lines: ["a", "b", "", "c"]),
    Case(name: "CR", text: "a\rb", lines: ["a", "b"]),
    Case(name: "mixed", text: "a\r\n\rb\n", lines: ["a", "", "b"]),
    Case(name: "NBSP and zero-width trimmed", text: "\u{00A0} a\u{200B}\n\u{00A0}\n", lines: ["a", ""]),
    Case(name: "inner NBSP kept", text: "ink\u{00A0}mutual ", lines: ["ink\u{00A0}mutual"]),
    Case(name: "no final newline", text: "x", lines: ["x"]),
  ]

  @Test(arguments: cases)
  func splitsLines(_ example: Case) {
    let page = Page(bytes: Array(example.text.utf8))
    #expect(page.lines.map { page.text($0) } == example.lines)
    #expect(page.lines.map(\.number) == Array(1...max(example.lines.count, 1)).prefix(example.lines.count).map { $0 })
  }
}
