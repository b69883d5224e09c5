/// `group`: one row per distinct key, in the order keys first appear, with `count` and the aggregates.
final class GroupOperator: RowOperator {
  private let next: RowOperator
  private let keys: [CompiledExpression]
  private let aggregates: [(Aggregate, CompiledExpression?)]
  private let range: SourceRange
  /// One key, the common case (`group speaker`): looked up as itself, without an array per row.
  private var groupIndexByKey: [Value: Int] = [:]
  private var groupIndexByKeys: [[Value]: Int] = [:]
  /// A key given as ordinals (an entity field): the group of each ordinal, −1 for none yet, the last slot for null.
  private var groupIndexByOrdinal: [Int32] = []
  // Parallel arrays, one element per group: a row touches only the count (and the accumulators when there are
  // aggregates), never a struct holding everything.
  private var groupKeys: [[Value]] = []
  private var counts: [Int] = []
  private var accumulators: [[Accumulator]] = []

  init(
    next: RowOperator, keys: [CompiledExpression], aggregates: [(Aggregate, CompiledExpression?)], range: SourceRange
  ) {
    self.next = next
    self.keys = keys
    self.aggregates = aggregates
    self.range = range
  }

  func accept(_ row: Row) throws(RuntimeFailure) -> Bool {
    let index = try groupIndex(of: row)
    counts[index] &+= 1
    guard !aggregates.isEmpty else { return true }
    for position in aggregates.indices {
      let value = try aggregates[position].1?.evaluate(row)
      do throws(EvaluationError) {
        try accumulators[index][position].add(value)
      } catch {
        throw RuntimeFailure(error.message, at: range)
      }
    }
    return true
  }

  private func groupIndex(of row: Row) throws(RuntimeFailure) -> Int {
    if keys.count == 1, let ordinal = keys[0].ordinal, case .record(let record) = row {
      if groupIndexByOrdinal.isEmpty { groupIndexByOrdinal = Array(repeating: -1, count: ordinal.count + 1) }
      let slot = ordinal.index(record) ?? ordinal.count
      let existing = groupIndexByOrdinal[slot]
      if existing >= 0 { return Int(existing) }
      groupIndexByOrdinal[slot] = Int32(counts.count)
      return newGroup([slot == ordinal.count ? .null : ordinal.value(slot)])
    }
    if keys.count == 1 {
      let value = try keys[0].evaluate(row)
      if let existing = groupIndexByKey[value] { return existing }
      groupIndexByKey[value] = counts.count
      return newGroup([value])
    }
    var values: [Value] = []
    values.reserveCapacity(keys.count)
    for key in keys { values.append(try key.evaluate(row)) }
    if let existing = groupIndexByKeys[values] { return existing }
    groupIndexByKeys[values] = counts.count
    return newGroup(values)
  }

  private func newGroup(_ values: [Value]) -> Int {
    groupKeys.append(values)
    counts.append(0)
    if !aggregates.isEmpty { accumulators.append(aggregates.map { $0.0.makeAccumulator() }) }
    return counts.count - 1
  }

  func finish() throws(RuntimeFailure) {
    groupIndexByKey = [:]
    groupIndexByKeys = [:]
    groupIndexByOrdinal = []
    for index in counts.indices {
      var cells = groupKeys[index]
      cells.reserveCapacity(cells.count + 1 + aggregates.count)
      cells.append(.integer(counts[index]))
      if !aggregates.isEmpty { cells += accumulators[index].map(\.result) }
      guard try next.accept(.cells(cells)) else { break }
    }
    groupKeys = []
    counts = []
    accumulators = []
    try next.finish()
  }
}
