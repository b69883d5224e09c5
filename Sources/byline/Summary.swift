import ArgumentParser
import BylineIngest
import BylineModel
import BylineOutput
import BylineShell
import Foundation

/// `byline summary CORPUS…`: one TSV line per article with what the parser found (counts of blocks, quotes,
/// mentions…), for a quick look at how a corpus was read.
struct Summary: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "List the articles of a corpus, one TSV line each, with their metadata and what was found in them."
  )

  @OptionGroup var options: CorpusOptions

  func run() throws {
    let corpus = try options.load()
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
      Terminal.report("\(corpus.articles.count) articles, \(corpus.entities.count) entities\(skipped)")
    }
  }
}
