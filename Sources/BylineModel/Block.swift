/// One unit of an article's body, as a byte range into `Article.text`.
public struct Block: Hashable, Sendable {
  /// What the block is in the story's structure.
  public enum Kind: String, Sendable, CaseIterable {
    case heading, paragraph
    case listItem = "list_item"
    case caption
  }

  public var kind: Kind
  /// UTF-8 byte offsets into the article's body text.
  public var range: Range<Int>
  /// 1-based numbers of the source lines the block was made from.
  public var lines: ClosedRange<Int>

  public init(kind: Kind, range: Range<Int>, lines: ClosedRange<Int>) {
    self.kind = kind
    self.range = range
    self.lines = lines
  }
}
