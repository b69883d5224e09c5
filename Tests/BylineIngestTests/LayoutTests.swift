import BylineModel
import Foundation
import Testing

@testable import BylineIngest

/// A page and how `PageLayout` should read it: the wrap width found, and the lines of each unit.
struct LayoutCase: Sendable, CustomTestStringConvertible {
  let name: String
  let text: String
  /// The columns the wrap width may fall in, or nil when the page is not hard-wrapped.
  let wrap: ClosedRange<Int>?
  /// Each unit as the 1-based numbers of its lines, blank lines left out.
  let units: [[Int]]

  init(_ name: String, _ lines: [String], wrap: ClosedRange<Int>?, units: [[Int]]) {
    self.name = name
    self.text = lines.joined(separator: "\n") + "\n"
    self.wrap = wrap
    self.units = units
  }

  var testDescription: String { name }
}

private func check(_ layoutCase: LayoutCase) {
  let page = Page(bytes: Array(layoutCase.text.utf8))
  let features = page.bytes.withUnsafeBufferPointer { buffer in
    page.lines.map { $0.isBlank ? LineFeatures() : LineFeatures(buffer, $0.content) }
  }
  let width = PageLayout.wrapWidth(page, features)
  if let range = layoutCase.wrap {
    #expect(width.map { range.contains($0) } == true, "wrap width \(width.map(String.init) ?? "nil") not in \(range)")
  } else {
    #expect(width == nil, "found a wrap width \(width ?? 0) in a page that is not wrapped")
  }
  let units = PageLayout.units(page, features, wrapWidth: width)
  #expect(units.map { $0.lines.map { page.lines[$0].number } } == layoutCase.units)
}

/// `PageLayout`: hard-wrapped paragraphs of text browsers become one unit each; list items stay apart;
/// a browser copy, one paragraph per line, is never joined.
@Suite struct LayoutTests {
  /// A w3m dump at 80 columns: paragraphs, a bullet list and bullet items with indented continuations.
  static let w3mPage = [
    /* 1 */ "Portuguese villagers sue to block lithium mine approved by environment agency",
    /* 2 */ "",
    /* 3 */ "By Inês Carvalho | Meridian Press",
    /* 4 */ "",
    /* 5 */ "LISBON, Jan 22 (Meridian Press) - Residents of a village in northern Portugal",
    /* 6 */ "filed a lawsuit on Monday seeking to overturn the environmental licence for an",
    /* 7 */ "open-pit lithium mine, arguing that the country’s environment agency ignored",
    /* 8 */ "the project’s impact on a river that supplies drinking water to some 40,000",
    /* 9 */ "people.",
    /* 10 */ "",
    /* 11 */ "The complaint, lodged with the administrative court in Mirandela, targets the",
    /* 12 */ "Serra da Aveleira project of Lusitânia Minerais, which received a conditional",
    /* 13 */ "green light from the Portuguese Environment Agency (APA) in September.",
    /* 14 */ "",
    /* 15 */ "  • Groenwal to pay 212p a share in cash, valuing Haldane’s equity at £1.3bn",
    /* 16 */ "  • Combined group would run 1,640 stores in the UK and Ireland",
    /* 17 */ "  • Haldane’s founding family, which owns 22 per cent, backs the offer",
    /* 18 */ "",
    /* 19 */ "  • Groenwal’s chief executive says the UK is the obvious next market for Dutch",
    /* 20 */ "    grocers",
    /* 21 */ "  • The competition watchdog has blocked two grocery deals in five years. Will",
    /* 22 */ "    it block a third?",
    /* 23 */ "",
    /* 24 */ "Shares in the London-listed partner, Aveleira Resources, fell 6.4% on Monday. A",
    /* 25 */ "ruling on the residents’ request to suspend the licence while the case is heard",
    /* 26 */ "is expected within weeks.",
  ]

