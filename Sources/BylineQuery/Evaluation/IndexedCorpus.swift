import BylineModel

/// A loaded corpus with the lookups queries need: articles by id, entities by canonical name and by any
/// spelling of their aliases. Built once per load, in time linear in the articles and entities.
public struct IndexedCorpus: Sendable {
  public let corpus: Corpus
  private let articleIndexByID: [String: Int]
  private let entityIndexByName: [String: Int]
  /// Folded name or alias → the entities (indices, ascending) that go by it.
  private let entityIndicesByFoldedName: [String: [Int]]
  /// Per article, the entity of each mention and of each quote's speaker (−1: none), resolved once so that a
  /// scan or a `group` over millions of mentions never looks a name up.
  private let mentionEntities: [[Int32]]
  /// Articles (indices, ascending) by their source and by their site, so `where source = "CNBC"` reads only those.
  private let articleIndicesBySource: [String: [Int]]
  private let articleIndicesBySite: [String: [Int]]
  /// Canonical names by entity index, apart from the rest of each entity, which a cell never needs.
  private let entityNames: [String]
  private let speakerEntities: [[Int32]]

  public init(_ corpus: Corpus) {
    self.corpus = corpus
    var articleIndexByID: [String: Int] = [:]
    articleIndexByID.reserveCapacity(corpus.articles.count)
    for (index, article) in corpus.articles.enumerated() { articleIndexByID[article.id] = index }
    var entityIndexByName: [String: Int] = [:]
    var entityIndicesByFoldedName: [String: [Int]] = [:]
    entityIndexByName.reserveCapacity(corpus.entities.count)
    for (index, entity) in corpus.entities.enumerated() {
      entityIndexByName[entity.name] = index
      var folded = Set([Entity.foldedName(entity.name)])
      for alias in entity.aliases { folded.insert(Entity.foldedName(alias)) }
      for name in folded { entityIndicesByFoldedName[name, default: []].append(index) }
    }
    self.articleIndexByID = articleIndexByID
    self.entityIndexByName = entityIndexByName
    self.entityIndicesByFoldedName = entityIndicesByFoldedName
    var bySource: [String: [Int]] = [:]
    var bySite: [String: [Int]] = [:]
    for (index, article) in corpus.articles.enumerated() {
      if let source = article.source { bySource[source, default: []].append(index) }
      if let site = article.site { bySite[site, default: []].append(index) }
    }
    articleIndicesBySource = bySource
    articleIndicesBySite = bySite
    entityNames = corpus.entities.map(\.name)
    mentionEntities = corpus.articles.map { article in
      article.mentions.map { Int32(entityIndexByName[$0.entity] ?? -1) }
    }
    speakerEntities = corpus.articles.map { article in
      article.quotes.map { quote in quote.speaker.flatMap { entityIndexByName[$0] }.map(Int32.init) ?? -1 }
    }
  }

  /// The articles (indices, ascending) that an equality on an article field selects.
  func articleIndices(where lookup: ArticleLookup) -> [Int] {
    switch lookup {
    case .id(let id): articleIndexByID[id].map { [$0] } ?? []
    case .source(let source): articleIndicesBySource[source] ?? []
    case .site(let site): articleIndicesBySite[site] ?? []
    }
  }

  /// The entity a mention refers to, as an index into `corpus.entities`.
  func entityIndex(ofMention mention: Int, inArticle article: Int) -> Int? {
    let index = mentionEntities[article][mention]
    return index < 0 ? nil : Int(index)
  }

  /// The entity that speaks a quote, as an index into `corpus.entities`.
  func entityIndex(ofSpeakerOfQuote quote: Int, inArticle article: Int) -> Int? {
    let index = speakerEntities[article][quote]
    return index < 0 ? nil : Int(index)
  }

  /// The entity at an index as a cell.
  func entityValue(index: Int) -> Value {
    .entity(EntityReference(index: index, name: entityNames[index]))
  }

  /// The index in `corpus.articles` of the article with this id.
  public func articleIndex(id: String) -> Int? { articleIndexByID[id] }

  /// The index in `corpus.entities` of the entity with this canonical name.
  public func entityIndex(name: String) -> Int? { entityIndexByName[name] }

  /// The entity with this canonical name as a cell; the name as text when no entity has it, which only a corpus
  /// assembled by hand can cause.
  public func entityValue(name: String) -> Value {
    guard let index = entityIndexByName[name] else { return .text(name) }
    return .entity(EntityReference(index: index, name: name))
  }

  /// The entities (indices, ascending) whose canonical name or one of whose aliases is `name` written another
  /// way: "Kim Jong-un" finds the entity of "Kim Jong Un".
  public func entityIndices(matching name: String) -> [Int] {
    entityIndicesByFoldedName[Entity.foldedName(name.trimmed)] ?? []
  }
}

/// A `where` that names the articles its rows can come from: `articles | where source = "CNBC"`,
/// `sentences | where article = "cnbc-kim"`. The evaluator then reads those articles' rows only.
enum ArticleLookup: Sendable {
  case id(String)
  case source(String)
  case site(String)

  /// The lookup a condition amounts to on rows of `collection`, if any: a field of the article compared with `=`
  /// to a text literal.
  static func of(_ condition: Expression, on collection: CollectionSchema) -> ArticleLookup? {
    guard collection.name != "entities", case .binary(.equal, let left, let right) = condition.kind else { return nil }
    let sides = [(left, right), (right, left)]
    for (field, literal) in sides {
      guard case .name(let name) = field.kind, case .literal(.string(let text)) = literal.kind else { continue }
      switch name.text {
      case "id" where collection.name == "articles": return .id(text)
      case "article" where collection.name != "articles": return .id(text)
      case "source": return .source(text)
      case "site": return .site(text)
      default: continue
      }
    }
    return nil
  }
}
