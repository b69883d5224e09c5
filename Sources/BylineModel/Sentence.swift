/// One sentence of the body, as a byte range into `Article.text`.
public struct Sentence: Hashable, Sendable {
  /// Index of the containing block in `Article.blocks`.
  public var block: Int
  public var range: Range<Int>

  public init(block: Int, range: Range<Int>) {
    self.block = block
    self.range = range
  }
}
