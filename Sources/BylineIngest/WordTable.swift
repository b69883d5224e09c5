/// A fixed open-addressing table from word hashes to small values. Word hashes are already well mixed
/// (FNV-1a), so the table indexes by their low bits instead of hashing them again as `Dictionary` does;
/// lookups run once per word of every line.
struct WordTable<Value: Sendable>: Sendable {
  private var keys: [UInt64]
  private var values: [Value?]
  private let mask: Int

  init(_ entries: [UInt64: Value]) {
    var capacity = 16
    while capacity < entries.count * 4 { capacity *= 2 }
    keys = Array(repeating: 0, count: capacity)
    values = Array(repeating: nil, count: capacity)
    mask = capacity - 1
    for (key, value) in entries {
      var slot = Int(truncatingIfNeeded: key) & mask
      while values[slot] != nil { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = value
    }
  }

  @inline(__always)
  subscript(key: UInt64) -> Value? {
    var slot = Int(truncatingIfNeeded: key) & mask
    while let value = values[slot] {
      if keys[slot] == key { return value }
      slot = (slot + 1) & mask
    }
    return nil
  }
}
