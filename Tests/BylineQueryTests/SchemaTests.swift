import BylineModel
import BylineQuery
import Testing

private let corpus = SampleCorpus.indexed

/// The rows of a collection of the sample corpus, in iteration order.
private func rows(_ collection: String) -> [CollectionRow] {
  guard let schema = Schema.collection(named: collection) else { return [] }
  return Array(schema.rows(in: corpus.corpus))
}

/// Reads a field path on the row at `position` of a collection, or describes why it cannot be read.
private func read(_ collection: String, _ position: Int, _ path: String) -> Value? {
  guard let schema = Schema.collection(named: collection),
    case .success(let field) = Schema.resolve(path.split(separator: ".").map(String.init), in: schema)
  else { return nil }
  return field.read(corpus, rows(collection)[position])
}

@Test(arguments: [
  ("articles", 2), ("blocks", 4), ("sentences", 5), ("quotes", 2), ("entities", 4), ("mentions", 5), ("numbers", 1),
  ("dates", 2), ("metadata", 1), ("boilerplate", 2),
])
func rowCounts(collection: String, expected: Int) throws {
  let schema = try #require(Schema.collection(named: collection))
  #expect(rows(collection).count == expected)
  #expect(schema.rowCount(in: corpus.corpus) == expected)
}

@Test func everyCollectionOfTheSpecIsThere() {
  let expected = [
    "articles", "blocks", "sentences", "quotes", "entities", "mentions", "numbers", "dates", "metadata", "boilerplate",
  ]
  #expect(Schema.collectionNames == expected)
}

@Test(arguments: Schema.collections.map(\.name))
func fieldNamesAreUniqueAndEveryRowHasAnID(collection: String) throws {
  let schema = try #require(Schema.collection(named: collection))
  #expect(Set(schema.fieldNames).count == schema.fieldNames.count)
  #expect(schema.fieldNames.first == "id")
  let ids = rows(collection).map { schema.field(named: "id")?.read(corpus, $0) }
  #expect(Set(ids).count == ids.count)
}

@Test(arguments: ["blocks", "sentences", "quotes", "mentions", "numbers", "dates", "metadata", "boilerplate"])
func subRowsCarryTheirArticle(collection: String) throws {
  let schema = try #require(Schema.collection(named: collection))
  for name in ["article", "source", "site", "title", "date"] {
    #expect(schema.field(named: name) != nil, "\(collection).\(name)")
  }
  let article = try #require(schema.field(named: "article"))
  #expect(article.type == .text)
  #expect(article.linkedCollection == "articles")
}

/// Every text field reads the same through `readText` as through `read`, on every row: the scans that use the
/// slices see what the user sees.
@Test(arguments: Schema.collections.map(\.name))
func textSlicesAgreeWithValues(collection: String) throws {
  let schema = try #require(Schema.collection(named: collection))
  for field in schema.fields where field.type == .text {
    let readText = try #require(field.readText, "\(collection).\(field.name) has no slice reader")
    for row in rows(collection) {
      let slice = readText(corpus, row).map { Value.text($0.string) } ?? .null
      #expect(slice == field.read(corpus, row), "\(collection).\(field.name)")
    }
  }
}

