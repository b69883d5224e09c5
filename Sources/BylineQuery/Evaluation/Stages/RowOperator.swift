/// One stage at run time. Rows are pushed through the stages one at a time, so `where` and `limit` never hold
/// more than a row, and `limit` stops the source early; `sort`, `group` and the other stages that need every
/// row keep them until `finish`.
protocol RowOperator: AnyObject {
  /// Takes one row; false when no more rows are wanted downstream (a `limit` is full).
  func accept(_ row: Row) throws(RuntimeFailure) -> Bool
  /// The source is exhausted: stages that wait for every row pass theirs on now.
  func finish() throws(RuntimeFailure)
}

/// The end of every pipeline: keeps the rows that come out.
final class RowCollector: RowOperator {
  private(set) var rows: [Row] = []

  func accept(_ row: Row) -> Bool {
    rows.append(row)
    return true
  }

  func finish() {}
}

/// `where`: passes the rows for which the condition is true; false and null both drop the row.
final class FilterOperator: RowOperator {
  private let next: RowOperator
  private let condition: CompiledExpression

  init(next: RowOperator, condition: CompiledExpression) {
    self.next = next
    self.condition = condition
  }

  func accept(_ row: Row) throws(RuntimeFailure) -> Bool {
    guard case .bool(true) = try condition.evaluate(row) else { return true }
    return try next.accept(row)
  }

  func finish() throws(RuntimeFailure) { try next.finish() }
}

/// `select`: computes the columns of each row.
final class ProjectOperator: RowOperator {
  private let next: RowOperator
  private let columns: [CompiledExpression]

  init(next: RowOperator, columns: [CompiledExpression]) {
    self.next = next
    self.columns = columns
  }

  func accept(_ row: Row) throws(RuntimeFailure) -> Bool {
    var cells: [Value] = []
    cells.reserveCapacity(columns.count)
    for column in columns { cells.append(try column.evaluate(row)) }
    return try next.accept(.cells(cells))
  }

  func finish() throws(RuntimeFailure) { try next.finish() }
}

/// `limit N`: passes N rows, then asks the source to stop.
final class LimitOperator: RowOperator {
  private let next: RowOperator
  private let limit: Int
  private var passed = 0

  init(next: RowOperator, limit: Int) {
    self.next = next
    self.limit = limit
  }

  func accept(_ row: Row) throws(RuntimeFailure) -> Bool {
    guard passed < limit else { return false }
    passed += 1
    let wantsMore = try next.accept(row)
    return wantsMore && passed < limit
  }

  func finish() throws(RuntimeFailure) { try next.finish() }
}

/// `offset N`: drops the first N rows.
final class OffsetOperator: RowOperator {
  private let next: RowOperator
  private var remaining: Int

  init(next: RowOperator, offset: Int) {
    self.next = next
    remaining = offset
  }

  func accept(_ row: Row) throws(RuntimeFailure) -> Bool {
    if remaining > 0 {
      remaining -= 1
      return true
    }
    return try next.accept(row)
  }

  func finish() throws(RuntimeFailure) { try next.finish() }
}

/// `count`: the number of rows, as one row.
final class CountOperator: RowOperator {
  private let next: RowOperator
  private var count = 0

  init(next: RowOperator) {
    self.next = next
  }

  func accept(_ row: Row) -> Bool {
    count += 1
    return true
  }

  func finish() throws(RuntimeFailure) {
    _ = try next.accept(.cells([.integer(count)]))
    try next.finish()
  }
}
