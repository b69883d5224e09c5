import BylineModel
import Foundation
import Testing

@testable import BylineIngest

/// Pages in scripts and languages other than English: the body, headline and date must still be found,
/// and the language named only when the page supports it.
struct LanguageTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let file: String
    let language: String?
    let title: String
    let date: String
    let blocks: Int
    var testDescription: String { file }
  }

  static let cases: [Case] = [
    Case(
      file: "ru.txt", language: "ru", title: "Путин и Ким подписали договор о всеобъемлющем стратегическом партнерстве",
      date: "2024-06-19", blocks: 3),
    Case(file: "zh.txt", language: "zh", title: "普京与金正恩签署全面战略伙伴关系条约", date: "2024-06-19", blocks: 2),
    // Polish has no stop list here: the language stays unnamed, the structure is still read.
    Case(
      file: "pl.txt", language: nil, title: "Putin i Kim podpisali umowę o partnerstwie strategicznym",
      date: "2024-06-19", blocks: 2),
  ]

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Languages")

  @Test(arguments: cases)
  func readsPage(_ example: Case) throws {
    let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(example.file)))
    let article = try ArticleParser.parse(bytes: bytes, id: example.file, path: example.file)
    #expect(article.language == example.language)
    #expect(article.title == example.title)
    #expect(article.date?.iso == example.date)
    #expect(article.blocks.count == example.blocks)
    #expect(article.boilerplate.count == 5 || article.boilerplate.count == 6)
  }

  struct DateCase: CustomTestStringConvertible, Sendable {
    let text: String
    let iso: String
    var testDescription: String { text }
  }

  @Test(arguments: [
    DateCase(text: "19 июня 2024", iso: "2024-06-19"),
    DateCase(text: "Опубликовано 3 Сентября 2023", iso: "2023-09-03"),
    DateCase(text: "19 czerwca 2024", iso: "2024-06-19"),
    DateCase(text: "1 października 2023", iso: "2023-10-01"),
    DateCase(text: "2024年6月19日", iso: "2024-06-19"),
    DateCase(text: "2024年 6月", iso: "2024-06"),
    DateCase(text: "2024년 6월 19일", iso: "2024-06-19"),
  ])
  func scansDatesOfOtherLanguages(_ example: DateCase) {
    #expect(DateScanner.scan(example.text).map(\.date.iso) == [example.iso])
  }
}