@Test(arguments: [
  ("articles", 0, "id", Value.text("cnbc-kim")),
  ("articles", 0, "date", .date(CalendarDate(year: 2024, month: 6, day: 19))),
  ("articles", 1, "date", .null),
  ("articles", 1, "site", .text("bbc.co.uk")),
  ("articles", 0, "authors", .list([.text("Ann Lee"), .text("Bo Kim")])),
  ("articles", 1, "authors", .list([])),
  ("articles", 0, "words", .integer(20)),
  ("articles", 0, "encoding", .text("utf-8")),
  ("blocks", 0, "id", .text("cnbc-kim#b1")),
  ("blocks", 0, "n", .integer(1)),
  ("blocks", 2, "kind", .text("heading")),
  ("blocks", 2, "text", .text("Путин прибыл в Пхеньян.")),
  ("blocks", 1, "words", .integer(8)),
  ("blocks", 1, "first_line", .integer(7)),
  ("blocks", 1, "last_line", .integer(8)),
  ("blocks", 3, "source", .text("BBC")),
  ("blocks", 3, "article.path", .text("seeds/bbc-summit.txt")),
  ("sentences", 1, "text", .text("“We are allies,” Kim said.")),
  ("sentences", 2, "block", .integer(2)),
  ("sentences", 2, "block.kind", .text("paragraph")),
  ("sentences", 4, "id", .text("bbc-summit#s2")),
  ("sentences", 4, "title", .text("Summit in Pyongyang")),
  ("sentences", 0, "words", .integer(7)),
  ("quotes", 0, "text", .text("We are allies,")),
  ("quotes", 0, "speaker", SampleCorpus.entity("Kim Jong Un")),
  ("quotes", 0, "speaker.kind", .text("person")),
  ("quotes", 0, "speaker.aliases", .list([.text("Kim"), .text("Kim Jong Un"), .text("Kim Jong-un")])),
  ("quotes", 0, "speaker_text", .text("Kim")),
  ("quotes", 0, "cue", .text("said")),
  ("quotes", 0, "kind", .text("full")),
  ("quotes", 0, "unclosed", .bool(false)),
  ("quotes", 0, "sentence", .integer(2)),
  ("quotes", 0, "sentence.text", .text("“We are allies,” Kim said.")),
  ("quotes", 0, "date", .date(CalendarDate(year: 2024, month: 6, day: 19))),
  ("quotes", 1, "speaker", .null),
  ("quotes", 1, "speaker.kind", .null),
  ("quotes", 1, "cue", .null),
  ("quotes", 1, "kind", .text("partial")),
  ("entities", 0, "name", .text("Kim Jong Un")),
  ("entities", 1, "kind", .text("person")),
  ("entities", 2, "mentions", .integer(1)),
  ("entities", 0, "articles", .integer(2)),
  ("entities", 0, "sources", .integer(2)),
  ("mentions", 1, "entity", SampleCorpus.entity("Vladimir Putin")),
  ("mentions", 1, "entity.name", .text("Vladimir Putin")),
  ("mentions", 3, "text", .text("Путин")),
  ("mentions", 3, "offset", .integer(0)),
  ("mentions", 4, "offset", .integer(44)),
  ("mentions", 4, "text", .text("Kim Jong-un")),
  ("mentions", 2, "kind", .text("place")),
  ("mentions", 2, "sentence", .integer(3)),
  ("mentions", 4, "source", .text("BBC")),
  ("numbers", 0, "value", .number(11000)),
  ("numbers", 0, "unit", .text("containers")),
  ("numbers", 0, "qualifier", .text("more than")),
  ("numbers", 0, "text", .text("more than 11,000 containers")),
  ("dates", 0, "date", .date(CalendarDate(year: 2024, month: 6, day: 19))),
  ("dates", 0, "precision", .text("day")),
  ("dates", 0, "line", .integer(3)),
  ("dates", 0, "sentence", .null),
  ("dates", 0, "sentence.text", .null),
  ("dates", 1, "date", .null),
  ("dates", 1, "precision", .null),
  ("dates", 1, "sentence.text", .text("Kim Jong-un greeted him on Wednesday.")),
  ("dates", 1, "article.date", .null),
  ("metadata", 0, "role", .text("title")),
  ("metadata", 0, "id", .text("cnbc-kim#l1")),
  ("boilerplate", 1, "id", .text("cnbc-kim#l10")),
  ("boilerplate", 1, "line", .integer(10)),
  ("boilerplate", 0, "reason", .text("navigation")),
  ("boilerplate", 0, "text", .text("Skip Navigation")),
])
func fieldValues(collection: String, position: Int, path: String, expected: Value) {
  #expect(read(collection, position, path) == expected)
}

@Test(arguments: [
  ("quotes", "speakr", 0, "quotes", "unknown field `speakr` on quotes"),
  ("quotes", "speaker.knd", 1, "speaker", "unknown field `knd` on speaker"),
  ("sentences", "text.length", 1, "text", "`text` has no fields; `length` cannot follow it"),
  ("mentions", "article.titel", 1, "article", "unknown field `titel` on article"),
])
func unknownFieldPaths(collection: String, path: String, position: Int, owner: String, message: String) throws {
  let schema = try #require(Schema.collection(named: collection))
  let result = Schema.resolve(path.split(separator: ".").map(String.init), in: schema)
  guard case .failure(let error) = result else {
    Issue.record("\(path) resolved")
    return
  }
  #expect(error.position == position)
  #expect(error.owner == owner)
  #expect(error.message == message)
  if !error.candidates.isEmpty {
    #expect(Catalog.suggestion(for: error.path[position], among: error.candidates) != nil)
  }
}

@Test func resolvedPathsAreNamedAndTyped() throws {
  let quotes = try #require(Schema.collection(named: "quotes"))
  let field = try Schema.resolve(["speaker", "mentions"], in: quotes).get()
  #expect(field.name == "speaker.mentions")
  #expect(field.type == .integer)
  let sentence = try Schema.resolve(["sentence", "text"], in: quotes).get()
  #expect(sentence.readText != nil)
}

@Test func rowsCanBeNarrowedToSomeArticles() throws {
  let sentences = try #require(Schema.collection(named: "sentences"))
  let narrowed = Array(sentences.rows(in: corpus.corpus, articles: 1..<2))
  #expect(narrowed == [CollectionRow(article: 1, element: 0), CollectionRow(article: 1, element: 1)])
  #expect(Array(sentences.rows(in: corpus.corpus, articles: 5..<9)).isEmpty)
  let entities = try #require(Schema.collection(named: "entities"))
  #expect(Array(entities.rows(in: corpus.corpus, articles: 0..<0)).count == 4)
}

@Test func anEmptyCorpusHasNoRows() {
  let empty = Corpus()
  for collection in Schema.collections {
    #expect(Array(collection.rows(in: empty)).isEmpty)
    #expect(collection.rowCount(in: empty) == 0)
  }
}

@Test func articlesWithoutRowsAreSkipped() throws {
  let quotes = try #require(Schema.collection(named: "quotes"))
  var model = corpus.corpus
  model.articles.insert(Article(id: "empty", path: "empty.txt"), at: 0)
  #expect(Array(quotes.rows(in: model)).map(\.article) == [1, 1])
}

@Test func entityFieldsReadFromAnEntityValue() throws {
  let kind = try #require(Schema.entityFields.field(named: "kind"))
  guard case .entity(let reference) = SampleCorpus.entity("Russia") else {
    Issue.record("Russia is not an entity")
    return
  }
  #expect(kind.read(corpus, .entity(reference.index)) == .text("place"))
}
