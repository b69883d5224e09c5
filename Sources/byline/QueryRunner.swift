import BylineModel
import BylineOutput
import BylineQuery
import Foundation

/// Runs the statements of `-c QUERY` over a loaded corpus and prints each result on standard output; errors go
/// to standard error with their caret pictures, and the first one stops the run with status 1.
struct QueryRunner {
  let format: OutputFormat
  let width: Int?

  func run(_ text: String, name: String, over corpus: Corpus) throws(ExitStatus) {
    let source = SourceText(text, name: name)
    let renderer = DiagnosticRenderer(source: source, style: Terminal.standardErrorIsColored ? .colored : .plain)
    let parsed = Parser.parse(source)
    if !parsed.diagnostics.isEmpty {
      Terminal.writeError(renderer.render(parsed.diagnostics))
      throw .queryFailed
    }
    var session = Session(corpus: corpus)
    for statement in parsed.statements {
      switch session.run(statement, in: source) {
      case .table(let table):
        format.write(table, options: OutputOptions(width: width)) { bytes in Terminal.writeOutput(bytes) }
      case .bound:
        continue
      case .failed(let diagnostics):
        Terminal.writeError(renderer.render(diagnostics))
        throw .queryFailed
      }
    }
  }
}

/// What byline needs to know about its terminal, and the two streams it writes.
enum Terminal {
  static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  static var standardErrorIsColored: Bool {
    isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      && ProcessInfo.processInfo.environment["TERM"] != "dumb"
  }

  /// Columns of the terminal on standard output; nil when it is not a terminal (no width limit then).
  static var width: Int? {
    guard standardOutputIsTerminal else { return nil }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
    return 80
  }

  static func writeOutput(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }

  static func writeError(_ text: String) {
    let line = text.hasSuffix("\n") ? text : text + "\n"
    FileHandle.standardError.write(Data(line.utf8))
  }
}
