/// Groups and their row counts, in the order their keys first appear.
struct GroupTally {
  private var indexByKey: [Value: Int] = [:]
  private var indexByKeys: [[Value]: Int] = [:]
  /// For a key given as ordinals: the group of each ordinal (−1: none yet), the last slot for null.
  private var indexByOrdinal: [Int32] = []
  private(set) var keys: [[Value]] = []
  private(set) var counts: [Int] = []

  /// Counts one row into its group and returns the group's index. A key that is an entity field (given as
  /// ordinals) is counted into an array by entity index; other keys are hashed, one key as itself, several as an
  /// array.
  @discardableResult
  mutating func add(_ row: Row, keys expressions: [CompiledExpression]) throws(RuntimeFailure) -> Int {
    if expressions.count == 1, let ordinal = expressions[0].ordinal, case .record(let record) = row {
      if indexByOrdinal.isEmpty { indexByOrdinal = Array(repeating: -1, count: ordinal.count + 1) }
      let slot = ordinal.index(record) ?? ordinal.count
      let existing = indexByOrdinal[slot]
      if existing >= 0 {
        counts[Int(existing)] &+= 1
        return Int(existing)
      }
      indexByOrdinal[slot] = Int32(counts.count)
      append([slot == ordinal.count ? .null : ordinal.value(slot)], count: 1)
      return counts.count - 1
    }
    if expressions.count == 1 {
      // One key is looked up as itself: an array per row only for a new group.
      let value = try expressions[0].evaluate(row)
      if let existing = indexByKey[value] {
        counts[existing] &+= 1
        return existing
      }
      return add([value], count: 1)
    }
    var values: [Value] = []
    values.reserveCapacity(expressions.count)
    for expression in expressions { values.append(try expression.evaluate(row)) }
    return add(values, count: 1)
  }

  /// Adds `count` rows to the group of these key values and returns the group's index.
  @discardableResult
  mutating func add(_ values: [Value], count: Int) -> Int {
    if values.count == 1 {
      if let existing = indexByKey[values[0]] {
        counts[existing] &+= count
        return existing
      }
      indexByKey[values[0]] = counts.count
    } else {
      if let existing = indexByKeys[values] {
        counts[existing] &+= count
        return existing
      }
      indexByKeys[values] = counts.count
    }
    append(values, count: count)
    return counts.count - 1
  }

  private mutating func append(_ values: [Value], count: Int) {
    keys.append(values)
    counts.append(count)
  }
}
