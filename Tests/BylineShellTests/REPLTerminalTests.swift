import Foundation
import Testing

/// The REPL in a real terminal (tmux): what a person sees when typing, pressing Tab, Ctrl-R, Ctrl-C and Ctrl-D.
@Suite(.serialized) struct REPLTerminalTests {
  static let prompt = "byline> "

  @Test func aQueryPrintsATable() throws {
    guard let terminal = try TerminalSession() else { return }
    try terminal.startByline("-q examples/corpus")
    try terminal.waitFor(Self.prompt)
    try terminal.type("articles | group source | sort count desc, source | limit 2")
    try terminal.press("Enter")
    let screen = try terminal.waitFor("(2 rows)")
    #expect(screen.contains("source") && screen.contains("-----"))
    try terminal.waitFor(Self.prompt, count: 2)
  }

  @Test func tabCompletesCollectionsAndFields() throws {
    guard let terminal = try TerminalSession() else { return }
    try terminal.startByline("-q examples/corpus")
    try terminal.waitFor(Self.prompt)
    try terminal.type("quo")
    try terminal.press("Tab")
    try terminal.waitFor("byline> quotes ")
    try terminal.type("| where sp")
    try terminal.press("Tab")
    try terminal.waitFor("byline> quotes | where speaker")
    try terminal.type(" = \"Reij")
    try terminal.press("Tab")
    try terminal.waitFor("byline> quotes | where speaker = \"Tomas Reijnders\"")
    try terminal.type(" | count")
    try terminal.press("Enter")
    try terminal.waitFor("(1 row)")
  }

  @Test func historySurvivesARestartAndCtrlRFindsIt() throws {
    guard let terminal = try TerminalSession() else { return }
    try terminal.startByline("-q examples/corpus")
    try terminal.waitFor(Self.prompt)
    try terminal.type("articles | select title | limit 3")
    try terminal.press("Enter")
    try terminal.waitFor("(3 rows)")
    try terminal.type("boilerplate | count")
    try terminal.press("Enter")
    try terminal.waitFor("(1 row)")
    try terminal.press("C-d")
    #expect(try terminal.exitStatus() == 0)
    let history = try String(
      contentsOf: terminal.home.appendingPathComponent("state/byline/history"), encoding: .utf8)
    #expect(history.hasPrefix("_HiStOrY_V2_\narticles\\040|\\040select"))

    try terminal.type("clear")
    try terminal.press("Enter")
    try terminal.startByline("-q examples/corpus")
    try terminal.waitFor(Self.prompt)
    try terminal.press("C-r")
    try terminal.type("select ti")
    try terminal.waitFor("articles | select title | limit 3")
    try terminal.press("Enter")
    try terminal.waitFor("(3 rows)")
  }

  @Test func ctrlCCancelsALongQueryAndKeepsTheSession() throws {
    guard let terminal = try TerminalSession() else { return }
    let corpus = try Self.largeCorpus(in: terminal.home)
    try terminal.startByline("-q \(corpus.path)")
    try terminal.waitFor(Self.prompt)
    try terminal.type("let kept = articles | select id")
    try terminal.press("Enter")
    try terminal.waitFor(Self.prompt, count: 2)
    // Every sentence row compares its whole article with itself: tens of seconds in a debug build, and the
    // evaluator asks about Ctrl-C every few thousand rows.
    try terminal.type("sentences | where similarity(article.text, article.text) > 2 | count")
    let row = try terminal.cursorRow()
    try terminal.press("Enter")
    // Ctrl-C only once byline has taken the line (the cursor moved on): earlier, it would clear the line.
    let (started, screen) = try terminal.wait { _ in (try? terminal.cursorRow()) != row }
    #expect(started, "\(screen)")
    try terminal.press("C-c")
    try terminal.waitFor("interrupted; the session and its let names are kept", seconds: 30)
    try terminal.waitFor(Self.prompt, count: 3)
    try terminal.type("kept | count")
    try terminal.press("Enter")
    let after = try terminal.waitFor("(1 row)")
    #expect(after.contains("  300"))
    #expect(!after.contains("error"))
  }

  @Test func ctrlCAtThePromptClearsTheLine() throws {
    guard let terminal = try TerminalSession() else { return }
    try terminal.startByline("-q examples/corpus")
    try terminal.waitFor(Self.prompt)
    try terminal.type("quotes | where nonsense")
    try terminal.press("C-c")
    try terminal.waitFor(Self.prompt, count: 2)
    try terminal.type("articles | count")
    try terminal.press("Enter")
    let screen = try terminal.waitFor("(1 row)")
    #expect(!screen.contains("nonsense` on"), "the cleared line never ran")
  }

