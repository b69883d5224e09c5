import BylineModel
import Testing

@testable import BylineIngest

/// Names in one short page: what is a mention, of which kind, and which entity it is unified to.
struct NameRecognitionTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let body: String
    /// (surface text, kind, entity) of every mention, in order.
    let mentions: [(String, EntityKind, String)]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "titles stripped, surname back-reference", body: "President Vladimir Putin arrived. Putin said little.",
      mentions: [("Vladimir Putin", .person, "Vladimir Putin"), ("Putin", .person, "Vladimir Putin")]),
    Case(
      name: "hyphenated compound of two places", body: "Officials discussed Russia-North Korea ties on Monday.",
      mentions: [("Russia", .place, "Russia"), ("North Korea", .place, "North Korea")]),
    Case(
      name: "demonyms are not mentions", body: "Russian officials met North Korean diplomats in the city.",
      mentions: []),
    Case(
      name: "acronym in brackets names the organisation",
      body: "The National Energy Regulator of South Africa (NERSA) approved it. NERSA later said more.",
      mentions: [
        ("National Energy Regulator of South Africa", .organization, "National Energy Regulator of South Africa"),
        ("NERSA", .organization, "National Energy Regulator of South Africa"),
        ("NERSA", .organization, "National Energy Regulator of South Africa"),
      ]),
    Case(
      name: "spelling variants unify", body: "Kim Jong-un spoke first. Later Kim Jong Un left, and Kim waved.",
      mentions: [
        ("Kim Jong-un", .person, "Kim Jong Un"), ("Kim Jong Un", .person, "Kim Jong Un"),
        ("Kim", .person, "Kim Jong Un"),
      ]),
    Case(
      name: "a town that is also a first name", body: "Analysts said Vladimir Putin would attend.",
      mentions: [("Vladimir Putin", .person, "Vladimir Putin")]),
    Case(
      name: "name particles", body: "Pieter van der Walt chairs the board. Van der Walt said so.",
      mentions: [
        ("Pieter van der Walt", .person, "Pieter van der Walt"), ("Van der Walt", .person, "Pieter van der Walt"),
      ]),
    Case(
      name: "ampersand company and its short name", body: "Harwood & Pryce Ltd will close stores. Harwood said why.",
      mentions: [
        ("Harwood & Pryce Ltd", .organization, "Harwood & Pryce Ltd"),
        ("Harwood", .organization, "Harwood & Pryce Ltd"),
      ]),
    Case(
      name: "sentence-initial common words are not names", body: "Observers suggest talks. Evidence suggests more.",
      mentions: []),
    Case(
      name: "AP state abbreviation", body: "A court in Richmond, Va., ruled on Monday.",
      mentions: [("Richmond", .place, "Richmond"), ("Va.", .place, "Virginia")]),
  ]

  @Test(arguments: cases)
  func findsTheNames(_ testCase: Case) throws {
    let filler = "The meeting lasted most of the afternoon and ended without any statement from either side."
    let page = "A headline for the name test\n\nBy Jane Roe\n\n\(testCase.body) \(filler)\n\n\(filler)\n"
    let article = try ArticleParser.parse(bytes: Array(page.utf8), id: "names", path: "names.txt")
    let found = article.mentions.map { (String(article.text(in: $0.range)), $0.kind, $0.entity) }
    #expect(found.count == testCase.mentions.count, "\(found)")
    for (got, want) in zip(found, testCase.mentions) {
      #expect(got.0 == want.0 && got.1 == want.1 && got.2 == want.2, "\(got) is not \(want)")
    }
  }
}
