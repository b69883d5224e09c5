import BylineModel
import BylineOutput
import BylineQuery
import Foundation

/// What the command line asked for (SPEC §3).
public struct ShellOptions: Sendable {
  public var corpus: [String] = []
  /// `-c QUERY`.
  public var query: String?
  /// `-f SCRIPT`.
  public var scriptPath: String?
  public var format: OutputFormat?
  public var color: ColorChoice = .auto
  public var keepGoing = false
  public var timer = false
  public var noHistory = false
  public var quiet = false
  /// Shown in the REPL's greeting.
  public var version = ""

  public init() {}
}

/// Chooses the mode once — `-c`, `-f`, the REPL when standard input is a terminal, else a script read from
/// standard input — loads the corpus, and hands every statement to one `Runner`.
public enum Shell {
  /// Where statements come from.
  enum Mode {
    case command(String)
    case scriptFile(String)
    case standardInput
    case interactive
  }

  public static func run(_ options: ShellOptions) -> ExitStatus {
    let environment = ProcessInfo.processInfo.environment
    let inputWasClosed = !Terminal.isOpen(STDIN_FILENO)
    // With descriptor 0 closed, the next file opened (a corpus page) would become "standard input".
    if inputWasClosed { _ = open("/dev/null", O_RDONLY) }

    let mode: Mode
    if let query = options.query {
      mode = .command(query)
    } else if let path = options.scriptPath {
      mode = .scriptFile(path)
    } else if inputWasClosed {
      Terminal.report("standard input is closed, so there is no script to read; give -c QUERY or -f SCRIPT")
      return .badCommandLine
    } else {
      mode = Terminal.isTerminal(STDIN_FILENO) ? .interactive : .standardInput
    }
    if options.corpus.contains("-") {
      switch mode {
      case .standardInput, .interactive:
        Terminal.report("`-` reads an article from standard input, so statements must come from -c or -f")
        return .badCommandLine
      case .command, .scriptFile:
        break
      }
    }
    // A script that cannot be read is reported before a long load, not after.
    var script: SourceText?
    if case .scriptFile(let path) = mode {
      do {
        script = try ScriptFile.read(path)
      } catch {
        Terminal.report(error.description)
        if case .notUTF8 = error { return .queryFailed }
        return .badCommandLine
      }
    }

    var corpus = Corpus(articles: [], skipped: [], ignored: [], entities: [])
    if options.corpus.isEmpty {
      if !options.quiet { Terminal.report("no corpus given; .load PATH reads one") }
    } else {
      guard let loaded = CorpusLoading.load(options.corpus, quiet: options.quiet) else { return .noArticles }
      corpus = loaded.corpus
      if !options.quiet { Terminal.report(loaded.summary) }
    }

    var settings = Runner.Settings(
      format: options.format, keepGoing: options.keepGoing, timer: options.timer,
      colored: options.color.colorsStandardError(environment: environment))
    settings.quiet = options.quiet
    let runner = Runner(session: Session(corpus: corpus), settings: settings)
    defer { runner.finish() }

    switch mode {
    case .command(let query):
      return runner.run(SourceText(query, name: "query")) ? .success : .queryFailed
    case .scriptFile:
      guard let script else { return .badCommandLine }
      return runner.run(script) ? .success : .queryFailed
    case .standardInput:
      let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
      do {
        return runner.run(try ScriptFile.source(bytes, name: "stdin")) ? .success : .queryFailed
      } catch {
        Terminal.report(error.description)
        return .queryFailed
      }
    case .interactive:
      return interact(runner, options: options, environment: environment)
    }
  }

  /// The REPL: history, the editor (or plain reading on a dumb terminal), Ctrl-C, and the greeting.
  private static func interact(_ runner: Runner, options: ShellOptions, environment: [String: String]) -> ExitStatus {
    runner.settings.interactive = true
    runner.cancellation = Interrupts.cancellation
    Interrupts.install()
    var history: History?
    if !options.noHistory {
      if let path = History.defaultPath(environment: environment) {
        history = History(path: path) { Terminal.report($0) }
      } else {
        Terminal.report("neither XDG_STATE_HOME nor HOME is set; history will not be saved")
      }
    }
    runner.history = history
    let reader: LineReader
    if Terminal.isDumb {
      if !options.quiet {
        Terminal.report(
          "TERM is \(environment["TERM"].map { $0.isEmpty ? "empty" : "'\($0)'" } ?? "unset"): "
            + "no line editing or completion, lines are read as typed")
      }
      reader = PlainLineReader()
    } else if let editor = LineEditor(
      programName: "byline", historySize: History.defaultLimit,
      complete: { [unowned runner] text in Completer(session: runner.session).complete(text) })
    {
      reader = editor
    } else {
      if !options.quiet { Terminal.report("line editing is off (edit off in ~/.editrc); lines are read as typed") }
      reader = PlainLineReader()
    }
    defer { reader.close() }
    if !options.quiet {
      Terminal.write(
        Array("byline \(options.version): .help lists the commands, Tab completes, Ctrl-D quits\n".utf8),
        to: STDERR_FILENO)
    }
    return REPL(runner: runner, reader: reader, history: history).run()
  }
}
