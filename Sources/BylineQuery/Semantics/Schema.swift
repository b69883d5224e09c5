import BylineModel

/// The collections a query can start from, their fields and types: the one table the checker, the evaluator,
/// `.schema` and completion read.
///
/// Field names and meanings follow `byline export` (and so the gold annotation): numbers of blocks and
/// sentences are 1-based, `offset` is a UTF-8 byte offset into the article's body. Sub-rows carry `article`
/// (the article's id, and through it every article field: `article.path`) and copies of the article's
/// `source`, `site`, `date` and `title`; in `dates`, `date` is the resolved date and the article's is
/// `article.date`. Entity-valued fields lead to the entity's fields: `speaker.kind`, `entity.aliases`.
public enum Schema {
  /// Every collection, in the order `.schema` lists them.
  public static let collections: [CollectionSchema] = [
    articlesCollection, blocksCollection, sentencesCollection, quotesCollection, entitiesCollection,
    mentionsCollection, numbersCollection, datesCollection, metadataCollection, boilerplateCollection,
  ]

  private static let collectionIndexByName = Dictionary(
    collections.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })

  /// The collection of this name.
  public static func collection(named name: String) -> CollectionSchema? {
    collectionIndexByName[name].map { collections[$0] }
  }

  public static var collectionNames: [String] { collections.map(\.name) }

  /// Resolves a field path (`["speaker", "kind"]`) on a collection's rows to one field, once, before any row is
  /// read; the result's `read` follows the links of the path by itself.
  public static func resolve(_ path: [String], in collection: CollectionSchema) -> Result<Field, FieldPathError> {
    guard let first = path.first else {
      return .failure(
        FieldPathError(path: path, position: 0, owner: collection.name, candidates: collection.fieldNames))
    }
    guard var field = collection.field(named: first) else {
      return .failure(
        FieldPathError(path: path, position: 0, owner: collection.name, candidates: collection.fieldNames))
    }
    for position in path.indices.dropFirst() {
      let owner = path[..<position].joined(separator: ".")
      guard let link = field.link, let target = Schema.collection(named: link.collection) else {
        return .failure(FieldPathError(path: path, position: position, owner: owner, candidates: []))
      }
      guard let next = target.field(named: path[position]) else {
        return .failure(FieldPathError(path: path, position: position, owner: owner, candidates: target.fieldNames))
      }
      field = next.reached(through: link.row, as: path[...position].joined(separator: "."))
    }
    return .success(field)
  }

  /// The fields of an entity, for reading them from an entity value that is not a row (`speaker` kept by a
  /// `select`, then `.kind` of it): read with `CollectionRow.entity(reference.index)`.
  public static var entityFields: CollectionSchema { entitiesCollection }
}

/// Why a field path names no field: which component, where it was looked up, and the names valid there.
public struct FieldPathError: Error, Hashable, Sendable {
  /// The whole path as written.
  public let path: [String]
  /// Index in `path` of the component that is unknown.
  public let position: Int
  /// What was searched: a collection name, or the path before the component (`speaker`).
  public let owner: String
  /// The names valid at that point, for "did you mean"; empty when the owner has no fields at all (`text.x`).
  public let candidates: [String]

  /// "unknown field `speakr` on quotes" or "`text` has no fields".
  public var message: String {
    let name = path.indices.contains(position) ? path[position] : ""
    if candidates.isEmpty { return "`\(owner)` has no fields; `\(name)` cannot follow it" }
    return "unknown field `\(name)` on \(owner)"
  }
}

// MARK: - The table

extension Schema {
  private typealias Read = @Sendable (IndexedCorpus, CollectionRow) -> Value
  private typealias ReadText = @Sendable (IndexedCorpus, CollectionRow) -> TextSlice?

  private static func field(_ name: String, _ type: ValueType, _ summary: String, _ read: @escaping Read) -> Field {
    Field(name: name, type: type, summary: summary, read: read)
  }

  /// A text field stored as a slice of the body (or of any string): reading it as a Value copies, scanning it
  /// through `readText` does not.
  private static func text(_ name: String, _ summary: String, _ slice: @escaping ReadText) -> Field {
    Field(
      name: name, type: .text, summary: summary,
      read: { corpus, row in slice(corpus, row).map { .text($0.string) } ?? .null },
      readText: slice)
  }

