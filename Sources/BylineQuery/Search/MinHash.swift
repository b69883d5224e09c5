/// MinHash signatures and LSH banding: the pairs of sets likely to be similar, found in near-linear time.
///
/// 40 hash functions in 20 bands of 2 rows: a pair with Jaccard similarity 0.35 becomes a candidate with
/// probability 1 − (1 − 0.35²)²⁰ ≈ 0.93, one at 0.5 with ≈ 0.997, and one at 0.1 with ≈ 0.18; candidates are
/// then checked exactly, so the banding only decides what is compared.
enum MinHash {
  static let bands = 20
  static let rows = 2
  /// A bucket larger than this (sets sharing a very common word as their minimum) is compared only along a
  /// window, so that no bucket costs quadratic time.
  static let bucketWindow = 32

  /// The signature of a set of hashed features: for each hash function, the least hash of any feature.
  static func signature(of features: [UInt64]) -> [UInt64] {
    var signature = [UInt64](repeating: .max, count: bands * rows)
    for feature in features {
      for function in 0..<signature.count {
        let value = mix(feature ^ seeds[function])
        if value < signature[function] { signature[function] = value }
      }
    }
    return signature
  }

  /// Calls `body` with the candidate pairs (indices into `signatures`, first < second), possibly repeated.
  static func candidatePairs(_ signatures: [[UInt64]], _ body: (Int, Int) -> Void) {
    let count = signatures.count
    guard count > 1 else { return }
    var keys = [UInt64](repeating: 0, count: count)
    for band in 0..<bands {
      for (item, signature) in signatures.enumerated() {
        var hash = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
        for row in 0..<rows { hash = mix(hash ^ signature[band * rows + row]) }
        // The bucket hash in the high half, the item in the low: one integer sort groups the buckets.
        keys[item] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(item)
      }
      keys.sort()
      var start = 0
      while start < count {
        var end = start + 1
        while end < count, keys[end] >> 32 == keys[start] >> 32 { end += 1 }
        for first in start..<end {
          for second in (first + 1)..<min(end, first + 1 + bucketWindow) {
            let (a, b) = (Int(keys[first] & 0xFFFF_FFFF), Int(keys[second] & 0xFFFF_FFFF))
            body(min(a, b), max(a, b))
          }
        }
        start = end
      }
    }
  }

  /// SplitMix64's finaliser: a cheap hash with every output bit depending on every input bit.
  @inline(__always)
  static func mix(_ value: UInt64) -> UInt64 {
    var value = value &+ 0x9E37_79B9_7F4A_7C15
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  private static let seeds: [UInt64] = (0..<(bands * rows)).map { mix(UInt64($0) &* 0x2545_F491_4F6C_DD1D) }
}
