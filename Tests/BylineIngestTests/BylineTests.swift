import BylineModel
import Testing

@testable import BylineIngest

/// One line and what `MetadataExtractor.byline(_:)` should read from it.
struct BylineCase: Sendable, CustomTestStringConvertible {
  /// What the case shows, as the test report names it.
  let name: String
  let line: String
  /// The authors in order, or nil when the line is not a byline at all.
  let authors: [String]?
  /// The outlet the byline credits ("Dylan Butts-CNBC" → "CNBC"); nil when it names none.
  var outlet: String? = nil
  /// The ISO date the byline carries, if any.
  var date: String? = nil

  init(_ name: String, _ line: String, _ authors: [String]?, outlet: String? = nil, date: String? = nil) {
    self.name = name
    self.line = line
    self.authors = authors
    self.outlet = outlet
    self.date = date
  }

  var testDescription: String { name }
}

/// Reads the line as `claimLines` does: lynx link numbers removed first.
private func read(_ line: String) -> MetadataExtractor.Byline? {
  MetadataExtractor(page: Page(bytes: [])).byline(MetadataExtractor.withoutLinkNumbers(line))
}

private func check(_ bylineCase: BylineCase) {
  let found = read(bylineCase.line)
  guard let authors = bylineCase.authors else {
    #expect(found == nil, "not a byline, but read authors \(found?.authors ?? []) outlet \(found?.outlet ?? "nil")")
    return
  }
  #expect(found?.authors == authors)
  #expect(found?.outlet == bylineCase.outlet)
  #expect(found?.date?.iso == bylineCase.date)
}