  /// A lynx dump: three columns of margin, a heading straight above its paragraph.
  static let lynxPage = [
    /* 1 */ "   [38]Politics",
    /* 2 */ "",
    /* 3 */ "      Senate panel advances $4.2 billion plan to rebuild aging river locks",
    /* 4 */ "",
    /* 5 */ "   The bipartisan bill would replace five locks on the upper Mississippi,",
    /* 6 */ "   but a fight over who pays for them is far from settled.",
    /* 7 */ "",
    /* 8 */ "   By [39]Marisa Delgado and [40]Owen Pritchard",
    /* 9 */ "",
    /* 10 */ "   WASHINGTON - A Senate committee on Tuesday advanced a $4.2 billion plan to",
    /* 11 */ "   replace five of the oldest locks on the upper Mississippi River, setting up",
    /* 12 */ "   a fight with the House over how much shippers should pay toward the work.",
    /* 13 */ "",
    /* 14 */ "   The locks, built in the 1930s, were designed for a life of 50 years. Three",
    /* 15 */ "   of them closed for 94 days last year.",
    /* 16 */ "   Funding",
    /* 17 */ "   The bill splits the cost between the federal government and a fuel tax on",
    /* 18 */ "   barge operators, which the industry has lobbied against for a decade.",
  ]

  /// A browser copy: each paragraph on one line of its natural length.
  static let browserPage = [
    /* 1 */ "Russia and North Korea sign partnership deal that includes mutual defense pact",
    /* 2 */ "",
    /* 3 */ "thumbnail",
    /* 4 */ "Dylan Butts-CNBC",
    /* 5 */ "",
    /* 6 */
    "Russia and North Korea have signed a “comprehensive strategic partnership” agreement, including a mutual defense pact, Russian state media reported on Wednesday.",
    /* 7 */
    "It comes as President Vladimir Putin received a warm welcome in Pyongyang during his first visit to North Korea in 24 years.",
    /* 8 */ "",
    /* 9 */
    "Experts and officials warn that North Korea would likely try to gain support for its weapons programs from Russia in exchange for ammunition.",
    /* 10 */
    "“The number one vendor for that expansion will most likely be Russia,” said Cha, a senior vice president at the Center for Strategic and International Studies.",
    /* 11 */ "Cha said the United States may be limited in its ability to slow the flow of arms.",
  ]

  /// A browser copy whose paragraphs, one per line and no blank line between, happen to be of middling length.
  static let browserMiddlingPage = [
    /* 1 */ "Estuary alliance to plant 40,000 trees",
    /* 2 */ "The alliance will plant 40,000 native trees along the estuary over the next three years.",
    /* 3 */ "Volunteers from 12 local schools have already signed up to help with the first planting.",
    /* 4 */ "The project is funded by a £2.4 million grant from the regional water authority.",
    /* 5 */ "Work on the northern bank begins in March, weather permitting.",
    /* 6 */ "The southern bank will follow in the autumn once the floodgates have been repaired.",
    /* 7 */ "Residents can follow progress on the alliance's website, which will be updated monthly.",
  ]

  /// A browser copy with paragraphs of every length, no blank lines between them: most lines are longer than
  /// any wrap width, so the few that end near one are not a sign of wrapping.
  static let browserMixedPage = [
    /* 1 */ "Russia and North Korea sign partnership deal that includes mutual defense pact",
    /* 2 */ "thumbnail",
    /* 3 */ "Dylan Butts-CNBC",
    /* 4 */
    "Russia and North Korea have signed a “comprehensive strategic partnership” agreement, including a mutual defense pact, Russian state media reported on Wednesday.",
    /* 5 */
    "It comes as President Vladimir Putin received a warm welcome in Pyongyang during his first visit to North Korea in 24 years.",
    /* 6 */ "The agreement was signed at the end of the summit in the North Korean capital.",
    /* 7 */
    "Experts and officials warn that North Korea would likely try to gain support for its weapons programs from Russia in exchange for ammunition.",
    /* 8 */ "Cha said the United States may be limited in its ability to slow the flow of arms.",
    /* 9 */
    "“The number one vendor for that expansion will most likely be Russia,” said Cha, a senior vice president at the Center for Strategic and International Studies.",
  ]

  static let cases: [LayoutCase] = [
    .init(
      "w3m page at 80 columns", w3mPage, wrap: 74...80,
      units: [
        [1], [3], [5, 6, 7, 8, 9], [11, 12, 13], [15], [16], [17], [19, 20], [21, 22], [24, 25, 26],
      ]),
    .init(
      "lynx page with margin and a heading above a paragraph", lynxPage, wrap: 74...80,
      units: [
        [1], [3], [5, 6], [8], [10, 11, 12], [14, 15], [16], [17, 18],
      ]),
    .init(
      "browser copy, one paragraph per line", browserPage, wrap: nil,
      units: [
        [1], [3], [4], [6], [7], [9], [10], [11],
      ]),
    .init(
      "browser copy, mixed lengths without blank lines", browserMixedPage, wrap: nil,
      units: [
        [1], [2], [3], [4], [5], [6], [7], [8], [9],
      ]),
    .init(
      "browser copy, middling paragraphs without blank lines", browserMiddlingPage, wrap: nil,
      units: [
        [1], [2], [3], [4], [5], [6], [7],
      ]),
  ]

