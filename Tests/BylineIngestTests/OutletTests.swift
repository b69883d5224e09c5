import BylineModel
import Testing

@testable import BylineIngest

/// A copyright or ownership line and the outlet it names.
struct CopyrightCase: Sendable, CustomTestStringConvertible {
  let name: String
  let line: String
  /// The outlet, or nil when the line names none.
  let holder: String?
  /// Authors already read from the byline: a person holding the copyright is not an outlet.
  var authors: [String] = []

  init(_ name: String, _ line: String, _ holder: String?, authors: [String] = []) {
    self.name = name
    self.line = line
    self.holder = holder
    self.authors = authors
  }

  var testDescription: String { name }
}

/// A headline as the page prints it, and the headline and site suffix it splits into.
struct SiteSuffixCase: Sendable, CustomTestStringConvertible {
  let name: String
  let title: String
  let headline: String
  let site: String?

  init(_ name: String, _ title: String, _ headline: String, _ site: String?) {
    self.name = name
    self.title = title
    self.headline = headline
    self.site = site
  }

  var testDescription: String { name }
}

/// One string in, one string (or nil) out: `cleanOutlet`, `withoutCompanySuffix`.
struct OutletTextCase: Sendable, CustomTestStringConvertible {
  let name: String
  let input: String
  let expected: String?

  init(_ name: String, _ input: String, _ expected: String?) {
    self.name = name
    self.input = input
    self.expected = expected
  }

  var testDescription: String { name }
}

/// A credit line and the outlet and date it credits; `credit` false when it is no credit line.
struct CreditCase: Sendable, CustomTestStringConvertible {
  let name: String
  let line: String
  let credit: Bool
  var outlet: String? = nil
  var date: String? = nil

  init(_ name: String, _ line: String, outlet: String?, date: String? = nil) {
    self.name = name
    self.line = line
    self.credit = true
    self.outlet = outlet
    self.date = date
  }

  init(rejecting name: String, _ line: String) {
    self.name = name
    self.line = line
    self.credit = false
  }

  var testDescription: String { name }
}

/// Measures a one-line page as `PageReading.classify` does.
private func lineFeatures(_ line: String) -> LineFeatures {
  let page = Page(bytes: Array(line.utf8))
  return page.bytes.withUnsafeBufferPointer { buffer in
    page.lines[0].isBlank ? LineFeatures() : LineFeatures(buffer, page.lines[0].content)
  }
}

private func checkCopyright(_ copyrightCase: CopyrightCase) {
  var extractor = MetadataExtractor(page: Page(bytes: []))
  extractor.bylineAuthors = copyrightCase.authors
  #expect(extractor.copyrightHolder(copyrightCase.line) == copyrightCase.holder)
}

private func checkSiteSuffix(_ suffixCase: SiteSuffixCase) {
  let (headline, site) = MetadataExtractor.splitSiteSuffix(suffixCase.title)
  #expect(headline == suffixCase.headline)
  #expect(site == suffixCase.site)
}

private func checkCredit(_ creditCase: CreditCase) {
  let extractor = MetadataExtractor(page: Page(bytes: []))
  let found = extractor.creditLine(creditCase.line, lineFeatures(creditCase.line))
  guard creditCase.credit else {
    #expect(found == nil, "not a credit line, but read outlet \(found?.0 ?? "nil")")
    return
  }
  #expect(found != nil)
  #expect(found?.0 == creditCase.outlet)
  #expect(found?.1?.iso == creditCase.date)
}

private func checkRepublished(_ creditCase: CreditCase) {
  let found = MetadataExtractor.republishedCredit(creditCase.line)
  guard creditCase.credit else {
    #expect(found == nil, "not a republication credit, but read outlet \(found?.0 ?? "nil")")
    return
  }
  #expect(found?.0 == creditCase.outlet)
  #expect(found?.1?.iso == creditCase.date)
}

/// Outlet names from copyright lines, title suffixes, credit and republication lines.
@Suite struct OutletTests {
  // MARK: copyrightHolder

