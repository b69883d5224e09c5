/// The command line: `byline-bench [--articles N] [--dir PATH] [--keep]`.
///
/// Three flags do not justify ArgumentParser; they are parsed by hand, accepting both
/// `--articles 200` and `--articles=200`.
struct Options {
  var articleCount = 10_000
  /// Where the corpus goes; nil means `./bench-corpus/N`.
  var explicitDirectory: String?
  var keep = false
  /// Only time to the first prompt, on examples/corpus and the generated corpus.
  var firstPrompt = false

  var directory: String { explicitDirectory ?? Self.defaultParent + "/" + String(articleCount) }

  static let defaultParent = "./bench-corpus"

  static let synopsis = "usage: byline-bench [--articles N] [--dir PATH] [--keep] [--first-prompt]"

  static let usage = """
    \(synopsis)

    Generates a deterministic synthetic corpus of scraped-style news articles, then measures
    ingest: a read-only pass (pure I/O), CorpusLoader with concurrency 1 and with its default
    (all cores), each run twice with the faster kept. Figures go to stdout, progress to stderr.

      --articles N   number of articles to generate (default 10000; ~5.5 KB each)
      --dir PATH     corpus folder (default ./bench-corpus/N); a complete corpus of the same
                     size and generator version found there is reused
      --keep         keep the corpus afterwards (it is deleted by default: 100k articles ~ 550 MB)
      --first-prompt only measure byline's time to first prompt on examples/corpus and the corpus
                     (needs byline built in the same configuration)
      -h, --help     show this help

    Build and run in release mode:  swift run -c release byline-bench --articles 100000
    """

  enum Outcome {
    case run(Options)
    case help
    case invalid(String)
  }

  static func parse(_ arguments: [String]) -> Outcome {
    var options = Options()
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      // Split "--flag=value" into flag and inline value.
      var flag = argument
      var inlineValue: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        flag = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      func value() -> String? { inlineValue ?? remaining.popFirst() }

      switch flag {
      case "-h", "--help":
        return .help
      case "--first-prompt":
        guard inlineValue == nil else { return .invalid("--first-prompt takes no value") }
        options.firstPrompt = true
      case "--keep":
        guard inlineValue == nil else { return .invalid("--keep takes no value") }
        options.keep = true
      case "--articles":
        guard let text = value() else { return .invalid("--articles needs a number") }
        guard let count = Int(text.filter { $0 != "_" && $0 != "," }), count > 0 else {
          return .invalid("--articles needs a positive whole number, not '\(text)'")
        }
        options.articleCount = count
      case "--dir":
        guard let path = value(), !path.isEmpty else { return .invalid("--dir needs a path") }
        options.explicitDirectory =
          path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
      default:
        return .invalid("unknown argument '\(argument)'")
      }
    }
    return .run(options)
  }
}