  @Test(arguments: cases)
  func layout(_ layoutCase: LayoutCase) { check(layoutCase) }

  /// Two paragraphs with no blank line between them: the short last line of the first ends the paragraph.
  @Test func shortLastLineEndsParagraph() {
    let lines = Self.w3mPage[4...8] + Self.w3mPage[23...25] + Self.w3mPage[10...12]
    let layoutCase = LayoutCase(
      "no blank line between paragraphs", Array(lines), wrap: 74...80,
      units: [
        [1, 2, 3, 4, 5], [6, 7, 8], [9, 10, 11],
      ])
    check(layoutCase)
  }

  /// Without a wrap width nothing is joined, however the lines look.
  @Test func nothingJoinedWithoutWrapWidth() {
    let page = Page(bytes: Array(Self.w3mPage.joined(separator: "\n").utf8))
    let features = page.bytes.withUnsafeBufferPointer { buffer in
      page.lines.map { $0.isBlank ? LineFeatures() : LineFeatures(buffer, $0.content) }
    }
    let units = PageLayout.units(page, features, wrapWidth: nil)
    #expect(units.allSatisfy { $0.lines.count == 1 })
    #expect(units.count == page.lines.filter { !$0.isBlank }.count)
  }

  /// The text-browser dumps of `Fixtures/Pages` (rendered at 80 columns, see its README) are hard-wrapped; the
  /// seeds, browser copies, are not.
  static let renderedPages: [(file: String, wrapped: Bool)] = [
    ("Tests/BylineIngestTests/Fixtures/Pages/01_national-daily.txt", true),
    ("Tests/BylineIngestTests/Fixtures/Pages/02_wire.txt", true),
    ("Tests/BylineIngestTests/Fixtures/Pages/03_local-tv.txt", true),
    ("Tests/BylineIngestTests/Fixtures/Pages/04_business-paywall.txt", true),
    ("Tests/BylineIngestTests/Fixtures/Pages/05_tech.txt", true),
    ("Tests/BylineIngestTests/Fixtures/Pages/06_magazine-longread.txt", true),
    ("Tests/BylineIngestTests/Fixtures/Pages/07_sports.txt", true),
    ("Tests/BylineIngestTests/Fixtures/Pages/08_liveblog.txt", true),
    ("Tests/BylineIngestTests/Fixtures/Pages/09_opinion.txt", true),
    ("Tests/BylineIngestTests/Fixtures/Pages/10_press-release.txt", true),
    ("Tests/BylineIngestTests/Fixtures/Pages/11_regional-comments.txt", true),
    ("Tests/BylineIngestTests/Fixtures/Pages/12_aggregator.txt", true),
    ("Tests/BylineIngestTests/Fixtures/Pages/13_photo-gallery.txt", true),
    ("Tests/BylineIngestTests/Fixtures/Pages/14_german-local.txt", true),
    ("../shared/seeds/000_768fe2592fbfd760.txt", false),
    ("../shared/seeds/001_b7c7d1c89639aed6.txt", false),
    ("../shared/seeds/002_076406ba0c431812.txt", false),
    ("../shared/seeds/003_66c0fa85688778df.txt", false),
    ("../shared/seeds/004_77993f6ca4246647.txt", false),
  ]

  @Test(arguments: zip(renderedPages.map(\.file), renderedPages.map(\.wrapped)))
  func wrapWidthOfRealPages(_ file: String, _ wrapped: Bool) throws {
    let url = GoldScoring.projectRoot.appendingPathComponent(file)
    let page = Page(bytes: try TextDecoding.decode(Array(try Data(contentsOf: url))).bytes)
    let features = page.bytes.withUnsafeBufferPointer { buffer in
      page.lines.map { $0.isBlank ? LineFeatures() : LineFeatures(buffer, $0.content) }
    }
    let width = PageLayout.wrapWidth(page, features)
    if wrapped {
      #expect(width.map { (72...82).contains($0) } == true, "\(file): wrap width \(width.map(String.init) ?? "nil")")
    } else {
      #expect(width == nil, "\(file): wrap width \(width ?? 0) in a browser copy")
    }
  }
}