  static let copyrights: [CopyrightCase] = [
    .init(
      "Copyright © year name. All Rights Reserved", "Copyright © 2024 INPAC Times. All Rights Reserved", "INPAC Times"),
    .init("© year name Media Ltd.", "© 2025 Ledgerline Media Ltd.", "Ledgerline"),
    .init("© year range, The … Company", "© 1997-2024 The National Ledger Company", "The National Ledger"),
    .init(
      "X is published by company. ©", "Field & Fen is published by Greenway Media. © 2025 All rights reserved.",
      "Field & Fen"),
    .init(
      "Spanish, S.L. and year after the name",
      "© Crónica Bética Comunicación S.L. 2024. Todos los derechos reservados.", "Crónica Bética"),
    .init("(c) year name", "(c) 2024 The Daily Post", "The Daily Post"),
    .init(
      "© then Copyright then range, Ltd.", "© Copyright 2001-2024 Ridgeway Gazette Ltd. All rights reserved.",
      "Ridgeway Gazette"),
    .init(
      "Copyright name Limited year", "Copyright The Exchange Herald Limited 2024. All rights reserved.",
      "The Exchange Herald"),
    .init(
      "name, a division of …", "© 2024 The Valley Courier, a division of Lakeshore Media Group. All rights",
      "The Valley Courier"),
    .init("name, a … company", "Copyright © 2024 Lakeside Tribune, a Northland Media company", "Lakeside Tribune"),
    .init(
      "hyphenated outlet. Part of …", "© 2024 Riverina Star-Herald. Part of the Outback Regional Media network.",
      "Riverina Star-Herald"),
    .init("Media LLC", "© 2024 Circuitry Media LLC. All Rights Reserved.", "Circuitry"),
    .init("Media Pvt Ltd", "Copyright © 2024 Rashtra Today Media Pvt Ltd. All rights reserved.", "Rashtra Today"),
    .init("German, year then dash", "© Hessische Abendpost 2024 – Alle Rechte vorbehalten", "Hessische Abendpost"),
    .init(
      "acronym then another sentence", "Copyright © 2024 HBS. The HBS is not responsible for the content of", "HBS"),
    .init(
      "registered trademark of …", "Longitude is a registered trademark of Longitude Media Group. Copyright © 2024",
      "Longitude"),
    .init("name | footer links", "© 2024 The Daily Post | Privacy Policy | Terms", "The Daily Post"),
    .init("© year The Associated Press.", "© 2024 The Associated Press. All rights reserved.", "The Associated Press"),
    // Without "©" or "copyright", "X is part of Y" may be a sentence of the story ("Crimea is part of Ukraine").
    .init("ownership without ©: not a copyright line", "Matchday is part of Nordvik Media Group.", nil),
    .init("sentence about copyright", "The photographer holds the copyright to the image.", nil),
    .init("All rights reserved alone", "All rights reserved.", nil),
    .init("© and year only", "© 2024", nil),
    // A newsletter's writer owns the text, but a person is not an outlet.
    .init("© the byline's author", "© 2024 Nora Bexley", nil, authors: ["Nora Bexley"]),
    .init("Copyright © year by holder", "Copyright © 2024 by Hearst Magazines", "Hearst Magazines"),
    .init("year after the name, not 2023–2026", "© Meridian Press 2022", "Meridian Press"),
    .init("© inside the line", "All content © 2024 The Daily Post", "The Daily Post"),

  ]

  @Test(arguments: copyrights)
  func copyrightHolder(_ copyrightCase: CopyrightCase) { checkCopyright(copyrightCase) }

  // MARK: splitSiteSuffix

  static let siteSuffixes: [SiteSuffixCase] = [
    .init(
      "space-hyphen, no space after",
      "Vladimir Putin receives lavish welcome in North Korea as Kim Jong Un vows closer ties -Dlight News",
      "Vladimir Putin receives lavish welcome in North Korea as Kim Jong Un vows closer ties", "Dlight News"),
    .init(
      "pipe", "Senate panel advances plan to rebuild river locks | The Paper",
      "Senate panel advances plan to rebuild river locks", "The Paper"),
    .init(
      "en dash", "Senate panel advances plan to rebuild river locks – The National Ledger",
      "Senate panel advances plan to rebuild river locks", "The National Ledger"),
    .init(
      "em dash, acronym site", "Putin and Kim sign mutual defence pact in Pyongyang — BBC News",
      "Putin and Kim sign mutual defence pact in Pyongyang", "BBC News"),
    .init(
      "no suffix", "Senate panel advances plan to rebuild river locks",
      "Senate panel advances plan to rebuild river locks", nil),
    .init(
      "inner hyphen is no separator", "Russia-North Korea pact alarms Seoul and Tokyo",
      "Russia-North Korea pact alarms Seoul and Tokyo", nil),
    .init(
      "lower-case subtitle after a dash", "Putin in Pyongyang - what the new pact means for Asia",
      "Putin in Pyongyang - what the new pact means for Asia", nil),
    .init(
      "whitespace collapsed", "Senate  panel\u{00A0}advances plan to rebuild river locks",
      "Senate panel advances plan to rebuild river locks", nil),
    .init("too short a head to be a headline", "Opinion | The Paper", "Opinion | The Paper", nil),
    .init(
      "section and site", "Senate panel advances plan to rebuild river locks | Politics | The Paper",
      "Senate panel advances plan to rebuild river locks", "The Paper"),
    .init("three-word headline", "Putin visits Pyongyang | Reuters", "Putin visits Pyongyang", "Reuters"),
    .init(
      "format label after a pipe", "Ukraine war latest: Putin in Pyongyang | Live Updates",
      "Ukraine war latest: Putin in Pyongyang | Live Updates", nil),

  ]

