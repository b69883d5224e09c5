import Foundation
import Testing

@testable import BylineShell

/// The history file: libedit's format, append per entry under a lock, compaction, and never overwriting a file
/// that could not be read.
@Suite struct HistoryTests {
  /// A fresh folder for one test, removed at the end.
  final class Folder {
    let path: String
    init() throws {
      path = FileManager.default.temporaryDirectory.appendingPathComponent("byline-history-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit {
      chmod(path, 0o700)
      try? FileManager.default.removeItem(atPath: path)
    }
    var historyPath: String { path + "/byline/history" }
  }

  final class Warnings: @unchecked Sendable {
    var messages: [String] = []
    func record(_ message: String) { messages.append(message) }
  }

  static func contents(_ path: String) -> String {
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<unreadable>"
  }

  @Test func entriesAreWrittenInLibeditsFormatAndReadBack() throws {
    let folder = try Folder()
    let warnings = Warnings()
    let history = History(path: folder.historyPath, warn: warnings.record)
    history.add(#"quotes | where speaker = "Путин""#)
    history.add("articles |\ncount\t# a\\b")
    history.add("x\u{1}y")
    #expect(warnings.messages.isEmpty)
    // The bytes libedit 3.1's H_SAVE writes for the same entries (checked with a small C program).
    #expect(
      Self.contents(folder.historyPath)
        == "_HiStOrY_V2_\nquotes\\040|\\040where\\040speaker\\040=\\040\"Путин\"\n"
        + "articles\\040|\\012count\\011#\\040a\\134b\nx\\^Ay\n")
    let reopened = History(path: folder.historyPath, warn: warnings.record)
    #expect(reopened.entries == [#"quotes | where speaker = "Путин""#, "articles |\ncount\t# a\\b", "x\u{1}y"])
  }

  @Test func consecutiveDuplicatesAndBlankEntriesAreDropped() throws {
    let folder = try Folder()
    let history = History(path: folder.historyPath) { _ in }
    #expect(history.add("articles | count"))
    #expect(!history.add("articles | count"))
    #expect(!history.add("   "))
    #expect(history.add("quotes | count"))
    #expect(history.add("articles | count"))
    #expect(
      History(path: folder.historyPath) { _ in }.entries == ["articles | count", "quotes | count", "articles | count"])
  }

