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
    writeLines(&json, key: "metadata_lines", article.metadataLines.map { ($0.line, $0.text, "role", $0.role.rawValue) })
    writeLines(&json, key: "boilerplate", article.boilerplate.map { ($0.line, $0.text, "reason", $0.reason) })
    json.key("warnings")
    json.beginArray()
    for warning in article.warnings { json.string(warning) }
    json.endArray()
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
}
