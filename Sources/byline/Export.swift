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
      quotes [{text, speaker, speaker_text, cue, kind, block, sentence, unclosed}], mentions [{entity, kind, \
      text, block, sentence, offset}], numbers [{text, value, unit, qualifier, block, sentence}], dates [{text, \
      date, precision, block, sentence, line}], metadata_lines [{line, text, role}], boilerplate [{line, text, \
      reason}] and warnings. With --entities, one line per entity of the corpus instead: name, kind, aliases, \
      mentions, articles, sources.
      """
  )

  @OptionGroup var options: CorpusOptions

  @Flag(help: "Write the corpus's entities, unified across articles, instead of the articles.")
  var entities = false

  func run() throws {
    let corpus = try options.load()
    var output: [UInt8] = []
    output.reserveCapacity(1 << 20)
    let handle = FileHandle.standardOutput
    func emit(_ line: [UInt8]) {
      output += line
      output.append(0x0A)
      if output.count >= 1 << 20 {
        handle.write(Data(output))
        output.removeAll(keepingCapacity: true)
      }
    }
    if entities {
      corpus.entities.forEach { emit(ArticleExport.jsonLine($0)) }
    } else {
      corpus.articles.forEach { emit(ArticleExport.jsonLine($0)) }
    }
    handle.write(Data(output))
  }
}
