/// `distinct`: the first row of each distinct value of the keys, or of the whole row when no key is given.
final class DistinctOperator: RowOperator {
  private let next: RowOperator
  private let keys: [CompiledExpression]
  private var seenValues: Set<[Value]> = []
  private var seenRecords: Set<CollectionRow> = []

  init(next: RowOperator, keys: [CompiledExpression]) {
    self.next = next
    self.keys = keys
  }

  func accept(_ row: Row) throws(RuntimeFailure) -> Bool {
    if keys.isEmpty {
      switch row {
      case .record(let record):
        guard seenRecords.insert(record).inserted else { return true }
      case .cells(let cells):
        guard seenValues.insert(cells).inserted else { return true }
      }
      return try next.accept(row)
    }
    var values: [Value] = []
    values.reserveCapacity(keys.count)
    for key in keys { values.append(try key.evaluate(row)) }
    guard seenValues.insert(values).inserted else { return true }
    return try next.accept(row)
  }

  func finish() throws(RuntimeFailure) { try next.finish() }
}