  /// A text field stored as its own String: the Value shares its storage.
  private static func storedText(
    _ name: String, _ summary: String, _ string: @escaping @Sendable (IndexedCorpus, CollectionRow) -> String?
  ) -> Field {
    Field(
      name: name, type: .text, summary: summary, read: { corpus, row in string(corpus, row).map(Value.text) ?? .null },
      readText: { corpus, row in string(corpus, row).map { TextSlice($0) } })
  }

  /// An entity-valued field, given by the entity's index in `corpus.entities` (nil: null).
  private static func entity(
    _ name: String, _ summary: String, _ entityIndex: @escaping @Sendable (IndexedCorpus, CollectionRow) -> Int?
  ) -> Field {
    Field(
      name: name, type: .entity, summary: summary,
      read: { corpus, row in entityIndex(corpus, row).map { corpus.entityValue(index: $0) } ?? .null },
      link: Field.Link(
        collection: "entities", row: { corpus, row in entityIndex(corpus, row).map(CollectionRow.entity) }),
      readEntityIndex: entityIndex)
  }

  private static func linked(_ field: Field, to collection: String, _ row: @escaping Field.LinkedRow) -> Field {
    Field(
      name: field.name, type: field.type, summary: field.summary, read: field.read, readText: field.readText,
      link: Field.Link(collection: collection, row: row))
  }

  private static func optional(_ value: Int?) -> Value { value.map(Value.integer) ?? .null }
  private static func optional(_ value: CalendarDate?) -> Value { value.map(Value.date) ?? .null }

  private static func textList(_ strings: [String]) -> Value { .list(strings.map(Value.text)) }

  /// A stretch of the row's article body. Only the body String is taken from the article: copying the whole
  /// Article would retain each of its arrays and strings, on every row.
  private static func body(_ corpus: IndexedCorpus, _ row: CollectionRow, _ range: Range<Int>) -> TextSlice {
    TextSlice(corpus.corpus.articles[row.articleIndex].text, range: range)
  }

  /// A sub-row's article, its id shown and its fields reachable, plus the copies of its most used fields.
  private static func articleFields(_ rowName: String, copying copies: [String] = ["source", "site", "date", "title"])
    -> [Field]
  {
    let articleRow: Field.LinkedRow = { _, row in .article(row.articleIndex) }
    let article = linked(
      storedText("article", "id of the article the \(rowName) is in") { corpus, row in
        corpus.corpus.articles[row.articleIndex].id
      }, to: "articles", articleRow)
    let copied = copies.compactMap { name in
      articlesCollection.field(named: name)?.reached(through: articleRow, as: name)
    }
    return [article] + copied
  }

  /// The 1-based number of a block or sentence of the same article, leading to its fields.
  private static func reference(
    _ name: String, to collection: String, _ summary: String,
    _ index: @escaping @Sendable (IndexedCorpus, CollectionRow) -> Int?
  ) -> Field {
    linked(
      field(name, .integer, summary) { corpus, row in optional(index(corpus, row).map { $0 + 1 }) }, to: collection,
      { corpus, row in index(corpus, row).map { CollectionRow(article: row.articleIndex, element: $0) } })
  }

  /// `id` of a sub-row: the article's id, `#`, a letter for the collection and the row's number in the article
  /// (`cnbc-kim#s12`), or its line for lines of the file (`cnbc-kim#l7`).
  private static func identifier(
    _ letter: String, number: @escaping @Sendable (IndexedCorpus, CollectionRow) -> Int = { $1.elementIndex + 1 }
  ) -> Field {
    storedText("id", "stable id: the article's id, `#\(letter)` and a number") { corpus, row in
      "\(corpus.corpus.articles[row.articleIndex].id)#\(letter)\(number(corpus, row))"
    }
  }

  private static func number(_ rowName: String) -> Field {
    field("n", .integer, "1-based number of the \(rowName) in its article") { _, row in .integer(row.elementIndex + 1) }
  }

