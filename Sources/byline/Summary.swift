import ArgumentParser
import BylineIngest
import BylineModel
import BylineOutput
import Foundation

/// `byline CORPUS…`: one line per article with what the parser found, until the REPL arrives; with `-c`, runs
/// a query instead.
struct Summary: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "List the articles of a corpus with their metadata, or run a query on it (the default command)."
  )

  @OptionGroup var options: CorpusOptions

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp("Run the statements of QUERY and print their results.", valueName: "query"))
  var query: String?

  @Option(
    help: ArgumentHelp(
      "Output format: \(OutputFormat.allCases.map(\.name).joined(separator: ", ")) (default: table on a terminal, tsv otherwise).",
      valueName: "format"))
  var format: String?

  func validate() throws {
    if let format {
      do {
        _ = try OutputFormat.parse(format)
      } catch {
        throw ValidationError(error.description)
      }
    }
  }

  func run() throws {
    let corpus = try options.load()
    if let query {
      let chosen = format.flatMap(OutputFormat.init(name:)) ?? (Terminal.standardOutputIsTerminal ? .table : .tsv)
      try QueryRunner(format: chosen, width: chosen == .table ? Terminal.width : nil)
        .run(query, name: "query", over: corpus)
      return
    }
    var lines = [
      "id\tdate\tsource\tsite\tauthors\tlanguage\twords\tblocks\tboilerplate\tquotes\tmentions\tnumbers\tdates\ttitle"
    ]
    for article in corpus.articles {
      let fields: [String] = [
        article.id, article.date?.iso ?? "", article.source ?? "", article.site ?? "",
        article.authors.joined(separator: "; "), article.language ?? "", String(article.words),
        String(article.blocks.count), String(article.boilerplate.count), String(article.quotes.count),
        String(article.mentions.count), String(article.numbers.count), String(article.dates.count), article.title ?? "",
      ]
      lines.append(fields.joined(separator: "\t"))
    }
    print(lines.joined(separator: "\n"))
    if !options.quiet {
      let skipped = corpus.skipped.isEmpty ? "" : ", \(corpus.skipped.count) skipped"
      Diagnostics.report("\(corpus.articles.count) articles, \(corpus.entities.count) entities\(skipped)")
    }
  }
}
