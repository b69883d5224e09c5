import BylineModel
import BylineOutput
import BylineQuery
import Foundation

/// The one loop every source of statements goes through — `-c`, `-f`, a script piped on standard input, `.read`
/// and each entry typed at the REPL: cut the text into statements and dot-commands, parse each statement with
/// the script's line numbers, run it in the session, print its result, and stop at the first error unless
/// `keepGoing`.
public final class Runner {
  /// How statements run and print; `-c`, `--format` and friends set them, dot-commands change them.
  public struct Settings: Sendable {
    /// nil: an aligned table on a terminal, TSV anywhere else.
    public var format: OutputFormat?
    /// Run the statements after a failed one too (the run still fails).
    public var keepGoing = false
    /// After each statement, `Run Time: real 0.004 s` on standard error.
    public var timer = false
    /// Diagnostics with ANSI colours.
    public var colored = false
    public var quiet = false
    /// At the REPL: say on standard error what a `let` bound and what a dot-command changed.
    public var interactive = false

    public init(format: OutputFormat? = nil, keepGoing: Bool = false, timer: Bool = false, colored: Bool = false) {
      self.format = format
      self.keepGoing = keepGoing
      self.timer = timer
      self.colored = colored
    }
  }

  /// `.read` inside `.read` deeper than this is taken for a script that reads itself.
  static let maximumReadDepth = 16

  public var settings: Settings
  public internal(set) var session: Session
  /// Asked by the evaluator every few thousand rows, and between chunks of output: the REPL's Ctrl-C.
  public var cancellation: Cancellation = .never
  /// The REPL's history, for `.history`; nil in scripts and with `--no-history`.
  public var history: History?
  /// Set by `.quit`: the caller stops feeding statements.
  public internal(set) var quitRequested = false

  let standardOutput: ByteSink
  /// Where results go: standard output, or the file of the last `.output FILE`.
  var output: ByteSink
  let errors: ByteSink
  var readDepth = 0

  public init(
    session: Session, settings: Settings, output: ByteSink = .standardOutput(), errors: ByteSink = .standardError()
  ) {
    self.session = session
    self.settings = settings
    self.standardOutput = output
    self.output = output
    self.errors = errors
  }

  /// Runs every statement and dot-command of `script` in order; false when one failed. Stops at the first
  /// failure unless `keepGoing`, and always at `.quit` or an interruption.
  @discardableResult
  public func run(_ script: SourceText) -> Bool {
    let plan = ScriptPlan(script)
    var succeeded = true
    for item in plan.items {
      if quitRequested || cancellation.isCancelled { break }
      let itemSucceeded: Bool
      switch item {
      case .statement(let span):
        itemSucceeded = runStatement(span, in: plan.source)
      case .dotCommand(let text, let line):
        itemSucceeded = runDotCommand(text, location: script.name.map { "\($0):\(line): " } ?? "")
      }
      if !itemSucceeded {
        succeeded = false
        if !settings.keepGoing { break }
      }
    }
    return succeeded
  }

  /// Parses, runs and prints one statement of `source`.
  private func runStatement(_ span: StatementSpan, in source: SourceText) -> Bool {
    let renderer = DiagnosticRenderer(source: source, style: settings.colored ? .colored : .plain)
    let parsed = Parser.parse(source, range: span.range)
    if !parsed.diagnostics.isEmpty {
      errors.write(renderer.render(parsed.diagnostics))
      return false
    }
    var succeeded = true
    for statement in parsed.statements {
      let started = DispatchTime.now()
      switch session.run(statement, in: source, cancellation: cancellation) {
      case .table(let table):
        write(table)
      case .bound(let name, let rows):
        if settings.interactive && !settings.quiet {
          errors.write("\(name): \(rows) row\(rows == 1 ? "" : "s")\n")
        }
      case .failed(let diagnostics):
        // An interruption is no fault of the statement: the REPL says so in a line of its own.
        if !cancellation.isCancelled { errors.write(renderer.render(diagnostics)) }
        succeeded = false
      }
      if settings.timer {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        errors.write(String(format: "Run Time: real %.3f s\n", seconds))
      }
      if !succeeded { break }
    }
    return succeeded
  }

  /// The format results are written in now: the chosen one, else a table for a terminal and TSV otherwise.
  var effectiveFormat: OutputFormat {
    settings.format ?? (output.isTerminal ? .table : .tsv)
  }

  /// Prints a result, dropping the rest of it when the user interrupts a long listing.
  func write(_ table: ResultTable) {
    let format = effectiveFormat
    let options = OutputOptions(width: format == .table ? output.width : nil)
    var interrupted = false
    format.write(table, options: options) { bytes in
      if interrupted { return }
      if cancellation.isCancelled {
        interrupted = true
        return
      }
      output.write(bytes)
    }
  }

  /// A message about what a dot-command did, for the person at the REPL.
  func note(_ message: String) {
    if !settings.quiet { errors.write(message + "\n") }
  }

  /// A dot-command's error, located at its script line when it came from a file.
  func fail(_ message: String, location: String) -> Bool {
    errors.write("\(location)error: \(message)\n")
    return false
  }

  /// Points results back at standard output, closing a `.output` file.
  func restoreStandardOutput() {
    if output !== standardOutput { output.close() }
    output = standardOutput
  }

  /// Closes what `.output` opened; call before the process exits.
  public func finish() {
    restoreStandardOutput()
  }
}