  @Test func aSyntaxErrorShowsItsCaretAndTheSessionGoesOn() throws {
    guard let terminal = try TerminalSession() else { return }
    try terminal.startByline("-q examples/corpus")
    try terminal.waitFor(Self.prompt)
    try terminal.type("let few = articles | limit 2")
    try terminal.press("Enter")
    try terminal.type("few | wher words > 10")
    try terminal.press("Enter")
    let screen = try terminal.waitFor("help: did you mean 'where'?")
    #expect(screen.contains("1:7: error: unknown stage 'wher'\nfew | wher words > 10\n      ^^^^"), "\(screen)")
    try terminal.type("few | count")
    try terminal.press("Enter")
    try terminal.waitFor("(1 row)")
  }

  @Test func ctrlDExitsWithStatusZero() throws {
    guard let terminal = try TerminalSession() else { return }
    try terminal.startByline("-q examples/corpus")
    try terminal.waitFor(Self.prompt)
    try terminal.type("articles |")
    try terminal.press("Enter")
    try terminal.waitFor("   ...> ")
    try terminal.press("C-c")
    try terminal.waitFor(Self.prompt, count: 2)
    try terminal.press("C-d")
    #expect(try terminal.exitStatus() == 0)
  }

  @Test func nonASCIIInputArrivesIntact() throws {
    guard let terminal = try TerminalSession() else { return }
    try terminal.startByline("-q examples/corpus")
    try terminal.waitFor(Self.prompt)
    try terminal.type(#"articles | select who = "Путин 金正恩 Renée" | limit 1"#)
    try terminal.press("Enter")
    let screen = try terminal.waitFor("(1 row)")
    #expect(screen.contains("\nПутин 金正恩 Renée"), "\(screen)")
  }

  @Test func resultsRedirectedToAFileStayClean() throws {
    guard let terminal = try TerminalSession() else { return }
    let output = terminal.home.appendingPathComponent("out.tsv")
    try terminal.startByline("-q examples/corpus > \(output.path)")
    try terminal.waitFor(Self.prompt)
    try terminal.type("articles | count")
    try terminal.press("Enter")
    try terminal.waitFor(Self.prompt, count: 2)
    try terminal.type(".quit")
    try terminal.press("Enter")
    #expect(try terminal.exitStatus() == 0)
    #expect(try String(contentsOf: output, encoding: .utf8) == "count\n12\n")
  }

  @Test func aTwentyColumnTerminalGetsANarrowTable() throws {
    guard let terminal = try TerminalSession(columns: 20) else { return }
    try terminal.startByline("-q examples/corpus")
    try terminal.waitFor(Self.prompt)
    try terminal.type("articles | select source, title | limit 2")
    try terminal.press("Enter")
    let screen = try terminal.waitFor("(2 rows)")
    let table = screen.components(separatedBy: "(2 rows)")[0].split(separator: "\n").suffix(4)
    #expect(table.allSatisfy { $0.count <= 20 }, "\(table)")
  }

  @Test func aDumbTerminalReadsPlainLines() throws {
    guard let terminal = try TerminalSession() else { return }
    try terminal.startByline("examples/corpus", prefix: "TERM=dumb ")
    try terminal.waitFor("no line editing or completion")
    try terminal.waitFor(Self.prompt)
    try terminal.type("articles | count")
    try terminal.press("Enter")
    let screen = try terminal.waitFor("(1 row)")
    #expect(!screen.contains("\u{1B}["), "no escape sequences on a dumb terminal")
    try terminal.press("C-d")
    #expect(try terminal.exitStatus() == 0)
  }

  /// 300 generated articles of 100 sentences each (30,000 sentence rows), the same every time.
  static func largeCorpus(in folder: URL) throws -> URL {
    let corpus = folder.appendingPathComponent("large")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    let words = "harbour council strike budget vote ferry crane union minister port river city market rail school"
      .split(separator: " ")
    var state: UInt64 = 42
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    for article in 0..<300 {
      var paragraphs: [String] = []
      for _ in 0..<10 {
        let sentences = (0..<10).map { _ in
          let sentence = (0..<6).map { _ in String(words[next() % words.count]) }.joined(separator: " ")
          return sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
        }
        paragraphs.append(sentences.joined(separator: " "))
      }
      let page = "Harbour council approves budget \(article)\n\nBy Lena Voss\n\n" + paragraphs.joined(separator: "\n\n")
      try page.write(to: corpus.appendingPathComponent("a\(article).txt"), atomically: true, encoding: .utf8)
    }
    return corpus
  }
}
