import BylineModel
import Testing

@testable import BylineIngest

/// One line and what `MetadataExtractor.dateLine(_:)` should make of it.
struct DateLineCase: Sendable, CustomTestStringConvertible {
  /// What the case shows, as the test report names it.
  let name: String
  let line: String
  /// The ISO date of the line, or nil when the line is not a date line.
  let date: String?
  /// Whether the line says this is when the text was published ("Published", "Posted on"); nil: not asserted
  /// (an "Updated" line is explicit for claiming but ranks below "Published" elsewhere, in `claimDate`).
  var explicit: Bool? = false
  /// Whether words other than date decorations stand next to the date ("Press Release | …").
  var labelled = false

  init(_ name: String, _ line: String, _ date: String?, explicit: Bool? = false, labelled: Bool = false) {
    self.name = name
    self.line = line
    self.date = date
    self.explicit = explicit
    self.labelled = labelled
  }

  var testDescription: String { name }
}

private func check(_ dateCase: DateLineCase) {
  let found = MetadataExtractor.dateLine(dateCase.line)
  guard let date = dateCase.date else {
    #expect(found == nil, "not a date line, but read \(found?.date.iso ?? "")")
    return
  }
  #expect(found?.date.iso == date)
  if let explicit = dateCase.explicit { #expect(found?.explicit == explicit, "explicit") }
  #expect(found?.labelled == dateCase.labelled, "labelled")
}

/// `MetadataExtractor.dateLine(_:)`: a date with its usual decorations is a date line; a date inside other
/// text is not.
@Suite struct DateLineTests {
  static let dateLines: [DateLineCase] = [
    // Explicit publication lines.
    .init(
      "Published, time, zone, weekday", "Published 3:45 PM EST, Tue January 16, 2024", "2024-01-16", explicit: true),
    .init("Published: with at and zone", "Published: Feb. 5, 2024 at 6:12 PM MST", "2024-02-05", explicit: true),
    .init("Published: day-first", "Published: 25 April 2024", "2024-04-25", explicit: true),
    .init("Posted on … by admin", "Posted on 13 March 2025 by admin", "2025-03-13", explicit: true),
    .init(
      "Posted on … by admin 0 Comments", "Posted on January 14, 2024 by admin 0 Comments", "2024-01-14",
      explicit: true),
    .init("Posted: weekday, time", "Posted: Thursday 8 February 2024, 5:30 pm", "2024-02-08", explicit: true),
    .init("Posted on: (city newsroom)", "Posted on: November 6, 2024", "2024-11-06", explicit: true),
    .init(
      "Published · Last updated · minute read", "Published Sep 24, 2024 • Last updated 3 hours ago • 4 minute read",
      "2024-09-24", explicit: true),
    // Of "Published … · Updated …" the first date is the publication date.
    .init(
      "Published then Updated, same day", "Published: 12 March 2025, 07:15 · Updated: 12 March 2025, 11:40",
      "2025-03-12", explicit: true),
    .init(
      "Published then Updated, next day", "Published: 12 March 2025, 07:15 · Updated: 13 March 2025, 11:40",
      "2025-03-12", explicit: true),
    .init(
      "Published … | Updated … with p.m.",
      "Published March 12, 2024 at 10:52 p.m. MST | Updated March 13, 2024 at 8:05 a.m. MST", "2024-03-12",
      explicit: true),

    // Update lines: a date line; how it ranks is decided in `claimDate`.
    .init("Updated: with zone", "Updated: 16 Jan 2024 10:15 GMT", "2024-01-16", explicit: nil),
    .init("Updated, bare", "Updated 16 Jan 2024", "2024-01-16", explicit: nil),
    .init("Updated: Indian portal", "Updated: Jan 05, 2024, 20:47 IST", "2024-01-05", explicit: nil),
    .init("German Aktualisiert:", "Aktualisiert: 17.01.2024, 08:15 Uhr", "2024-01-17", explicit: nil),
    .init("Spanish date - time h. Actualizado:", "17/10/2024 - 06:45h. Actualizado: 17/10/2024 - 09:12h", "2024-10-17"),
    .init("Last updated", "Last updated 18 January 2024, 14:52 GMT", "2024-01-18", explicit: false),
    .init("Last modified on", "Last modified on Sat 20 Jan 2024 19.30 GMT", "2024-01-20", explicit: false),
    .init("Date modified:", "Date modified: 2024-01-31", "2024-01-31", explicit: false),

    // Undecorated and decorated dates without a publication word.
    .init("bare month-first date", "Jun 3, 2019", "2019-06-03"),
    .init("day-first with reading time", "12 March 2025 · 5 min read", "2025-03-12"),
    .init("zero-padded day with reading time", "03 Oct 2024 · 4 min read", "2024-10-03"),
    .init("German numeric with Uhr", "16.01.2024, 14:32 Uhr", "2024-01-16"),
    .init("weekday, day-first, dotted time", "Sat 20 Jan 2024 17.05 GMT", "2024-01-20"),
    .init("date | time", "February 11, 2024 | 8:40 PM", "2024-02-11"),
    .init("wire date · Updated ago", "January 22, 2024 11:04 AM GMT · Updated 3 hours ago", "2024-01-22"),
    .init("date, time with ET", "February 21, 2024, 6 AM ET", "2024-02-21"),
    .init("full weekday header", "Wednesday, January 17, 2024", "2024-01-17"),
    .init("ISO date-time", "2024-06-20T10:15:00Z", "2024-06-20"),
    .init(
      "tabloid time, weekday | UPDATED", "12:03, Mon, Apr 8, 2024 | UPDATED: 14:27, Mon, Apr 8, 2024", "2024-04-08"),

    // A short section label before a separator makes a labelled date line.
    .init("Press Release | date", "Press Release | January 30, 2024", "2024-01-30", labelled: true),
    // Names beside a date: the caller tries the line as a byline first.
    .init("By name | date", "By Jane Doe | 13 March 2025", "2025-03-13", labelled: true),
    .init("First Published:", "First Published: Jan 05, 2024, 18:12 IST", "2024-01-05", explicit: true),
    .init(
      "German Veröffentlicht am … um … Uhr", "Veröffentlicht am 16.01.2024 um 14:32 Uhr", "2024-01-16", explicit: true),
    .init("French Publié le … à …", "Publié le 16 janvier 2024 à 14h32", "2024-01-16", explicit: true),
    .init("Spanish Publicado el … de … de …", "Publicado el 16 de enero de 2024", "2024-01-16", explicit: true),
  ]

  static let notDateLines: [DateLineCase] = [
    .init("sentence with a date in it", "The council voted on 12 March 2025 to approve the plan.", nil),
    .init("headline with a date", "Markets rally on 16 January 2024 as inflation cools", nil),
    // On a forum profile "Joined" and the date may share a line; that line is not the article's date.
    .init("profile label and date on one line", "Joined Jun 3, 2019", nil),
    .init("promotion with a date", "Sale ends 31 March 2025 | Shop now", nil),
    .init("byline with role and date", "[18]Dana Whitlock, Senior Reporter 2024-01-16T10:00Z [19]48 Comments", nil),
    .init("no date at all", "Updated 3 hours ago", nil),
    .init("figures but no date", "2,000 objections were submitted", nil),
    .init("caption with a date", "Residents hold banners during a protest, November 18, 2023.", nil),
  ]

  @Test(arguments: dateLines)
  func readsDateLine(_ dateCase: DateLineCase) { check(dateCase) }

  @Test(arguments: notDateLines)
  func rejectsNonDateLine(_ dateCase: DateLineCase) { check(dateCase) }

  /// "Joined" on its own line above "Jun 3, 2019": the date line itself is fine; `claimDate` skips it.
  @Test func profileLabelIsRecognised() {
    #expect(MetadataExtractor.dateLine("Jun 3, 2019") != nil)
    #expect(MetadataExtractor.isProfileLabel("Joined"))
    #expect(MetadataExtractor.isProfileLabel("Member since"))
    #expect(!MetadataExtractor.isProfileLabel("Published"))
  }
}

extension DateLineTests {
  @Test(arguments: [
    ("January 16, 20245:03 PM GMTUpdated 2 hours ago", "2024-01-16"),
    ("Jan 5, 202411:20 AM ET", "2024-01-05"),
  ])
  func readsRunTogetherStamps(_ line: String, _ iso: String) {
    #expect(MetadataExtractor.dateLine(line)?.date.iso == iso)
  }

  @Test func leavesNumbersThatAreNotStampsAlone() {
    #expect(MetadataExtractor.separatingRunTogetherStamp("Rents rose 2025 times") == "Rents rose 2025 times")
    #expect(MetadataExtractor.separatingRunTogetherStamp("code 202412:30") == "code 2024 12:30")
  }
}