  @Test(arguments: siteSuffixes)
  func splitSiteSuffix(_ suffixCase: SiteSuffixCase) { checkSiteSuffix(suffixCase) }

  // MARK: cleanOutlet

  static let cleanOutlets: [OutletTextCase] = [
    .init("already clean", "Reuters", "Reuters"),
    .init("surrounding separators", " | The Paper - ", "The Paper"),
    .init("dashes and comma", "— Reuters,", "Reuters"),
    .init("trailing semicolon", "Le Monde;", "Le Monde"),
    .init("open bracket left behind", "The Coastal Herald (", "The Coastal Herald"),
    .init("inner whitespace collapsed", "The  Coastal\tHerald", "The Coastal Herald"),
    .init("empty", "", nil),
    .init("only punctuation", " | - ", nil),
    .init("starts with a figure", "2024 Daily Post", nil),
    .init("too long for a name", String(repeating: "Very Long Outlet Name ", count: 4), nil),
    .init("lower-case agency", "dpa", "dpa"),
  ]

  @Test(arguments: cleanOutlets)
  func cleanOutlet(_ textCase: OutletTextCase) {
    #expect(MetadataExtractor.cleanOutlet(Substring(textCase.input)) == textCase.expected)
  }

  // MARK: withoutCompanySuffix

  static let companySuffixes: [OutletTextCase] = [
    .init("Media Ltd", "Ledgerline Media Ltd", "Ledgerline"),
    .init("Company", "The National Ledger Company", "The National Ledger"),
    .init("Spanish Comunicación S.L.", "Crónica Bética Comunicación S.L.", "Crónica Bética"),
    .init("Inc. after an ampersand name", "Simon & Schuster Inc.", "Simon & Schuster"),
    .init("Media Group plc", "Northland Media Group plc", "Northland"),
    .init("Pvt. Ltd.", "Hindustan Chronicle Pvt. Ltd.", "Hindustan Chronicle"),
    .init("GmbH", "Hessische Abendpost GmbH", "Hessische Abendpost"),
    .init("year after the name", "Hessische Abendpost 2024", "Hessische Abendpost"),
    .init("nothing to drop", "Reuters", "Reuters"),
    .init("a lone suffix word stays", "Media", "Media"),
    .init("& Co is the name", "Marks & Co", "Marks & Co"),
    .init("older year after the name", "Ledger Press 2019", "Ledger Press"),
    .init("SE legal form", "Axel Springer SE", "Axel Springer"),

  ]

  @Test(arguments: companySuffixes)
  func withoutCompanySuffix(_ textCase: OutletTextCase) {
    #expect(String(MetadataExtractor.withoutCompanySuffix(Substring(textCase.input))) == textCase.expected)
  }

  // MARK: republishedCredit

  static let republished: [CreditCase] = [
    .init(
      "originally published by … on date",
      "This article was originally published by The Coastal Herald on January 12, 2024.",
      outlet: "The Coastal Herald", date: "2024-01-12"),
    .init("first appeared in", "This story first appeared in The Atlantic.", outlet: "The Atlantic"),
    .init(
      "originally appeared on", "This article originally appeared on The Conversation.", outlet: "The Conversation"),
    .init(
      "republished from … mid-sentence",
      "The piece is republished from The Conversation under a Creative Commons licence.",
      outlet: "The Conversation"),
    .init(
      "reprinted with permission, ampersand name", "It is reprinted with permission from Field & Fen.",
      outlet: "Field & Fen"),
    .init(
      "name with of", "This article was first published by The Bureau of Investigative Journalism.",
      outlet: "The Bureau of Investigative Journalism"),
    .init(rejecting: "no republication marker", "The council published its report on Monday."),
    .init(
      rejecting: "marker before a lower-case phrase",
      "The figures, first published by the ministry in May, were revised."),
    .init(
      "Republished from … at the start of the line",
      "Republished from The Conversation under a Creative Commons licence.", outlet: "The Conversation"),
    .init(
      "Reprinted with permission from … at the start of the line", "Reprinted with permission from Field & Fen.",
      outlet: "Field & Fen"),
    .init(
      "lower-case the before the outlet", "This story was originally published by the Coastal Herald.",
      outlet: "Coastal Herald"),
  ]

