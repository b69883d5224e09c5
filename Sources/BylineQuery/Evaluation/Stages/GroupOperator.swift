/// `group`: one row per distinct key, in the order keys first appear, with `count` and the aggregates.
final class GroupOperator: RowOperator {
  private let next: RowOperator
  private let keys: [CompiledExpression]
  private let aggregates: [(Aggregate, CompiledExpression?)]
  private let range: SourceRange
  private var tally = GroupTally()
  /// Per group, one accumulator per aggregate; empty when there are no aggregates.
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
    let index = try tally.add(row, keys: keys)
    guard !aggregates.isEmpty else { return true }
    if index == accumulators.count { accumulators.append(aggregates.map { $0.0.makeAccumulator() }) }
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

  func finish() throws(RuntimeFailure) {
    for index in tally.counts.indices {
      var cells = tally.keys[index]
      cells.reserveCapacity(cells.count + 1 + aggregates.count)
      cells.append(.integer(tally.counts[index]))
      if !aggregates.isEmpty { cells += accumulators[index].map(\.result) }
      guard try next.accept(.cells(cells)) else { break }
    }
    tally = GroupTally()
    accumulators = []
    try next.finish()
  }
}
