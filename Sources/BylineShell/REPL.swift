import BylineQuery
import Foundation

/// The interactive loop: `byline> ` and `   ...> ` prompts, statements over several lines until
/// `StatementSplitter.isComplete`, dot-commands at once, history after every entry, Ctrl-C to drop the line
/// or cancel the running statement (the session and its `let` names survive), Ctrl-D or `.quit` to leave.
final class REPL {
  static let prompt = "byline> "
  /// As wide as `prompt`, so continued lines line up with the first.
  static let continuationPrompt = "   ...> "

  private let runner: Runner
  private let reader: LineReader
  private let history: History?

  init(runner: Runner, reader: LineReader, history: History?) {
    self.runner = runner
    self.reader = reader
    self.history = history
    for entry in history?.entries ?? [] { reader.remember(entry) }
  }

  /// Reads and runs entries until Ctrl-D or `.quit`; the REPL always ends with status 0.
  func run() -> ExitStatus {
    var pending = ""
    while !runner.quitRequested {
      let input = reader.readLine(prompt: pending.isEmpty ? Self.prompt : Self.continuationPrompt)
      switch input {
      case .endOfInput:
        return .success
      case .interrupted:
        pending = ""
      case .line(let line):
        let isDotCommand = pending.isEmpty && line.drop { $0 == " " || $0 == "\t" }.hasPrefix(".")
        if pending.isEmpty && line.allSatisfy(\.isWhitespace) { continue }
        pending = pending.isEmpty ? line : pending + "\n" + line
        guard isDotCommand || StatementSplitter.isComplete(pending) else { continue }
        let entry = pending
        pending = ""
        if history?.add(entry) ?? true { reader.remember(entry) }
        // The flag is not cleared first: a Ctrl-C pressed right after Enter is meant for this statement.
        runner.run(SourceText(entry))
        if Interrupts.take() {
          // The terminal has echoed ^C without a line end.
          FileHandle.standardError.write(Data("\ninterrupted; the session and its let names are kept\n".utf8))
        }
      }
    }
    return .success
  }
}