  @Test(arguments: republished)
  func republishedCredit(_ creditCase: CreditCase) { checkRepublished(creditCase) }

  // MARK: creditLine

  static let credits: [CreditCase] = [
    // "Credit:" under a picture names the photo agency, not the story's source.
    .init(rejecting: "photo agency credit", "Credit: Getty Images"),
    .init("Source: outlet, capitalised date", "Source: CNBC WED, JUN 19 2024", outlet: "CNBC", date: "2024-06-19"),
    .init("bulleted Source:", "• Source: CNBC WED, JUN 19 2024", outlet: "CNBC", date: "2024-06-19"),
    .init("Credit: outlet ISO date", "Credit: BBC 2024-06-20", outlet: "BBC", date: "2024-06-20"),
    .init("Source: outlet only", "Source: Reuters", outlet: "Reuters"),
    .init(
      "Source: outlet, date", "Source: The Coastal Herald, January 12, 2024", outlet: "The Coastal Herald",
      date: "2024-01-12"),
    .init("German Quelle:", "Quelle: dpa", outlet: "dpa"),
    .init("Originally published by", "Originally published by The Coastal Herald", outlet: "The Coastal Herald"),
    .init(
      "republication sentence", "This article was originally published by The Coastal Herald on January 12, 2024.",
      outlet: "The Coastal Herald", date: "2024-01-12"),
    .init("first appeared on", "This article first appeared on The Conversation.", outlet: "The Conversation"),
    // "Image Source: WJTV" is a caption's credit, not the story's.
    .init(rejecting: "Image Source: caption credit", "Image Source: WJTV"),
    .init(rejecting: "sentence about a source", "The source said the talks had stalled."),
    .init(rejecting: "sentence with first and published", "Police first published the figures in 2019."),
    .init(
      "URL as source", "Source: https://www.cnbc.com/2024/06/19/putin-kim-pact.html", outlet: nil,
      date: "2024-06-19"),
    .init(
      rejecting: "sentence about a report's first publisher",
      "The survey was first published by Statistics Norway in 2019 and updated last week."),
  ]

  @Test(arguments: credits)
  func creditLine(_ creditCase: CreditCase) { checkCredit(creditCase) }

}

extension OutletTests {
  struct MastheadCase: CustomTestStringConvertible, Sendable {
    let name: String
    let page: String
    let site: String?
    var testDescription: String { name }
  }

  static let mastheads: [MastheadCase] = [
    .init(
      name: "capitals", page: "GULFLINE NEWS\n\n• Local\n• Weather\n\nStorm hits the coast as thousands lose power\n",
      site: "Gulfline News"),
    .init(
      name: "title case with article", page: "The Brennholm Daily Post\n\nDockers strike for a third day at the port\n",
      site: "The Brennholm Daily Post"),
    .init(
      name: "Italian", page: "La Voce Nazionale\n\nIl governo approva la riforma delle pensioni\n",
      site: "La Voce Nazionale"),
    .init(
      name: "breadcrumb is not a masthead",
      page: "Forums Current Affairs Solvara News\n\nGovernment names mediator as strike enters third day\n", site: nil),
    .init(
      name: "section label is not a masthead",
      page: "World News\n\nGovernment names mediator as strike enters third day\n", site: nil),
  ]

  @Test(arguments: mastheads)
  func findsTheMasthead(_ example: MastheadCase) {
    let page = Page(bytes: Array(example.page.utf8))
    let units = page.bytes.withUnsafeBufferPointer { buffer in
      page.lines.indices.filter { !page.lines[$0].isBlank }.map {
        Unit(lines: $0..<($0 + 1), features: LineFeatures(buffer, page.lines[$0].content))
      }
    }
    #expect(MetadataExtractor.masthead(units, before: units.count - 1) { page.text(of: $0) } == example.site)
  }
}
