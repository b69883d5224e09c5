import BylineModel
import Testing

@testable import BylineIngest

/// One line of a page and what `ChromeDetector.reason(_:)` should say of it.
struct ChromeCase: Sendable, CustomTestStringConvertible {
  enum Expected: Sendable, Equatable {
    /// Chrome, for this reason.
    case reason(String)
    /// Chrome, whichever reason is given (the line fits more than one).
    case anyChrome
    /// Text of the story: no reason.
    case prose
  }

  let name: String
  let line: String
  let expected: Expected
  /// The script of the page's body.
  var bodyScript: Script? = .latin

  init(_ name: String, _ line: String, _ expected: Expected) {
    self.name = name
    self.line = line
    self.expected = expected
  }

  var testDescription: String { name }
}

/// The reason for a page of one line, its unit built as `PageReading.classify` builds it.
private func chromeReason(_ line: String, bodyScript: Script?) -> String? {
  let page = Page(bytes: Array(line.utf8))
  let features = page.bytes.withUnsafeBufferPointer { buffer in
    page.lines.map { $0.isBlank ? LineFeatures() : LineFeatures(buffer, $0.content) }
  }
  let units = PageLayout.units(page, features, wrapWidth: PageLayout.wrapWidth(page, features))
  guard units.count == 1 else { return "expected one unit, got \(units.count)" }
  return ChromeDetector(page: page, bodyScript: bodyScript).reason(units[0])
}

private func check(_ chromeCase: ChromeCase) {
  let reason = chromeReason(chromeCase.line, bodyScript: chromeCase.bodyScript)
  switch chromeCase.expected {
  case .reason(let expected): #expect(reason == expected)
  case .anyChrome: #expect(reason != nil, "expected chrome")
  case .prose: #expect(reason == nil, "prose taken for chrome: \(reason ?? "")")
  }
}

