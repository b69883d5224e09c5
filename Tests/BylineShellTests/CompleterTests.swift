import BylineQuery
import Foundation
import Testing

@testable import BylineShell

/// Tab: what the lexer and the catalogue make of the text before the cursor.
@Suite struct CompleterTests {
  static let completer = Completer(session: exampleSession, workingDirectory: projectRoot.path)

  /// The line as Tab leaves it, when it changes it.
  static func completed(_ text: String, with completer: Completer = completer) -> String? {
    let completion = completer.complete(text)
    guard !completion.insertion.isEmpty else { return nil }
    return String(text.unicodeScalars.dropLast(completion.replacing)) + completion.insertion
  }

  @Test(arguments: [
    ("collection at the start", "quo", "quotes "),
    ("let at the start", "le", "let "),
    ("source after let", "let x = arti", "let x = articles "),
    ("stage after a pipe", "quotes | wh", "quotes | where "),
    ("stage without a space", "quotes |gr", "quotes |group "),
    ("field shared prefix", "quotes | where sp", "quotes | where speaker"),
    ("field in select", "articles | select ti", "articles | select title "),
    ("field after a dotted path", "quotes | where speaker.ki", "quotes | where speaker.kind "),
    ("article fields through a link", "quotes | select article.pa", "quotes | select article.path "),
    ("function", "articles | select simil", "articles | select similarity "),
    ("operator after an operand", "quotes | where text contai", "quotes | where text contains "),
    ("with after starts", "blocks | where text starts w", "blocks | where text starts with "),
    ("direction in sort", "quotes | sort text de", "quotes | sort text desc "),
    ("aggregate keyword", "quotes | group speaker agg", "quotes | group speaker aggregate "),
    (
      "aggregate function", "quotes | group speaker aggregate n = count_d",
      "quotes | group speaker aggregate n = count_distinct "
    ),
    ("entity inside a string", #"quotes | where speaker = "Reij"#, #"quotes | where speaker = "Tomas Reijnders""#),
    ("entity by alias, single quotes", "quotes | where speaker = 'Ilsa", "quotes | where speaker = 'Ilse Marten'"),
    ("entity in a list", #"quotes | where speaker in ["Dana"#, #"quotes | where speaker in ["Dana Okonkwo-Lind""#),
    ("second statement", "articles | count; quo", "articles | count; quotes "),
    ("dot-command", ".sch", ".schema "),
    ("dot-command argument", ".format mark", ".format markdown "),
    ("schema argument", ".schema boi", ".schema boilerplate "),
    ("timer argument", ".timer of", ".timer off "),
    ("path argument", ".read examples/co", ".read examples/corpus/"),
  ])
  func tabCompletes(_ name: String, _ typed: String, _ expected: String) {
    #expect(Self.completed(typed) == expected, "\(name)")
  }

  @Test func severalCandidatesAreListedWhenTheyShareNothingMore() {
    let completion = Self.completer.complete("quotes | where speaker = \"")
    #expect(completion.insertion.isEmpty)
    #expect(completion.alternatives.contains("Tomas Reijnders"))
    let stages = Self.completer.complete("quotes | ")
    #expect(stages.alternatives == Parser.stageNames)
  }

  @Test func columnsMadeBySelectOrGroupAreOffered() {
    let afterSelect = Self.completer.complete("articles | select n = words, title | where ")
    #expect(afterSelect.alternatives.starts(with: ["n", "title"]), "\(afterSelect.alternatives.prefix(4))")
    #expect(!afterSelect.alternatives.contains("source"))
    #expect(Self.completed("quotes | group speaker | sort cou") == "quotes | group speaker | sort count ")
  }

  @Test func noCandidateGivesNothing() {
    #expect(Self.completer.complete("quotes | where zzz").isEmpty)
    #expect(Self.completer.complete("quotes | limit ").isEmpty)
    #expect(Self.completer.complete("quotes | where text = \"unrelated").isEmpty, "text is not an entity field")
  }

  @Test func letNamesAreCompletedWithTheirColumns() {
    var session = exampleSession
    _ = session.run(SourceText("let headlines = articles | select title, source"))
    let completer = Completer(session: session)
    #expect(Self.completed("headl", with: completer) == "headlines ")
    #expect(Self.completed("headlines | where sou", with: completer) == "headlines | where source ")
  }

  @Test func nonASCIITextBeforeTheCursorIsCountedInScalars() {
    let completion = Self.completer.complete("articles | where title = \"Путин\" and wor")
    #expect(completion == Completion(replacing: 3, insertion: "words "))
  }
}