  private static let articlesCollection = CollectionSchema(
    name: "articles", summary: "one row per input file", shape: .articles,
    fields: [
      storedText("id", "file stem, unique in the corpus") { corpus, row in corpus.corpus.articles[row.articleIndex].id
      },
      storedText("path", "the file it was read from") { corpus, row in corpus.corpus.articles[row.articleIndex].path },
      storedText("title", "the headline as a reader would name it") { corpus, row in
        corpus.corpus.articles[row.articleIndex].title
      },
      field("date", .date, "publication date; null when the page shows none") { corpus, row in
        optional(corpus.corpus.articles[row.articleIndex].date)
      },
      storedText("source", "outlet that produced the story") { corpus, row in
        corpus.corpus.articles[row.articleIndex].source
      },
      storedText("site", "site the text was scraped from, where known") { corpus, row in
        corpus.corpus.articles[row.articleIndex].site
      },
      field("authors", .list(.text), "people credited with writing it") { corpus, row in
        textList(corpus.corpus.articles[row.articleIndex].authors)
      },
      storedText("language", "ISO 639-1 code of the body") { corpus, row in
        corpus.corpus.articles[row.articleIndex].language
      },
      field("words", .integer, "number of words in the body") { corpus, row in
        .integer(corpus.corpus.articles[row.articleIndex].words)
      },
      storedText("text", "the body: its blocks joined by blank lines") { corpus, row in
        corpus.corpus.articles[row.articleIndex].text
      },
      storedText("encoding", "how the file's bytes were decoded") { corpus, row in
        corpus.corpus.articles[row.articleIndex].encoding
      },
      field("warnings", .list(.text), "problems met while reading that did not stop it") { corpus, row in
        textList(corpus.corpus.articles[row.articleIndex].warnings)
      },
    ])

  private static let blocksCollection = CollectionSchema(
    name: "blocks", summary: "one row per body block (heading, paragraph, list item, caption)",
    shape: .perArticle { $0.blocks.count },
    fields: [identifier("b")] + articleFields("block") + [
      number("block"),
      storedText("kind", "`heading`, `paragraph`, `list_item` or `caption`") { corpus, row in
        corpus.corpus.articles[row.articleIndex].blocks[row.elementIndex].kind.rawValue
      },
      text("text", "the block's text") { corpus, row in
        body(corpus, row, corpus.corpus.articles[row.articleIndex].blocks[row.elementIndex].range)
      },
      field("words", .integer, "number of words in the block") { corpus, row in
        .integer(
          WordCounter.count(
            body(corpus, row, corpus.corpus.articles[row.articleIndex].blocks[row.elementIndex].range).substring))
      },
      field("first_line", .integer, "1-based line of the file the block starts on") { corpus, row in
        .integer(corpus.corpus.articles[row.articleIndex].blocks[row.elementIndex].lines.lowerBound)
      },
      field("last_line", .integer, "1-based line of the file the block ends on") { corpus, row in
        .integer(corpus.corpus.articles[row.articleIndex].blocks[row.elementIndex].lines.upperBound)
      },
    ])

  private static let sentencesCollection = CollectionSchema(
    name: "sentences", summary: "one row per body sentence", shape: .perArticle { $0.sentences.count },
    fields: [identifier("s")] + articleFields("sentence") + [
      number("sentence"),
      reference("block", to: "blocks", "number of the block it is in") { corpus, row in
        corpus.corpus.articles[row.articleIndex].sentences[row.elementIndex].block
      },
      text("text", "the sentence's text") { corpus, row in
        body(corpus, row, corpus.corpus.articles[row.articleIndex].sentences[row.elementIndex].range)
      },
      field("words", .integer, "number of words in the sentence") { corpus, row in
        .integer(
          WordCounter.count(
            body(corpus, row, corpus.corpus.articles[row.articleIndex].sentences[row.elementIndex].range).substring))
      },
    ])

