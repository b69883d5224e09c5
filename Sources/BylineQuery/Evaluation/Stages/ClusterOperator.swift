import BylineModel

/// `cluster`: gathers the quotes or sentences, then passes on one row per group of near-identical statements,
/// with the outlets that carry it and the wordings they use.
final class ClusterOperator: RowOperator {
  private let next: RowOperator
  private let corpus: IndexedCorpus
  private let text: Field
  private let speaker: Field?
  private let threshold: Double
  private var records: [CollectionRow] = []

  init(next: RowOperator, corpus: IndexedCorpus, collection: CollectionSchema, threshold: Double) {
    self.next = next
    self.corpus = corpus
    // The checker admits quotes and sentences only, and both have a text.
    text = collection.field(named: "text") ?? collection.fields[0]
    speaker = collection.field(named: "speaker")
    self.threshold = threshold
  }

  func accept(_ row: Row) -> Bool {
    if case .record(let record) = row { records.append(record) }
    return true
  }

  func finish() throws(RuntimeFailure) {
    let texts = records.map { text.read(corpus, $0).plainText ?? "" }
    let articles = records.map { Int($0.article) }
    for group in Clustering.clusters(of: texts, articles: articles, threshold: threshold) {
      guard try next.accept(.cells(cells(of: group, texts: texts))) else { break }
    }
    records = []
    try next.finish()
  }

  private func cells(of group: [Int], texts: [String]) -> [Value] {
    var outlets: [String] = []
    var speakers: [Value] = []
    var variants: [String] = []
    for member in group {
      let article = corpus.corpus.articles[Int(records[member].article)]
      if let source = article.source ?? article.site, !outlets.contains(source) { outlets.append(source) }
      if let speaker, case let value = speaker.read(corpus, records[member]), !value.isNull, !speakers.contains(value) {
        speakers.append(value)
      }
      if !variants.contains(texts[member]) { variants.append(texts[member]) }
    }
    let articleCount = Set(group.map { records[$0].article }).count
    return [
      .text(texts[group[0]]), .integer(group.count), .integer(articleCount), .integer(outlets.count),
      .list(outlets.sorted().map(Value.text)), .list(speakers), .list(variants.map(Value.text)),
    ]
  }
}
