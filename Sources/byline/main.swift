import ArgumentParser
import BylineIngest
import BylineModel
import BylineOutput
import BylineShell
import Foundation

/// The `byline` command: a REPL when standard input is a terminal, else a script from standard input; `-c`
/// runs one query, `-f` a script file (also as a `#!` interpreter); `export` and `summary` are subcommands.
struct Byline: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline",
    abstract: "Query scraped news articles: a REPL, saved scripts, and pipes.",
    usage: """
      byline [OPTIONS] [CORPUS ...]       REPL when stdin is a terminal, else a script read from stdin
      byline -c QUERY [CORPUS ...]        run one query (or several, separated by ; or line ends)
      byline -f SCRIPT [CORPUS ...]       run a script file; as a #! line: #!/usr/bin/env -S byline -f
      byline export [--entities] CORPUS ...
      byline summary CORPUS ...
      """,
    discussion: """
      CORPUS is files, folders (read recursively) or - (one article from stdin, with -c or -f). Results go to \
      stdout: an aligned table on a terminal, TSV with a header line elsewhere, unless --format says otherwise; \
      diagnostics and progress go to stderr. Exit status: 0 success, 1 a statement failed, 2 bad command line, \
      3 no readable article in the corpus. In the REPL, .help lists the dot-commands.

      Shell completion: byline --generate-completion-script bash|zsh|fish (see the README).
      """,
    version: bylineVersion,
    subcommands: [Export.self, Summary.self]
  )

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp("Run the statements of QUERY, print their results, and exit.", valueName: "query"))
  var query: String?

  @Option(
    name: .customShort("f"),
    help: ArgumentHelp("Run the statements of a script file and exit.", valueName: "script"),
    completion: .file(extensions: ["byline"]))
  var script: String?

  @Option(
    help: ArgumentHelp(
      "Output format: \(OutputFormat.allCases.map(\.name).joined(separator: ", ")) (default: table on a terminal, tsv otherwise).",
      valueName: "format"),
    completion: .list(OutputFormat.allCases.map(\.name)))
  var format: String?

  @Option(
    help: ArgumentHelp(
      "Colour diagnostics: auto (when stderr is a terminal and NO_COLOR is unset), always or never.",
      valueName: "when"),
    completion: .list(ColorChoice.allCases.map(\.rawValue)))
  var color: String = ColorChoice.auto.rawValue

  @Flag(help: "Run the remaining statements after one fails (the exit status is still 1).")
  var keepGoing = false

  @Flag(help: "After each statement, print its run time on stderr (Run Time: real 0.004 s).")
  var timer = false

  @Flag(help: "Do not read or write the REPL's history file.")
  var noHistory = false

  @Flag(name: .shortAndLong, help: "No load summary, greeting, article warnings or notes on stderr.")
  var quiet = false

  @Argument(
    help: ArgumentHelp(
      "Files, folders (read recursively) or - for one article on standard input.", valueName: "corpus"),
    completion: .file())
  var corpus: [String] = []

  func validate() throws {
    if query != nil && script != nil { throw ValidationError("give -c QUERY or -f SCRIPT, not both") }
    if let format {
      do {
        _ = try OutputFormat.parse(format)
      } catch {
        throw ValidationError(error.description)
      }
    }
    if ColorChoice(rawValue: color) == nil {
      throw ValidationError("--color takes auto, always or never, not '\(color)'")
    }
  }

  func run() throws {
    var options = ShellOptions()
    options.corpus = corpus
    options.query = query
    options.scriptPath = script
    options.format = format.flatMap(OutputFormat.init(name:))
    options.color = ColorChoice(rawValue: color) ?? .auto
    options.keepGoing = keepGoing
    options.timer = timer
    options.noHistory = noHistory
    options.quiet = quiet
    options.version = bylineVersion
    let status = Shell.run(options)
    if status != .success { throw status }
  }
}

/// The subcommands alone, for parsing `byline export …` and `byline summary …`: the main command's own positional
/// corpus arguments would otherwise swallow the subcommand's name as a path.
struct BylineSubcommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline", subcommands: Byline.configuration.subcommands)
}

/// Runs the command line, mapping argument errors to exit status 2 as SPEC §3 fixes.
func runMain(_ arguments: [String]) -> Never {
  let isSubcommand =
    arguments.first.map { first in
      Byline.configuration.subcommands.contains { $0._commandName == first }
    } ?? false
  if isSubcommand { execute(BylineSubcommand.self, arguments) }
  execute(Byline.self, arguments)
}

func execute<Command: ParsableCommand>(_ command: Command.Type, _ arguments: [String]) -> Never {
  do {
    var parsed = try Command.parseAsRoot(arguments)
    try parsed.run()
    Foundation.exit(ExitStatus.success.rawValue)
  } catch let status as ExitStatus {
    Foundation.exit(status.rawValue)
  } catch {
    let code = Command.exitCode(for: error)
    if code == .success {
      print(Command.fullMessage(for: error))
      Foundation.exit(0)
    }
    FileHandle.standardError.write(Data((Command.fullMessage(for: error) + "\n").utf8))
    if code == .validationFailure {
      FileHandle.standardError.write(Data(("Usage: " + Command.usageString() + "\n").utf8))
      Foundation.exit(ExitStatus.badCommandLine.rawValue)
    }
    Foundation.exit(code.rawValue == 64 ? ExitStatus.badCommandLine.rawValue : ExitStatus.queryFailed.rawValue)
  }
}

let bylineVersion = "0.2.0"

/// Options shared by the subcommands that read a corpus.
struct CorpusOptions: ParsableArguments {
  @Argument(help: "Files, folders (read recursively) or - for one article on standard input.", completion: .file())
  var corpus: [String] = []

  @Flag(name: .shortAndLong, help: "Do not report article warnings and load figures on standard error.")
  var quiet = false

  /// Loads the corpus, reporting every skipped file on stderr, and fails with status 3 when nothing loads.
  func load() throws -> Corpus {
    guard !corpus.isEmpty else { throw ValidationError("no corpus given: name files or folders to read") }
    guard let loaded = CorpusLoading.load(corpus, quiet: quiet) else { throw ExitStatus.noArticles }
    return loaded.corpus
  }
}

runMain(Array(CommandLine.arguments.dropFirst()))