  @Test func twoSessionsAppendingAtOnceLoseNothing() throws {
    let folder = try Folder()
    let path = folder.historyPath
    // Two sessions, each with its own History on the same file, as two REPLs would be.
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      let history = History(path: path) { _ in }
      for number in 0..<200 { history.add("statement \(index)-\(number)") }
    }
    let entries = History(path: path) { _ in }.entries
    #expect(entries.count == 400)
    #expect(Set(entries).count == 400)
    #expect(Self.contents(path).components(separatedBy: "_HiStOrY_V2_").count == 2, "one header only")
  }

  @Test func aLongHistoryIsCompactedToItsLastEntries() throws {
    let folder = try Folder()
    let writer = History(path: folder.historyPath) { _ in }
    for number in 1...25 { writer.add("entry \(number)") }
    let compacted = History(path: folder.historyPath, limit: 10) { _ in }
    #expect(compacted.entries == (16...25).map { "entry \($0)" })
    #expect(History(path: folder.historyPath) { _ in }.entries.count == 10)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/byline")
    #expect(leftovers.sorted() == ["history", "history.lock"])
  }

  @Test(arguments: [
    ("another program's file", "ls -la\ncd /tmp\n", "not a byline history file"),
    ("a GNU readline history", "quotes | count\n", "not a byline history file"),
    ("a damaged entry", "_HiStOrY_V2_\nfine\nbad\\q escape\n", "damaged at line 3"),
    ("bytes that are not UTF-8", "_HiStOrY_V2_\n\u{FF}\n", "damaged at line 2"),
  ])
  func aFileThatCannotBeReadIsLeftAlone(_ name: String, _ text: String, _ warning: String) throws {
    let folder = try Folder()
    try FileManager.default.createDirectory(atPath: folder.path + "/byline", withIntermediateDirectories: true)
    var bytes = Array(text.utf8)
    if name == "bytes that are not UTF-8" { bytes = Array("_HiStOrY_V2_\n".utf8) + [0xFF, 0x0A] }
    try Data(bytes).write(to: URL(fileURLWithPath: folder.historyPath))
    let warnings = Warnings()
    let history = History(path: folder.historyPath, warn: warnings.record)
    #expect(warnings.messages.count == 1)
    #expect(warnings.messages.first?.contains(warning) == true, "\(warnings.messages)")
    #expect(!history.isSaving)
    history.add("articles | count")
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.historyPath)) == Data(bytes), "\(name) was changed")
  }

  @Test func aHistoryPathThatIsAFolderIsReportedAndNotTouched() throws {
    let folder = try Folder()
    try FileManager.default.createDirectory(atPath: folder.historyPath, withIntermediateDirectories: true)
    let warnings = Warnings()
    let history = History(path: folder.historyPath, warn: warnings.record)
    history.add("articles | count")
    #expect(!history.isSaving)
    #expect(warnings.messages.first?.contains("cannot read the history file") == true, "\(warnings.messages)")
  }

  /// A state folder that cannot be created — under a file, as on a read-only disk where mkdir fails.
  @Test func aStateFolderThatCannotBeCreatedTurnsSavingOff() throws {
    let folder = try Folder()
    try Data("not a folder".utf8).write(to: URL(fileURLWithPath: folder.path + "/blocker"))
    let warnings = Warnings()
    let history = History(path: folder.path + "/blocker/byline/history", warn: warnings.record)
    #expect(history.add("articles | count"), "the session still remembers")
    #expect(!history.isSaving)
    #expect(warnings.messages.first?.contains("history will not be saved") == true, "\(warnings.messages)")
  }

  @Test func aReadOnlyFileIsReadButNotWritten() throws {
    guard getuid() != 0 else { return }  // root writes through any permission bits
    let folder = try Folder()
    History(path: folder.historyPath) { _ in }.add("old entry")
    chmod(folder.historyPath, 0o400)
    let warnings = Warnings()
    let history = History(path: folder.historyPath, warn: warnings.record)
    #expect(history.entries == ["old entry"])
    #expect(!history.isSaving)
    #expect(warnings.messages.first?.contains("will not be saved") == true)
  }

  @Test func aReadOnlyFolderTurnsSavingOff() throws {
    guard getuid() != 0 else { return }
    let folder = try Folder()
    chmod(folder.path, 0o500)
    let warnings = Warnings()
    let history = History(path: folder.historyPath, warn: warnings.record)
    #expect(!history.isSaving)
    #expect(!warnings.messages.isEmpty)
  }

  @Test func theDefaultPathFollowsXDG() {
    #expect(History.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/byline/history")
    #expect(History.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/byline/history")
    // A relative XDG_STATE_HOME is invalid by the specification and ignored.
    #expect(
      History.defaultPath(environment: ["XDG_STATE_HOME": "state", "HOME": "/h"]) == "/h/.local/state/byline/history")
    #expect(History.defaultPath(environment: [:]) == nil)
  }

  @Test(arguments: [
    (#"a\040b"#, "a b"), (#"\^A"#, "\u{1}"), (#"\s\t\n"#, " \t\n"), (#"\\"#, "\\"), (#"x\$y"#, "xy"),
    (#"\M-a"#, "\u{E1}"),
  ])
  func libeditEscapesDecode(_ escaped: String, _ expected: String) {
    let decoded = HistoryFileFormat.unescape(Array(escaped.utf8))
    if expected == "\u{E1}" {
      #expect(decoded == [0xE1])
    } else {
      #expect(decoded == Array(expected.utf8))
    }
  }
}
