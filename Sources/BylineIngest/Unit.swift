import BylineModel

/// A run of physical lines read as one unit of text: one line, or a paragraph a text browser wrapped
/// over several lines.
struct Unit {
  /// Indexes into `Page.lines`: a unit is always a run of consecutive lines.
  var lines: Range<Int>
  var features: LineFeatures
  var label: Label = .undecided
  /// Content class before smoothing (jusText's good / near-good / short / bad).
  var quality: Quality = .short

  enum Quality: Equatable {
    case good, nearGood, short, bad
  }

  /// Where a unit ends up.
  enum Label: Equatable {
    case undecided
    case body(Block.Kind)
    case metadata(MetadataLine.Role)
    case boilerplate(String)

    var isBoilerplate: Bool {
      if case .boilerplate = self { return true }
      return false
    }
    var isMetadata: Bool {
      if case .metadata = self { return true }
      return false
    }
    var isUndecided: Bool { self == .undecided }
  }
}

extension Page {
  /// A word's crude stem: the hash of its first five lower-cased bytes, so "floods" meets "floodplain"
  /// and "sign" meets "signed". Computed on demand for the few lines that compare vocabularies.
  func stemHash(of range: Range<Int>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes[range.lowerBound..<min(range.upperBound, range.lowerBound + 5)] {
      let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      hash = (hash ^ UInt64(lowered)) &* 0x100_0000_01b3
    }
    return hash
  }

  /// A unit's text: its trimmed lines joined by single spaces, as a wrapped paragraph reads.
  func text(of unit: Unit) -> String {
    if unit.lines.count == 1 { return text(lines[unit.lines.lowerBound]) }
    var bytes: [UInt8] = []
    for (position, index) in unit.lines.enumerated() {
      if position > 0 { bytes.append(0x20) }
      bytes += self.bytes[lines[index].content]
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