/// `ChromeDetector.reason(_:)` on single lines: page furniture is recognised by its form and vocabulary, while
/// sentences of a story that merely mention cookies, newsletters, sign-ups or sharing stay prose.
@Suite struct ChromeTests {
  static let chrome: [ChromeCase] = [
    // Menus.
    .init("menu item Home", "Home", .reason("navigation")),
    .init("menu item Sport", "Sport", .reason("navigation")),
    .init("skip link", "Skip to main content", .reason("navigation")),
    .init("breadcrumb with ›", "Home › News › Politics", .reason("navigation")),
    .init("pipe-separated menu", "Home | World | Business | Sport", .reason("navigation")),
    .init("lynx link line, one item", "[38]Politics", .reason("navigation")),
    .init("lynx link line, several items", "[12]Climate [13]Business [14]Markets", .reason("navigation")),
    .init("lynx bulleted menu item", "* [13]Business", .reason("navigation")),

    // Share rows and reader widgets.
    .init("share button", "Share on Facebook", .reason("share buttons")),
    .init("share row", "Share Email Print", .reason("share buttons")),
    .init(
      "lynx share row", "[41]Share on Facebook [42]Share on X [43]Email [44]Gift this article",
      .reason("share buttons")),
    .init("gift link", "Gift this article", .reason("share buttons")),
    .init("sign in to comment", "Sign in to comment", .reason("sign-in")),
    .init("reaction with a count", "Haha 1", .reason("comments/reactions")),
    .init("comment count", "Comments (214)", .reason("comments/reactions")),
    .init("bare counter", "1", .reason("counter widget")),
    .init("bare two-digit counter", "48", .reason("counter widget")),

    // Consent, subscription and advertising.
    .init(
      "cookie banner",
      "We use cookies and similar technologies to personalize content and ads, to provide social media features and to analyze our traffic.",
      .reason("cookie notice")),
    .init("cookie buttons", "Accept cookies Manage cookies", .reason("cookie notice")),
    .init("subscribe offer", "Subscribe for $1", .reason("subscription prompt")),
    .init("newsletter sign-up", "Sign up for newsletters", .reason("subscription prompt")),
    .init("advertisement between dashes", "- Advertisement -", .reason("advertising")),
    .init("advertisement with a slot number", "Advertisement 2", .reason("advertising")),
    .init("advertisement in capitals", "ADVERTISEMENT", .reason("advertising")),
    .init("price tag, pounds", "£189 at Marlowe & Finch", .reason("advertising")),
    .init("price tag, dollars", "$24.99 at Amazon", .reason("advertising")),

    // Pointers to other stories.
    .init("related heading", "Related Articles", .reason("related links")),
    .init("related posts heading", "Related Post", .reason("related links")),
    .init(
      "lynx tag links", "Tags: [22]E-bikes [23]Open hardware [24]Right to repair [25]Batteries", .reason("navigation")),
    .init("promoted content heading", "Promoted Content", .reason("advertising")),
    .init(
      "read more pointer", "Read more: Low water on the Mississippi left barges stranded for weeks",
      .reason("related links")),
    .init(
      "lynx read more pointer", "[45]Read more: Low water on the Mississippi left barges stranded",
      .reason("related links")),
    .init(
      "RELATED: teaser sentence",
      "RELATED: Downtown Tucson lost a third of its office workers during the pandemic.", .reason("related links")),

    // Forms, images, files.
    .init(
      "w3m field with label and button", "Search the Exchange Herald [                              ] [Search]",
      .reason("form field")),
    // The gold calls this one a subscription prompt; "form field" is as true, so either reason will do.
    .init("w3m newsletter field", "Email Address [                         ] [Sign Up]", .anyChrome),
    .init("image file name", "news-logo-btm.jpg", .reason("image placeholder")),
    .init("hashed image file name", "image.png.af5e04af84e9a47771b5f78bb74a53ad.png", .reason("image placeholder")),
    .init("w3m image placeholder", "[image]", .reason("image placeholder")),
    .init("alt text in brackets", "[Residents hold banners]", .reason("image placeholder")),
    .init("decoration only", "* * *", .reason("decoration")),

    // A teaser in another script than the story's.
    .init(
      "Tamil line on an English page", "அபிவிருத்தியும் அரசியல் தீர்வும்: அப்பட்டமான அடிமைத்தனம்!",
      .reason("foreign-language teaser")),
    .init(
      "Tamil line with a Latin word", "அநுரவின் உரையின் முக்கிய பகுதி தமிழில் LINK அநுரவின் உரையின் முழுப்பகுதி",
      .reason("foreign-language teaser")),
    .init("news sentence with sign up", "The mayor urged residents to sign up for flood alerts.", .prose),
    .init("news sentence about subscribers", "Subscribers will pay more from April, the company said.", .prose),
    .init("news sentence with a month", "Rents rose to £1,200 a month, the agency said.", .prose),
    .init("news sentence with log in", "Staff could not log in to the hospital's systems for days.", .prose),
    .init("lynx select box", "Edition [U.S. Edition_]", .anyChrome),
    .init("w3m text field and button", "[                    ] [Search]", .reason("form field")),
    .init("w3m text field and Go", "[          ] [Go]", .reason("form field")),
    .init("w3m search field with label", "[Search            ] [Go]", .reason("form field")),
    .init("lynx text field", "____________________ Search", .reason("form field")),
    .init("lynx text field with label", "Search this site ____________________ Search", .reason("form field")),
    .init("lynx text field and button", "_______________ (BUTTON) Go", .reason("form field")),
    .init("tag list without links", "Tags: ferries, transportation, Gull Island", .reason("navigation")),
    .init(
      "Previous: pointer", "Previous: Harbor dredging contract awarded to out-of-state firm", .reason("related links")),
    .init("next-article link", "Next article", .anyChrome),
    .init(
      "news sentence about cookies",
      "The regulator found that the retailer's website uses cookies to track shoppers without consent.", .prose),
    .init("app store badges", "Download on the App Store Get it on Google Play", .reason("advertising")),
    .init("script notice", "Please enable JavaScript to view the comments", .anyChrome),
  ]

  static let prose: [ChromeCase] = [
    .init(
      "sentence with newsletter",
      "More than 40,000 readers have signed up for the council's flood-alert newsletter since March.", .prose),
    .init("sentence with share as a noun", "Share prices fell 6.4% on Monday.", .prose),
    .init("sentence naming platforms", "Users shared the video more than two million times on Facebook and X.", .prose),
    .init("declined to comment", "He declined to comment.", .prose),
    .init("short paragraph with a score", "The vote was 5-2.", .prose),
    .init("short paragraph", "No one was hurt.", .prose),
    .init("quote", "“We are against our valley becoming a hole,” said Manuel Teixeira, 67.", .prose),
    .init("quote about sharing", "“We share the river with everyone downstream,” she said.", .prose),
    .init("date line", "Mon. Jul 22nd, 2024", .prose),
    .init(
      "news sentence with home and world",
      "The home secretary told the world's press that the talks would resume on Monday.", .prose),
    .init(
      "paragraph with a subscription figure",
      "The paper said digital subscriptions rose 12% last year, while print sales fell for the tenth year running.",
      .prose),
    .init(
      "Tamil word in an English sentence", "The Tamil word வணக்கம் means hello, the teacher explained to the class.",
      .prose),
  ]

  @Test(arguments: chrome)
  func recognisesChrome(_ chromeCase: ChromeCase) { check(chromeCase) }

  @Test(arguments: prose)
  func leavesProse(_ chromeCase: ChromeCase) { check(chromeCase) }

}
