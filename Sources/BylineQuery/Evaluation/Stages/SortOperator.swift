/// `sort`: a stable sort by each key in turn, nulls last in either direction.
final class SortOperator: RowOperator {
  private let next: RowOperator
  private let keys: [CompiledExpression]
  private let descending: [Bool]
  /// When a `limit` follows, only this many rows leave the sort: they are selected, not all rows sorted.
  private let keepFirst: Int?
  private var rows: [Row] = []
  /// Every row's key values, key by key: `keyValues[key][row]`.
  private var keyValues: [[Value]]

  init(next: RowOperator, keys: [CompiledExpression], descending: [Bool], keepFirst: Int? = nil) {
    self.next = next
    self.keys = keys
    self.descending = descending
    self.keepFirst = keepFirst
    keyValues = Array(repeating: [], count: keys.count)
  }

  func accept(_ row: Row) throws(RuntimeFailure) -> Bool {
    for position in keys.indices { keyValues[position].append(try keys[position].evaluate(row)) }
    rows.append(row)
    return true
  }

  func finish() throws(RuntimeFailure) {
    let columns = keyValues.map(SortColumn.init)
    keyValues = []
    let descending = descending
    // Ties fall back to arrival order, which makes the sort stable whatever algorithm the library uses.
    let comesFirst = { (left: Int, right: Int) -> Bool in
      for position in columns.indices {
        switch columns[position].order(left, right) {
        case .equal: continue
        case .less: return !descending[position] || columns[position].isNull(right)
        case .greater: return descending[position] && !columns[position].isNull(left)
        }
      }
      return left < right
    }
    let order: [Int]
    if let keepFirst, keepFirst < rows.count / 2 {
      order = Self.first(keepFirst, of: rows.count, by: comesFirst)
    } else {
      order = Array(rows.indices).sorted(by: comesFirst)
    }
    for index in order {
      guard try next.accept(rows[index]) else { break }
    }
    rows = []
    try next.finish()
  }

  /// The first `count` of `0..<total` in the order `comesFirst` gives, in that order: a bounded heap whose top is
  /// the worst row kept, so `sort | limit 10` over a million rows costs a million cheap comparisons, not a sort.
  private static func first(_ count: Int, of total: Int, by comesFirst: (Int, Int) -> Bool) -> [Int] {
    guard count > 0 else { return [] }
    var heap: [Int] = []
    heap.reserveCapacity(count)
    func siftUp(_ start: Int) {
      var child = start
      while child > 0 {
        let parent = (child - 1) / 2
        guard comesFirst(heap[parent], heap[child]) else { return }
        heap.swapAt(parent, child)
        child = parent
      }
    }
    func siftDown() {
      var parent = 0
      while true {
        let left = 2 * parent + 1
        guard left < heap.count else { return }
        var worst = left
        if left + 1 < heap.count, comesFirst(heap[left], heap[left + 1]) { worst = left + 1 }
        guard comesFirst(heap[parent], heap[worst]) else { return }
        heap.swapAt(parent, worst)
        parent = worst
      }
    }
    for row in 0..<total {
      if heap.count < count {
        heap.append(row)
        siftUp(heap.count - 1)
      } else if comesFirst(row, heap[0]) {
        heap[0] = row
        siftDown()
      }
    }
    return heap.sorted(by: comesFirst)
  }
}

/// One sort key's values, unpacked into plain integers, numbers or strings when every value allows it, so that a
/// comparison is one machine compare rather than a walk through `Value`'s cases; anything else stays as values.
/// Nulls order after everything, as `Value.sortOrder` has them.
private enum SortColumn {
  case integers([Int?])
  case numbers([Double?])
  case texts([String?])
  case values([Value])

  init(_ values: [Value]) {
    if let integers = Self.unpack(values, { if case .integer(let value) = $0 { value } else { nil } }) {
      self = .integers(integers)
    } else if let numbers = Self.unpack(values, Self.number) {
      self = .numbers(numbers)
    } else if let texts = Self.unpack(values, Self.text) {
      self = .texts(texts)
    } else {
      self = .values(values)
    }
  }

  func isNull(_ row: Int) -> Bool {
    switch self {
    case .integers(let values): values[row] == nil
    case .numbers(let values): values[row] == nil
    case .texts(let values): values[row] == nil
    case .values(let values): values[row].isNull
    }
  }

  func order(_ left: Int, _ right: Int) -> ValueOrder {
    switch self {
    case .integers(let values): Self.order(values[left], values[right])
    case .numbers(let values): Self.order(values[left], values[right])
    case .texts(let values): Self.order(values[left], values[right])
    case .values(let values): values[left].sortOrder(against: values[right])
    }
  }

  private static func order<T: Comparable>(_ left: T?, _ right: T?) -> ValueOrder {
    switch (left, right) {
    case (nil, nil): .equal
    case (nil, _): .greater
    case (_, nil): .less
    case (let left?, let right?): left < right ? .less : left == right ? .equal : .greater
    }
  }

  /// The values as `T`, nulls as nil; nil when some value is of another kind.
  private static func unpack<T>(_ values: [Value], _ extract: (Value) -> T?) -> [T?]? {
    var unpacked: [T?] = []
    unpacked.reserveCapacity(values.count)
    for value in values {
      if value.isNull {
        unpacked.append(nil)
        continue
      }
      guard let plain = extract(value) else { return nil }
      unpacked.append(plain)
    }
    return unpacked
  }

  /// Decimals, and integers among them, but never NaN, which orders apart from every number.
  private static func number(_ value: Value) -> Double? {
    switch value {
    case .number(let number): number.isNaN ? nil : number
    default: nil
    }
  }

  /// Texts and entities, which order by their canonical name.
  private static func text(_ value: Value) -> String? {
    switch value {
    case .text(let text): text
    case .entity(let entity): entity.name
    default: nil
    }
  }
}