  private static let quotesCollection = CollectionSchema(
    name: "quotes", summary: "one row per quotation in the body", shape: .perArticle { $0.quotes.count },
    fields: [identifier("q")] + articleFields("quote") + [
      number("quote"),
      reference("block", to: "blocks", "number of the block it starts in") { corpus, row in
        corpus.corpus.articles[row.articleIndex].quotes[row.elementIndex].block
      },
      reference("sentence", to: "sentences", "number of the sentence it starts in") { corpus, row in
        corpus.corpus.articles[row.articleIndex].quotes[row.elementIndex].sentence
      },
      text("text", "the quoted words, without the quotation marks") { corpus, row in
        body(corpus, row, corpus.corpus.articles[row.articleIndex].quotes[row.elementIndex].range)
      },
      entity("speaker", "the speaking entity; null when unnamed or unknown") { corpus, row in
        corpus.entityIndex(ofSpeakerOfQuote: row.elementIndex, inArticle: row.articleIndex)
      },
      storedText("speaker_text", "the speaker as written nearest the quote (\"Cha\", \"he\")") { corpus, row in
        corpus.corpus.articles[row.articleIndex].quotes[row.elementIndex].speakerText
      },
      storedText("cue", "the attribution verb, lower-cased (said, told, according to)") { corpus, row in
        corpus.corpus.articles[row.articleIndex].quotes[row.elementIndex].cue
      },
      storedText("kind", "`full` (a statement) or `partial` (words built into a sentence)") { corpus, row in
        corpus.corpus.articles[row.articleIndex].quotes[row.elementIndex].kind.rawValue
      },
      field("unclosed", .bool, "true when the closing mark is missing") { corpus, row in
        .bool(corpus.corpus.articles[row.articleIndex].quotes[row.elementIndex].isUnclosed)
      },
    ])

  private static let entitiesCollection = CollectionSchema(
    name: "entities", summary: "one row per distinct real-world entity of the corpus", shape: .entities,
    fields: [
      storedText("id", "the canonical name, which is unique") { corpus, row in
        corpus.corpus.entities[row.elementIndex].name
      },
      storedText("name", "the canonical name") { corpus, row in corpus.corpus.entities[row.elementIndex].name },
      storedText("kind", "`person`, `organization`, `place` or `other`") { corpus, row in
        corpus.corpus.entities[row.elementIndex].kind.rawValue
      },
      field("aliases", .list(.text), "every surface form written, the canonical name included") { corpus, row in
        textList(corpus.corpus.entities[row.elementIndex].aliases)
      },
      field("mentions", .integer, "number of mentions in the corpus") { corpus, row in
        .integer(corpus.corpus.entities[row.elementIndex].mentions)
      },
      field("articles", .integer, "number of articles that mention it") { corpus, row in
        .integer(corpus.corpus.entities[row.elementIndex].articles)
      },
      field("sources", .integer, "number of distinct sources whose articles mention it") { corpus, row in
        .integer(corpus.corpus.entities[row.elementIndex].sources)
      },
    ])

  private static let mentionsCollection = CollectionSchema(
    name: "mentions", summary: "one row per occurrence of an entity in a body",
    shape: .perArticle { $0.mentions.count },
    fields: [identifier("m")] + articleFields("mention") + [
      number("mention"),
      entity("entity", "the entity mentioned") { corpus, row in
        corpus.entityIndex(ofMention: row.elementIndex, inArticle: row.articleIndex)
      },
      storedText("kind", "the entity's kind: `person`, `organization`, `place` or `other`") { corpus, row in
        corpus.corpus.articles[row.articleIndex].mentions[row.elementIndex].kind.rawValue
      },
      text("text", "the name as written") { corpus, row in
        body(corpus, row, corpus.corpus.articles[row.articleIndex].mentions[row.elementIndex].range)
      },
      reference("block", to: "blocks", "number of the block it is in") { corpus, row in
        corpus.corpus.articles[row.articleIndex].mentions[row.elementIndex].block
      },
      reference("sentence", to: "sentences", "number of the sentence it is in") { corpus, row in
        corpus.corpus.articles[row.articleIndex].mentions[row.elementIndex].sentence
      },
      field("offset", .integer, "UTF-8 byte offset of the name in the article's body") { corpus, row in
        .integer(corpus.corpus.articles[row.articleIndex].mentions[row.elementIndex].range.lowerBound)
      },
    ])

