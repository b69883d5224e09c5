/// A set of byte strings numbered in insertion order, stored in one arena: the vocabulary while indexing.
///
/// A `[String: Int]` would hash each term through Unicode normalisation and allocate a string per term.
struct TermTable {
  /// The bytes of term `i` are `bytes[starts[i] ..< starts[i + 1]]`.
  private(set) var bytes: [UInt8] = []
  private(set) var starts: [Int] = [0]
  /// Open addressing, linear probing; -1 is an empty slot.
  private var slots: [Int32]
  private var hashes: [UInt64] = []

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: -1, count: size)
  }

  var count: Int { starts.count - 1 }

  func term(_ id: Int) -> ArraySlice<UInt8> { bytes[starts[id]..<starts[id + 1]] }

  /// The number of `term`, added if new.
  mutating func insert(_ term: UnsafeBufferPointer<UInt8>) -> Int32 {
    let hash = Self.hash(term)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let id = slots[slot]
      if id < 0 { break }
      if hashes[Int(id)] == hash && equals(Int(id), term) { return id }
      slot = (slot + 1) & mask
    }
    let id = Int32(count)
    slots[slot] = id
    hashes.append(hash)
    bytes.append(contentsOf: term)
    starts.append(bytes.count)
    if count * 2 > slots.count { grow() }
    return id
  }

  private func equals(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[id]
    guard starts[id + 1] - start == term.count else { return false }
    for offset in 0..<term.count where bytes[start + offset] != term[offset] { return false }
    return true
  }

  private mutating func grow() {
    var grown = [Int32](repeating: -1, count: slots.count * 2)
    let mask = grown.count - 1
    for (id, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while grown[slot] >= 0 { slot = (slot + 1) & mask }
      grown[slot] = Int32(id)
    }
    slots = grown
  }

  /// FNV-1a, then a final mix so that the low bits the mask keeps depend on every byte.
  private static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in term { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    hash ^= hash >> 29
    hash = hash &* 0xbf58_476d_1ce4_e5b9
    return hash ^ (hash >> 32)
  }
}
