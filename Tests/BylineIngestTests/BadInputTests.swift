import BylineModel
import Foundation
import Testing

@testable import BylineIngest

/// The bad inputs of issue 3: each gets a clear message or a sensible article, never a crash or a hang.
@Suite(.serialized) struct BadInputTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  func loadOne(_ path: String) -> Corpus { CorpusLoader().load(paths: [path]) }

  @Test func emptyFileIsSkippedWithReason() throws {
    let corpus = loadOne(try write("empty.txt", []))
    #expect(corpus.articles.isEmpty)
    #expect(corpus.skipped.map(\.reason) == ["empty file"])
  }

  @Test func whitespaceOnlyIsSkippedWithReason() throws {
    let corpus = loadOne(try write("blank.txt", Array(" \n\u{00A0}\r\n\t\n".utf8)))
    #expect(corpus.skipped.map(\.reason) == ["only whitespace"])
  }

  @Test func binaryFileIsSkipped() throws {
    var bytes: [UInt8] = []
    for index in 0..<4096 { bytes.append(UInt8(index % 7 == 0 ? 0 : index % 251)) }
    let corpus = loadOne(try write("image.txt", bytes))
    #expect(corpus.articles.isEmpty)
    #expect(corpus.skipped.first?.reason.contains("binary") == true)
  }

  @Test func invalidUTF8InTheMiddleKeepsTheRest() throws {
    let text =
      "Headline about the summit\n\nThe leaders met on Tuesday in the capital and signed an agreement “on mutual help”, officials said.\n"
    var bytes = Array(text.utf8)
    bytes.insert(contentsOf: [0xC3, 0x28], at: 40)
    let corpus = loadOne(try write("broken.txt", bytes))
    let article = try #require(corpus.articles.first)
    #expect(article.warnings.contains { $0.contains("invalid UTF-8") })
    #expect(article.text.contains("officials said"))
  }

  @Test func hugeSingleLineIsReadInOnePiece() throws {
    let sentence = "The ministry said the talks would continue next week in the capital. "
    let bytes = Array(String(repeating: sentence, count: 50_000_000 / sentence.utf8.count).utf8)
    let corpus = loadOne(try write("huge.txt", bytes))
    let article = try #require(corpus.articles.first)
    #expect(article.blocks.count == 1)
    #expect(article.sentences.count > 100_000)
  }

  @Test func chromeOnlyPageHasNoBodyButAccountsForEveryLine() throws {
    let text = "Skip to content\nHome\nSport\nSign in\nSubscribe\nPrivacy Policy\nAll rights reserved\n"
    let corpus = loadOne(try write("chrome.txt", Array(text.utf8)))
    let article = try #require(corpus.articles.first)
    #expect(article.blocks.isEmpty)
    #expect(article.boilerplate.count + article.metadataLines.count == 7)
  }

  @Test func titleLessArticleHasNilTitle() throws {
    let text = """
      The council voted on Tuesday to approve the new budget after a long debate that ran late into the night.

      Opposition members said the plan would raise taxes for families, while the mayor said it was balanced.
      """
    let corpus = loadOne(try write("untitled.txt", Array(text.utf8)))
    let article = try #require(corpus.articles.first)
    #expect(article.title == nil)
    #expect(article.blocks.count == 2)
  }

  @Test func manyFilesLoadInOrder() throws {
    let many = folder.appendingPathComponent("many")
    try FileManager.default.createDirectory(at: many, withIntermediateDirectories: true)
    for index in 0..<10_000 {
      let name = String(format: "%05d.txt", index)
      try Data(
        "Story \(index)\n\nThe port reopened on Monday after a strike that lasted three weeks, officials said.\n".utf8
      )
      .write(to: many.appendingPathComponent(name))
    }
    let corpus = CorpusLoader().load(paths: [many.path])
    #expect(corpus.articles.count == 10_000)
    #expect(corpus.articles.first?.id == "00000")
    #expect(corpus.articles.last?.id == "09999")
    #expect(corpus.skipped.isEmpty)
  }

  @Test func unreadableFileIsReported() throws {
    let path = try write("secret.txt", Array("text".utf8))
    chmod(path, 0)
    defer { chmod(path, 0o644) }
    // Root reads anything; the case only means something for other users.
    if getuid() != 0 {
      let corpus = loadOne(path)
      #expect(corpus.skipped.first?.reason.contains("ermission") == true)
    }
    let missing = loadOne(folder.appendingPathComponent("missing.txt").path)
    #expect(missing.skipped.first?.reason == "No such file or directory")
  }

  @Test func symlinkLoopEnds() throws {
    let loop = folder.appendingPathComponent("loop")
    try FileManager.default.createDirectory(at: loop, withIntermediateDirectories: true)
    try Data("A story\n\nThe strike ended on Friday, the union said in a statement to reporters.\n".utf8)
      .write(to: loop.appendingPathComponent("a.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: loop.appendingPathComponent("again").path, withDestinationPath: loop.path)
    let selfLink = folder.appendingPathComponent("self")
    try FileManager.default.createSymbolicLink(atPath: selfLink.path, withDestinationPath: selfLink.path)
    let corpus = CorpusLoader().load(paths: [loop.path, selfLink.path])
    #expect(corpus.articles.count == 1)
    #expect(corpus.skipped.contains { $0.reason.contains("loop") })
    #expect(corpus.skipped.contains { $0.path == selfLink.path })
  }
}

extension BadInputTests {
  @Test func markupIsReadButFlagged() throws {
    let html = "<!DOCTYPE html>\n<html><body><p>The council met on Tuesday and approved the plan, officials said.</p></body></html>\n"
    let corpus = loadOne(try write("page.txt", Array(html.utf8)))
    let article = try #require(corpus.articles.first)
    #expect(article.warnings.contains { $0.contains("HTML") })
  }
}
