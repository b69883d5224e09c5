/// A row on its way through a pipeline: a row of a collection, whose fields are read only when a stage asks for
/// them, or computed cells after `select`, `group` and the other stages that make new columns.
enum Row: Sendable {
  case record(CollectionRow)
  case cells([Value])
}

/// What the rows at one point of a pipeline are, as the checker knows before anything runs.
enum RowShape: Sendable {
  /// Rows of a collection, every field (and dotted path) readable.
  case records(CollectionSchema)
  /// Computed columns.
  case cells([ResultTable.Column])

  /// The names a bare word may refer to here, for "did you mean".
  var fieldNames: [String] {
    switch self {
    case .records(let collection): collection.fieldNames
    case .cells(let columns): columns.map(\.name)
    }
  }

  /// "rows of quotes" or "the columns speaker, count", for messages that say what a stage found.
  var ownerDescription: String {
    switch self {
    case .records(let collection): "rows of \(collection.name)"
    case .cells(let columns): "the columns " + columns.map(\.name).joined(separator: ", ")
    }
  }
}
