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

/// A growable set of word hashes, for the per-page vocabularies (the prose's words, its proper names).
/// Like `WordTable` it indexes by the hash's own bits rather than hashing again.
struct WordSet {
  private var slots: [UInt64]
  private var count = 0

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = Array(repeating: 0, count: size)
  }

  /// Zero marks an empty slot; a word hashing to zero is stored as one.
  @inline(__always)
  private static func key(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

  mutating func insert(_ hash: UInt64) {
    if (count + 1) * 2 > slots.count { grow() }
    let key = Self.key(hash)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: key) & mask
    while slots[slot] != 0 {
      if slots[slot] == key { return }
      slot = (slot + 1) & mask
    }
    slots[slot] = key
    count += 1
  }

  mutating func formUnion(_ hashes: [UInt64]) {
    for hash in hashes { insert(hash) }
  }

  @inline(__always)
  func contains(_ hash: UInt64) -> Bool {
    let key = Self.key(hash)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: key) & mask
    while slots[slot] != 0 {
      if slots[slot] == key { return true }
      slot = (slot + 1) & mask
    }
    return false
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: 0, count: old.count * 2)
    count = 0
    for key in old where key != 0 { insert(key) }
  }
}

extension WordTable where Value == Bool {
  /// A fixed set of words, given as text and hashed as `LineFeatures` hashes words.
  init(words: [String]) {
    var entries: [UInt64: Bool] = [:]
    for word in words { entries[StopWords.hash(Array(StopWords.normalizedWord(Substring(word)).utf8)[...])] = true }
    self.init(entries)
  }

  @inline(__always)
  func contains(_ hash: UInt64) -> Bool { self[hash] != nil }
}
