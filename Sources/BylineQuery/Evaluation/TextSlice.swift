/// A stretch of a text as the string and a UTF-8 byte range into it: what a body-backed field (a sentence, a
/// quote) is, before anything needs it as a String.
///
/// Making a `Substring` validates its indices and costs about as much as a short search, so scans over millions
/// of sentences (`contains`, regexes) read the bytes of a slice instead.
public struct TextSlice: Sendable {
  /// The text the slice is part of.
  public let base: String
  /// UTF-8 byte offsets into `base`, on scalar boundaries.
  public let range: Range<Int>

  public init(_ base: String, range: Range<Int>) {
    self.base = base
    self.range = range
  }

  /// The whole of a text.
  public init(_ text: String) {
    self.init(text, range: 0..<text.utf8.count)
  }

  /// Calls `body` with the slice's UTF-8 bytes, without copying them when the string is stored as UTF-8.
  public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    if let result = try base.utf8.withContiguousStorageIfAvailable({
      try body(UnsafeBufferPointer(rebasing: $0[range]))
    }) {
      return result
    }
    return try Array(base.utf8.dropFirst(range.lowerBound).prefix(range.count)).withUnsafeBufferPointer(body)
  }

  public var substring: Substring {
    let utf8 = base.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    return base[start..<utf8.index(start, offsetBy: range.count)]
  }

  public var string: String {
    range.count == base.utf8.count ? base : String(substring)
  }
}