  private static let numbersCollection = CollectionSchema(
    name: "numbers", summary: "one row per quantity the body states", shape: .perArticle { $0.numbers.count },
    fields: [identifier("n")] + articleFields("number") + [
      number("number"),
      text("text", "the stating text: qualifier, number and counted noun") { corpus, row in
        body(corpus, row, corpus.corpus.articles[row.articleIndex].numbers[row.elementIndex].range)
      },
      field("value", .number, "the quantity (\"11,000\" → 11000)") { corpus, row in
        .number(corpus.corpus.articles[row.articleIndex].numbers[row.elementIndex].value)
      },
      storedText("unit", "the counted noun, head word only (\"containers\")") { corpus, row in
        corpus.corpus.articles[row.articleIndex].numbers[row.elementIndex].unit
      },
      storedText("qualifier", "approximation words, lower-cased (\"more than\", \"nearly\")") { corpus, row in
        corpus.corpus.articles[row.articleIndex].numbers[row.elementIndex].qualifier
      },
      reference("block", to: "blocks", "number of the block it is in") { corpus, row in
        corpus.corpus.articles[row.articleIndex].numbers[row.elementIndex].block
      },
      reference("sentence", to: "sentences", "number of the sentence it is in") { corpus, row in
        corpus.corpus.articles[row.articleIndex].numbers[row.elementIndex].sentence
      },
    ])

  private static let datesCollection = CollectionSchema(
    name: "dates", summary: "one row per date expression of the page, resolved", shape: .perArticle { $0.dates.count },
    // `date` is the resolved date here, so the article's is only `article.date`.
    fields: [identifier("d")] + articleFields("date", copying: ["source", "site", "title"]) + [
      number("date expression"),
      storedText("text", "the expression as written, its preposition included") { corpus, row in
        corpus.corpus.articles[row.articleIndex].dates[row.elementIndex].text
      },
      field("date", .date, "the date it points to; null when it cannot be resolved") { corpus, row in
        optional(corpus.corpus.articles[row.articleIndex].dates[row.elementIndex].date)
      },
      storedText("precision", "`day`, `month` or `year`") { corpus, row in
        corpus.corpus.articles[row.articleIndex].dates[row.elementIndex].date?.precision.rawValue
      },
      reference("block", to: "blocks", "number of the block it is in; null outside the body") { corpus, row in
        corpus.corpus.articles[row.articleIndex].dates[row.elementIndex].block
      },
      reference("sentence", to: "sentences", "number of the sentence it is in; null outside the body") { corpus, row in
        corpus.corpus.articles[row.articleIndex].dates[row.elementIndex].sentence
      },
      field("line", .integer, "1-based line of the file, for a date outside the body; else null") { corpus, row in
        guard case .line(let line) = corpus.corpus.articles[row.articleIndex].dates[row.elementIndex].place else {
          return .null
        }
        return .integer(line)
      },
    ])

  private static let metadataCollection = CollectionSchema(
    name: "metadata", summary: "one row per line read as the article's metadata",
    shape: .perArticle { $0.metadataLines.count },
    fields: [
      identifier("l") { corpus, row in corpus.corpus.articles[row.articleIndex].metadataLines[row.elementIndex].line }
    ] + articleFields("line") + [
      field("line", .integer, "1-based line number in the file") { corpus, row in
        .integer(corpus.corpus.articles[row.articleIndex].metadataLines[row.elementIndex].line)
      },
      storedText("text", "the line, trimmed") { corpus, row in
        corpus.corpus.articles[row.articleIndex].metadataLines[row.elementIndex].text
      },
      storedText("role", "what it told: `title`, `date`, `byline`, `credit` or `source`") { corpus, row in
        corpus.corpus.articles[row.articleIndex].metadataLines[row.elementIndex].role.rawValue
      },
    ])

  private static let boilerplateCollection = CollectionSchema(
    name: "boilerplate", summary: "one row per line dropped as not article text",
    shape: .perArticle { $0.boilerplate.count },
    fields: [
      identifier("l") { corpus, row in corpus.corpus.articles[row.articleIndex].boilerplate[row.elementIndex].line }
    ] + articleFields("line") + [
      field("line", .integer, "1-based line number in the file") { corpus, row in
        .integer(corpus.corpus.articles[row.articleIndex].boilerplate[row.elementIndex].line)
      },
      storedText("text", "the line, trimmed") { corpus, row in
        corpus.corpus.articles[row.articleIndex].boilerplate[row.elementIndex].text
      },
      storedText("reason", "why it was dropped (`navigation`, `advertising`, …)") { corpus, row in
        corpus.corpus.articles[row.articleIndex].boilerplate[row.elementIndex].reason
      },
    ])
}
