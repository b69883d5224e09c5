/// `group`: one row per distinct key, in the order keys first appear, with `count` and the aggregates.
final class GroupOperator: RowOperator {
  private struct Group {
    var keys: [Value]
    var count: Int
    var accumulators: [Accumulator]
  }

  private let next: RowOperator
  private let keys: [CompiledExpression]
  private let aggregates: [(Aggregate, CompiledExpression?)]
  private let range: SourceRange
  private var groupIndexByKeys: [[Value]: Int] = [:]
  /// One key, the common case (`group speaker`): looked up as itself, without an array per row.
  private var groupIndexByKey: [Value: Int] = [:]
  private var groups: [Group] = []

  init(
    next: RowOperator, keys: [CompiledExpression], aggregates: [(Aggregate, CompiledExpression?)], range: SourceRange
  ) {
    self.next = next
    self.keys = keys
    self.aggregates = aggregates
    self.range = range
  }

  func accept(_ row: Row) throws(RuntimeFailure) -> Bool {
    let index: Int
    if keys.count == 1 {
      let value = try keys[0].evaluate(row)
      if let existing = groupIndexByKey[value] {
        index = existing
      } else {
        index = groups.count
        groupIndexByKey[value] = index
        groups.append(Group(keys: [value], count: 0, accumulators: aggregates.map { $0.0.makeAccumulator() }))
      }
    } else {
      var values: [Value] = []
      values.reserveCapacity(keys.count)
      for key in keys { values.append(try key.evaluate(row)) }
      if let existing = groupIndexByKeys[values] {
        index = existing
      } else {
        index = groups.count
        groupIndexByKeys[values] = index
        groups.append(Group(keys: values, count: 0, accumulators: aggregates.map { $0.0.makeAccumulator() }))
      }
    }
    groups[index].count += 1
    for (position, (_, argument)) in aggregates.enumerated() {
      let value = try argument?.evaluate(row)
      do throws(EvaluationError) {
        try groups[index].accumulators[position].add(value)
      } catch {
        throw RuntimeFailure(error.message, at: range)
      }
    }
    return true
  }

  func finish() throws(RuntimeFailure) {
    groupIndexByKeys = [:]
    groupIndexByKey = [:]
    for group in groups {
      guard try next.accept(.cells(group.keys + [.integer(group.count)] + group.accumulators.map(\.result))) else {
        break
      }
    }
    groups = []
    try next.finish()
  }
}
