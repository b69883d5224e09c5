import BylineModel

/// One field of a collection's rows: its name and type, and how to read it from a row.
public struct Field: Sendable {
  /// The name as a query writes it; for a resolved dotted path, the whole path (`speaker.kind`).
  public let name: String
  public let type: ValueType
  /// One line for `.schema` and completion.
  public let summary: String
  /// Reads the field of one row.
  public let read: @Sendable (IndexedCorpus, CollectionRow) -> Value
  /// For text fields: the text as a slice of the text it is stored in, without building a String, for scans
  /// such as `contains` over millions of sentences; nil when the value is null. Absent for other types.
  public let readText: (@Sendable (IndexedCorpus, CollectionRow) -> TextSlice?)?
  /// Where a dotted path continues: `article.title`, `speaker.kind`, `sentence.text`.
  let link: Link?
  /// For an entity field read straight off its row: the entity's index in `corpus.entities` (nil: null), so that
  /// `group speaker` counts into an array instead of hashing a value per row.
  let readEntityIndex: (@Sendable (IndexedCorpus, CollectionRow) -> Int?)?

  /// The collection a field points into, and the row it points at (nil when the field is null).
  struct Link: Sendable {
    let collection: String
    let row: LinkedRow
  }

  /// Maps a row to the row a field points at; nil when the field is null.
  typealias LinkedRow = @Sendable (IndexedCorpus, CollectionRow) -> CollectionRow?

  init(
    name: String, type: ValueType, summary: String, read: @escaping @Sendable (IndexedCorpus, CollectionRow) -> Value,
    readText: (@Sendable (IndexedCorpus, CollectionRow) -> TextSlice?)? = nil, link: Link? = nil,
    readEntityIndex: (@Sendable (IndexedCorpus, CollectionRow) -> Int?)? = nil
  ) {
    self.name = name
    self.type = type
    self.summary = summary
    self.read = read
    self.readText = readText
    self.link = link
    self.readEntityIndex = readEntityIndex
  }

  /// The collection a dotted path after this field names fields of (`articles` after `article`), if any.
  public var linkedCollection: String? { link?.collection }

  /// The same field read on the row `row` maps to, named `name`: a dotted path's last step, or an article field
  /// copied onto its sub-rows.
  func reached(through row: @escaping LinkedRow, as name: String) -> Field {
    let read = self.read
    let readThrough: @Sendable (IndexedCorpus, CollectionRow) -> Value = { corpus, origin in
      guard let target = row(corpus, origin) else { return .null }
      return read(corpus, target)
    }
    var readTextThrough: (@Sendable (IndexedCorpus, CollectionRow) -> TextSlice?)? = nil
    if let readText {
      readTextThrough = { corpus, origin in
        guard let target = row(corpus, origin) else { return nil }
        return readText(corpus, target)
      }
    }
    var linkThrough: Link? = nil
    if let link {
      linkThrough = Link(
        collection: link.collection,
        row: { corpus, origin in
          guard let target = row(corpus, origin) else { return nil }
          return link.row(corpus, target)
        })
    }
    return Field(
      name: name, type: type, summary: summary, read: readThrough, readText: readTextThrough, link: linkThrough)
  }

}

/// A collection a query can start from: its rows and their fields.
public struct CollectionSchema: Sendable {
  public let name: String
  /// One line for `.schema` and completion.
  public let summary: String
  /// In the order `.schema` lists them.
  public let fields: [Field]
  let shape: CollectionRows.Shape
  private let fieldIndexByName: [String: Int]

  init(name: String, summary: String, shape: CollectionRows.Shape, fields: [Field]) {
    self.name = name
    self.summary = summary
    self.shape = shape
    self.fields = fields
    fieldIndexByName = Dictionary(fields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The field of this name, not a dotted path.
  public func field(named name: String) -> Field? { fieldIndexByName[name].map { fields[$0] } }

  public var fieldNames: [String] { fields.map(\.name) }

  /// The rows of this collection, article by article in corpus order; `articles` narrows them to a range of
  /// article indices, for queries that touch a few articles only (it does not narrow `entities`).
  public func rows(in corpus: Corpus, articles: Range<Int>? = nil) -> CollectionRows {
    let all = 0..<corpus.articles.count
    return CollectionRows(corpus: corpus, articles: articles.map { $0.clamped(to: all) } ?? all, shape: shape)
  }

  /// The number of rows, counted without visiting them.
  public func rowCount(in corpus: Corpus) -> Int {
    switch shape {
    case .articles: corpus.articles.count
    case .entities: corpus.entities.count
    case .perArticle(let count): corpus.articles.reduce(0) { $0 + count($1) }
    }
  }
}
