import BylineQuery

/// A cell as text for the formats that have no types of their own (table, csv, tsv, markdown): every
/// format prints the same value the same way, and only the escaping differs.
enum CellText {
  /// The text of `value`: null and non-finite numbers empty, dates ISO, entities by canonical name, lists
  /// joined with `; `, booleans `true`/`false`, numbers as `number(_:)` writes them.
  static func of(_ value: Value) -> String {
    switch value {
    case .null: ""
    case .bool(let flag): flag ? "true" : "false"
    case .integer(let integer): String(integer)
    case .number(let number): Self.number(number) ?? ""
    case .text(let text): text
    case .date(let date): date.iso
    case .list(let elements): elements.map(of).joined(separator: "; ")
    case .entity(let entity): entity.name
    }
  }

  /// A double with no noise and no loss: integral values below 10^16 as integers (`3`, not `3.0`), others in
  /// Swift's shortest form that reads back to the same double (`0.1`, `1.5e-07`, `1e+20`); nil for
  /// infinities and NaN.
  ///
  /// Integral doubles lose their `.0` because counts and sums computed in floating point are whole numbers to
  /// the reader, and jq prints them the same way. From 10^16 Swift switches to exponents, which keeps a
  /// double's last digits from pretending to a precision it does not have.
  static func number(_ value: Double) -> String? {
    guard value.isFinite else { return nil }
    if value == value.rounded(), abs(value) < 1e16 { return String(Int(value)) }
    return String(value)
  }

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
