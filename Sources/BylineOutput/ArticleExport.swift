import BylineModel

/// The JSON Lines interchange format of `byline export`: one article per line, with the key names of
/// the gold annotation so that scorers, jq, DuckDB and Spark read it as it is.
public enum ArticleExport {
  /// One article as a single line of JSON (no trailing newline).
  public static func jsonLine(_ article: Article) -> [UInt8] {
    var json = JSONText()
    json.beginObject()
    json.field("id", article.id)
    json.field("path", article.path)
    json.field("title", article.title)
    json.field("date", article.date?.iso)
    json.field("source", article.source)
    json.field("site", article.site)
    json.key("authors")
    json.beginArray()
    for author in article.authors { json.string(author) }
    json.endArray()
    json.field("language", article.language)
    json.field("words", article.words)
    json.field("encoding", article.encoding)
    json.field("text", article.text)
    json.key("blocks")
    json.beginArray()
    for (index, block) in article.blocks.enumerated() {
      json.beginObject()
      json.field("n", index + 1)
      json.field("kind", block.kind.rawValue)
      json.field("text", article.text(of: block))
      json.field("words", WordCounter.count(article.text(of: block)))
      json.field("first_line", block.lines.lowerBound)
      json.field("last_line", block.lines.upperBound)
      json.endObject()
    }
    json.endArray()
    json.key("sentences")
    json.beginArray()
    for (index, sentence) in article.sentences.enumerated() {
      json.beginObject()
      json.field("n", index + 1)
      json.field("block", sentence.block + 1)
      json.field("text", article.text(of: sentence))
      json.endObject()
    }
    json.endArray()
    writeQuotes(&json, article)
    writeMentions(&json, article)
    writeNumbers(&json, article)
    writeDates(&json, article)
    writeLines(&json, key: "metadata_lines", article.metadataLines.map { ($0.line, $0.text, "role", $0.role.rawValue) })
    writeLines(&json, key: "boilerplate", article.boilerplate.map { ($0.line, $0.text, "reason", $0.reason) })
    json.key("warnings")
    json.beginArray()
    for warning in article.warnings { json.string(warning) }
    json.endArray()
    json.endObject()
    return json.bytes
  }

  /// One entity of the corpus as a single line of JSON (no trailing newline).
  public static func jsonLine(_ entity: Entity) -> [UInt8] {
    var json = JSONText()
    json.beginObject()
    json.field("name", entity.name)
    json.field("kind", entity.kind.rawValue)
    json.key("aliases")
    json.beginArray()
    for alias in entity.aliases { json.string(alias) }
    json.endArray()
    json.field("mentions", entity.mentions)
    json.field("articles", entity.articles)
    json.field("sources", entity.sources)
    json.endObject()
    return json.bytes
  }

  /// Source lines kept out of the body: `[{line, text, <label>}]`, the label being a role or a reason.
  private static func writeLines(
    _ json: inout JSONText, key: String, _ lines: [(line: Int, text: String, label: String, value: String)]
  ) {
    json.key(key)
    json.beginArray()
    for line in lines {
      json.beginObject()
      json.field("line", line.line)
      json.field("text", line.text)
      json.field(line.label, line.value)
      json.endObject()
    }
    json.endArray()
  }

  private static func writeQuotes(_ json: inout JSONText, _ article: Article) {
    json.key("quotes")
    json.beginArray()
    for quote in article.quotes {
      json.beginObject()
      json.field("text", article.text(in: quote.range))
      json.field("speaker", quote.speaker)
      json.field("speaker_text", quote.speakerText)
      json.field("cue", quote.cue)
      json.field("kind", quote.kind.rawValue)
      json.field("block", quote.block + 1)
      json.field("sentence", quote.sentence + 1)
      json.key("unclosed")
      json.bool(quote.isUnclosed)
      json.endObject()
    }
    json.endArray()
  }

  private static func writeMentions(_ json: inout JSONText, _ article: Article) {
    json.key("mentions")
    json.beginArray()
    for mention in article.mentions {
      json.beginObject()
      json.field("entity", mention.entity)
      json.field("kind", mention.kind.rawValue)
      json.field("text", article.text(in: mention.range))
      json.field("block", mention.block + 1)
      json.field("sentence", mention.sentence + 1)
      json.field("offset", mention.range.lowerBound)
      json.endObject()
    }
    json.endArray()
  }

  private static func writeNumbers(_ json: inout JSONText, _ article: Article) {
    json.key("numbers")
    json.beginArray()
    for number in article.numbers {
      json.beginObject()
      json.field("text", article.text(in: number.range))
      json.key("value")
      json.number(number.value)
      json.field("unit", number.unit)
      json.field("qualifier", number.qualifier)
      json.field("block", number.block + 1)
      json.field("sentence", number.sentence + 1)
      json.endObject()
    }
    json.endArray()
  }

  private static func writeDates(_ json: inout JSONText, _ article: Article) {
    json.key("dates")
    json.beginArray()
    for date in article.dates {
      json.beginObject()
      json.field("text", date.text)
      json.field("date", date.date?.iso)
      json.field("precision", date.date?.precision.rawValue)
      json.field("block", date.block.map { $0 + 1 })
      json.field("sentence", date.sentence.map { $0 + 1 })
      if case .line(let line) = date.place { json.field("line", line) } else { json.field("line", nil as Int?) }
      json.endObject()
    }
    json.endArray()
  }
}