/// `MetadataExtractor.byline(_:)`: who wrote the text, the outlet and date a byline carries, and the lines
/// that look like bylines but are not.
@Suite struct BylineTests {
  static let bylines: [BylineCase] = [
    // The plain forms.
    .init("By + one name", "By Jane Doe", ["Jane Doe"]),
    .init("lower-case marker", "by Jane Doe", ["Jane Doe"]),
    .init("By + two names joined by and", "By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    .init(
      "three names, comma and and", "By Hannah Cole, Rhys Morgan and Leila Ahmadi",
      ["Hannah Cole", "Rhys Morgan", "Leila Ahmadi"]),
    .init("ampersand", "By Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
    .init("hyphenated double surname", "By Miriam Castellanos-Whitfield", ["Miriam Castellanos-Whitfield"]),
    .init("accented name", "By Inês Carvalho", ["Inês Carvalho"]),
    .init("Irish name with Ó and fada", "By Seán Ó Catháin", ["Seán Ó Catháin"]),
    .init("particles", "By Ana de la Cruz", ["Ana de la Cruz"]),
    .init("initials", "By J. K. Rowling", ["J. K. Rowling"]),
    .init(
      "lynx link numbers before names", "By [39]Marisa Delgado and [40]Owen Pritchard",
      ["Marisa Delgado", "Owen Pritchard"]),

    // An avatar's caption repeats the name before the marker; the date follows.
    .init(
      "avatar name, By, squeezed date", "Natasha Kumar By Natasha Kumar Jun20,2024", ["Natasha Kumar"],
      date: "2024-06-20"),
    .init("byline | date", "By Hélène Varga | 13 March 2025", ["Hélène Varga"], date: "2025-03-13"),

    // Outlets.
    .init("name-ACRONYM", "Dylan Butts-CNBC", ["Dylan Butts"], outlet: "CNBC"),
    .init("name | agency", "Jane Doe | Reuters", ["Jane Doe"], outlet: "Reuters"),
    .init("By name | agency", "By Inês Carvalho | Meridian Press", ["Inês Carvalho"], outlet: "Meridian Press"),
    .init("By name, agency", "By Jane Doe, Associated Press", ["Jane Doe"], outlet: "Associated Press"),
    .init(
      "outlet in brackets after Author:", "Author: Sofia Marin (The Coastal Herald)", ["Sofia Marin"],
      outlet: "The Coastal Herald"),
    .init("name (AP)", "Jane Doe (AP)", ["Jane Doe"], outlet: "AP"),

    // Roles and places are not part of the name.
    .init("role after a comma", "By Leo Marsh, Chief Football Writer", ["Leo Marsh"]),
    .init("role without marker", "Ruth Adeyemi, Contributing Columnist", ["Ruth Adeyemi"]),
    .init("lynx byline with role", "By [15]Graham Hollis, Chief Reporter", ["Graham Hollis"]),
    .init(
      "two names each with a role", "By Imogen Clarke-Hale, Fashion Editor, and Lottie Brandon, Shopping Writer",
      ["Imogen Clarke-Hale", "Lottie Brandon"]),
    .init(
      "names with places", "Priya Natarajan in London and Henrik Sol in Amsterdam", ["Priya Natarajan", "Henrik Sol"]),
    .init("name at a venue", "Dan Whitcombe at Riverside Park", ["Dan Whitcombe"]),

    // Other credits on the line name people who did not write the text.
    .init("words by · photographs by", "Words by Ada Whitcombe · Photographs by Tom Pryce", ["Ada Whitcombe"]),
    // The medical reviewer checked the text but did not write it, so only Lieberman is an author; "PhD" is a
    // credential, neither part of her name nor an outlet.
    .init("credential and reviewer", "By Hannah Lieberman, PhD · Reviewed by Sofia Petrakis", ["Hannah Lieberman"]),
    .init("story by (gallery)", "Story by Devon Clarke", ["Devon Clarke"]),

    // Other languages and label forms.
    .init("German Von … und …", "Von Katrin Albers und Jonas Wendt", ["Katrin Albers", "Jonas Wendt"]),
    .init("French Par … et …", "Par Claire Dubois et Marc Lefèvre", ["Claire Dubois", "Marc Lefèvre"]),
    .init("Spanish Por", "Por María José López", ["María José López"]),
    .init("Written By: label", "Written By: Ritika Sharma", ["Ritika Sharma"]),
    .init("Author of the article: label", "Author of the article: Geneviève Morin-Clarke", ["Geneviève Morin-Clarke"]),
    .init("additional reporting after the author", "By Jane Doe, with additional reporting by John Roe", ["Jane Doe"]),
    .init("By name on date", "By Jane Doe on March 13, 2025", ["Jane Doe"], date: "2025-03-13"),
    .init("Posted on date by name", "Posted on 13 March 2025 by Jane Doe", ["Jane Doe"], date: "2025-03-13"),
    .init("byline | Updated ago", "By Jane Doe | Updated 3 hours ago", ["Jane Doe"]),
    .init("title-case And", "By Jane Doe And John Roe", ["Jane Doe", "John Roe"]),
    .init("Spanish particle las", "By Ana de las Heras", ["Ana de las Heras"]),
    .init("credentials after two names", "By Jane Doe, MD, and John Roe, MD", ["Jane Doe", "John Roe"]),
    .init("agency-only byline", "By Reuters", [], outlet: "Reuters"),
  ]

  static let rejected: [BylineCase] = [
    .init("headline", "Tucson council OKs $38 million plan to turn two downtown parking garages into apartments", nil),
    .init("title-case headline", "Senate Panel Advances Plan To Rebuild Aging River Locks", nil),
    .init(
      "sentence opening with a name and a role",
      "Rosa Wickham, editor of the Herald, selects her favourite stories.", nil),
    .init("sentence opening with By", "By the end of the year, the council expects to finish the work.", nil),
    .init("in-body heading", "Key Points", nil),
    .init("share button", "Share on Facebook", nil),
    .init("date line", "Published 3:45 PM EST, Tue January 16, 2024", nil),
    .init("photographer credit only", "Photographs by Tom Pryce", nil),
    .init("reviewer credit only", "Reviewed by Sofia Petrakis", nil),
    .init("editor credit only", "Edited by Fiona MacLeod", nil),
    .init("By + a desk, not a person", "By Staff Reporter", nil),
    // Alone, a name is not a byline; `claimNameLines` decides from the lines around it.
    .init("bare name", "Jane Doe", nil),
    .init("headline with by + two capitalised words", "Town Hall Cut Off by Flash Floods", nil),
    .init("another headline with by", "Man Bitten by Pet Snake", nil),
    .init("producer credit", "Produced by Jane Doe", nil),
  ]

  @Test(arguments: bylines)
  func readsByline(_ bylineCase: BylineCase) { check(bylineCase) }

  @Test(arguments: rejected)
  func rejectsNonByline(_ bylineCase: BylineCase) { check(bylineCase) }

}

extension BylineTests {
  static let otherLanguages: [BylineCase] = [
    .init("Italian di", "di Giulia Ferraresi", ["Giulia Ferraresi"]),
    .init(
      "Portuguese Por … e …, de place", "Por Mariana Tavares e Rafael Quintanilha, de Goiânia",
      ["Mariana Tavares", "Rafael Quintanilha"]),
    .init("capitalised Japanese surname", "By MORISHITA Aya / Kansai Herald Staff Writer", ["MORISHITA Aya"]),
    .init(
      "Posted on date by name", "Posted on 13th November 2024 by Rosie Penhallow", ["Rosie Penhallow"],
      date: "2024-11-13"),
  ]

  @Test(arguments: otherLanguages)
  func readsBylinesOfOtherForms(_ bylineCase: BylineCase) {
    let found = MetadataExtractor(page: Page(bytes: [])).byline(bylineCase.line)
    #expect(found?.authors == bylineCase.authors)
    if let date = bylineCase.date { #expect(found?.date?.iso == date) }
  }

  @Test func interfaceTextIsNotAName() {
    #expect(!PersonName.isName("Link Copied!"))
    #expect(!PersonName.isName("KEY POINTS"))
    #expect(PersonName.isName("Ana de la Cruz"))
  }
}
