import BylineQuery

/// A cell as text for the formats that have no types of their own (table, csv, tsv, markdown): every
/// format prints the same value the same way, and only the escaping differs.
enum CellText {
  /// The text of `value`, as `Value.plainText` writes it; null (and non-finite numbers) empty. A null inside a
  /// list keeps its place as an empty element (`a; ; b`), so the cells line up with the JSON array.
  static func of(_ value: Value) -> String {
    if case .list(let elements) = value { return elements.map(of).joined(separator: "; ") }
    return value.plainText ?? ""
  }

  /// A double as every format prints it (`Value.decimalText`); nil for infinities and NaN.
  static func number(_ value: Double) -> String? { Value.decimalText(value) }

  /// Whether `table` and `markdown` align the column right: when it asks to, or holds numbers (by its type, or
  /// when the checker could not tell, by its cells).
  static func isNumeric(_ column: Int, of table: ResultTable) -> Bool {
    if table.columns[column].alignment == .right { return true }
    switch table.columns[column].type {
    case .integer, .number: return true
    case .any:
      var sawNumber = false
      for row in table.rows where column < row.count {
        switch row[column] {
        case .integer, .number: sawNumber = true
        case .null: continue
        default: return false
        }
      }
      return sawNumber
    default: return false
    }
  }
}
