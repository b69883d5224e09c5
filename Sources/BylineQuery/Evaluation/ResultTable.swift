/// The outcome of one statement: named, typed columns and rows of cells, in order. Every output format is a
/// writer over this one shape.
public struct ResultTable: Sendable {
  public struct Column: Hashable, Sendable {
    /// How `table` and `markdown` line up a column's cells.
    public enum Alignment: Hashable, Sendable {
      /// Numbers right, everything else left.
      case automatic
      /// Right, whatever the type: the left context of a concordance line, so that every hit starts in one
      /// column.
      case right
    }

    public var name: String
    public var type: ValueType
    public var alignment: Alignment

    public init(name: String, type: ValueType, alignment: Alignment = .automatic) {
      self.name = name
      self.type = type
      self.alignment = alignment
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
