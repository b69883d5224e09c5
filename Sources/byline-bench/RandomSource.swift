/// A seeded pseudo-random generator (SplitMix64) with the few draws the corpus generator needs.
///
/// The draws are implemented here rather than through `Int.random(in:using:)` or `shuffled(using:)`:
/// the standard library does not promise that those keep their algorithm across toolchains, and the
/// benchmark corpus must be byte-for-byte the same on every machine and every run, so that figures
/// taken months apart describe the same input.
struct RandomSource {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  /// A generator for one item of a family (one article, one pool), independent of every other item,
  /// so items can be generated in any order or in parallel and still come out the same.
  init(seed: UInt64, stream: Int) {
    state = seed
    state = next() ^ (UInt64(truncatingIfNeeded: stream) &* 0xD6E8_FEB8_6659_FD93)
    _ = next()
  }

  /// SplitMix64 (Steele, Lea, Flood 2014): passes BigCrush, one add and three multiply-xorshifts.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A number in `0..<bound` by multiply-shift; the bias (bound / 2^64) is far below anything visible.
  mutating func int(below bound: Int) -> Int {
    precondition(bound > 0, "empty range")
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A number in `range`, both ends included.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + int(below: range.count)
  }

  /// True with the given probability (0...1).
  mutating func chance(_ probability: Double) -> Bool {
    // 53 random bits make an evenly spaced double in [0, 1).
    Double(next() >> 11) * 0x1p-53 < probability
  }

  /// One element of a non-empty array.
  mutating func pick<Element>(_ elements: [Element]) -> Element {
    elements[int(below: elements.count)]
  }

  /// `count` distinct elements of `elements`, in random order (a partial Fisher–Yates shuffle).
  mutating func pick<Element>(_ count: Int, of elements: [Element]) -> [Element] {
    var pool = elements
    let wanted = min(count, pool.count)
    for index in 0..<wanted {
      pool.swapAt(index, index + int(below: pool.count - index))
    }
    return Array(pool[0..<wanted])
  }

  /// An index drawn by weight: `weighted([70, 20, 10])` returns 0 seven times in ten.
  mutating func weighted(_ weights: [Int]) -> Int {
    var draw = int(below: weights.reduce(0, +))
    for (index, weight) in weights.enumerated() {
      if draw < weight { return index }
      draw -= weight
    }
    return weights.count - 1
  }
}
