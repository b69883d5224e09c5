/// The outcome of one statement: named, typed columns and rows of cells, in order. Every output format is a
/// writer over this one shape.
public struct ResultTable: Sendable {
  public struct Column: Hashable, Sendable {
    public var name: String
    public var type: ValueType

    public init(name: String, type: ValueType) {
      self.name = name
      self.type = type
    }
  }

  public var columns: [Column]
  /// Each row has exactly one cell per column.
  public var rows: [[Value]]

  public init(columns: [Column], rows: [[Value]] = []) {
    self.columns = columns
    self.rows = rows
  }
}
