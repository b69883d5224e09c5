/// The fields shown when a pipeline ends on rows of a collection without a `select`: the ones a reader scans
/// first, so a table fits a terminal; `select` shows any others.
enum DisplayColumns {
  static let fieldNames: [String: [String]] = [
    "articles": ["id", "date", "source", "title"],
    "blocks": ["article", "n", "kind", "text"],
    "sentences": ["article", "n", "text"],
    "quotes": ["article", "speaker", "cue", "kind", "text"],
    "entities": ["name", "kind", "mentions", "articles", "sources"],
    "mentions": ["article", "entity", "kind", "text"],
    "numbers": ["article", "value", "unit", "qualifier", "text"],
    "dates": ["article", "date", "precision", "text"],
    "metadata": ["article", "line", "role", "text"],
    "boilerplate": ["article", "line", "reason", "text"],
  ]

  /// The fields to show for a collection: its display list, or every field for one not listed.
  static func fields(of collection: CollectionSchema) -> [Field] {
    let names = fieldNames[collection.name] ?? collection.fieldNames
    return names.compactMap { collection.field(named: $0) }
  }
}
