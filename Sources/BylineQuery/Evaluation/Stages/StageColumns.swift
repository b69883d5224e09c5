/// The columns of search hits: where each hit is, the sentence it is in, the words that matched and how well.
enum SearchColumns {
  static let columns: [ResultTable.Column] = [
    .init(name: "article", type: .text), .init(name: "source", type: .text), .init(name: "site", type: .text),
    .init(name: "date", type: .date), .init(name: "title", type: .text), .init(name: "block", type: .integer),
    .init(name: "sentence", type: .integer), .init(name: "text", type: .text), .init(name: "hit", type: .text),
    .init(name: "position", type: .integer), .init(name: "score", type: .number),
  ]

  // Positions of the columns `kwic` reads.
  static let article = 0
  static let source = 1
  static let text = 7
  static let hit = 8
  static let position = 9
}

/// The columns of `kwic`: the hit with its context on either side.
enum ConcordanceColumns {
  static let columns: [ResultTable.Column] = [
    .init(name: "source", type: .text), .init(name: "article", type: .text),
    .init(name: "left", type: .text, alignment: .right),
    .init(name: "hit", type: .text), .init(name: "right", type: .text),
  ]
}

/// The columns of `cluster`: one statement as several outlets carry it.
enum ClusterColumns {
  static let columns: [ResultTable.Column] = [
    .init(name: "text", type: .text), .init(name: "count", type: .integer), .init(name: "articles", type: .integer),
    .init(name: "sources", type: .integer), .init(name: "outlets", type: .list(.text)),
    .init(name: "speakers", type: .list(.entity)), .init(name: "variants", type: .list(.text)),
  ]
}
