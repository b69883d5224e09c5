/// A half-open range of UTF-8 byte offsets into a query's text: what every token, AST node and diagnostic
/// points at. Line and column are derived from it only when a diagnostic is rendered.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
  public var lowerBound: Int
  public var upperBound: Int

  public init(_ lowerBound: Int, _ upperBound: Int) {
    self.lowerBound = lowerBound
    self.upperBound = max(lowerBound, upperBound)
  }

  public init(_ range: Range<Int>) {
    self.init(range.lowerBound, range.upperBound)
  }

  /// An empty range at one offset, for "expected … here" at the end of input.
  public static func at(_ offset: Int) -> SourceRange { SourceRange(offset, offset) }

  public var count: Int { upperBound - lowerBound }
  public var isEmpty: Bool { lowerBound == upperBound }
  public var range: Range<Int> { lowerBound..<upperBound }

  /// The smallest range covering both, as a binary node covers its operands.
  public func joined(with other: SourceRange) -> SourceRange {
    SourceRange(min(lowerBound, other.lowerBound), max(upperBound, other.upperBound))
  }

  public var description: String { "\(lowerBound)..<\(upperBound)" }
}
