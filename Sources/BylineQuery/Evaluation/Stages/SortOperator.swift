/// `sort`: a stable sort by each key in turn, nulls last in either direction.
final class SortOperator: RowOperator {
  private let next: RowOperator
  private let keys: [CompiledExpression]
  private let descending: [Bool]
  private var rows: [Row] = []
  private var keyValues: [[Value]] = []

  init(next: RowOperator, keys: [CompiledExpression], descending: [Bool]) {
    self.next = next
    self.keys = keys
    self.descending = descending
  }

  func accept(_ row: Row) throws(RuntimeFailure) -> Bool {
    var values: [Value] = []
    values.reserveCapacity(keys.count)
    for key in keys { values.append(try key.evaluate(row)) }
    rows.append(row)
    keyValues.append(values)
    return true
  }

  func finish() throws(RuntimeFailure) {
    let keyValues = keyValues
    let descending = descending
    // Ties fall back to arrival order, which makes the sort stable whatever algorithm the library uses.
    let order = keyValues.indices.sorted { left, right in
      for position in descending.indices {
        let leftValue = keyValues[left][position]
        let rightValue = keyValues[right][position]
        switch leftValue.sortOrder(against: rightValue) {
        case .equal: continue
        case .less: return leftValue.isNull || rightValue.isNull || !descending[position]
        case .greater: return !(leftValue.isNull || rightValue.isNull) && descending[position]
        }
      }
      return left < right
    }
    for index in order {
      guard try next.accept(rows[index]) else { break }
    }
    rows = []
    try next.finish()
  }
}
