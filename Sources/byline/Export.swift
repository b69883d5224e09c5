import ArgumentParser
import BylineIngest
import BylineOutput
import Foundation

/// `byline export`: the article model as JSON Lines, one article per line.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the article model as JSON Lines, one article per line.",
    discussion: """
      Each line holds id, path, title, date, source, site, authors, language, words, encoding, text, \
      blocks [{n, kind, text, words, first_line, last_line}], sentences [{n, block, text}], \
      metadata_lines [{line, text, role}], boilerplate [{line, text, reason}] and warnings.
      """
  )

  @OptionGroup var options: CorpusOptions

  func run() throws {
    let corpus = try options.load()
    var output: [UInt8] = []
    output.reserveCapacity(1 << 20)
    let handle = FileHandle.standardOutput
    for article in corpus.articles {
      output += ArticleExport.jsonLine(article)
      output.append(0x0A)
      if output.count >= 1 << 20 {
        handle.write(Data(output))
        output.removeAll(keepingCapacity: true)
      }
    }
    handle.write(Data(output))
  }
}
