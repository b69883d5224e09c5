/// Where a row of the semantic layer sits in the body: its block, its sentence and its UTF-8 byte range in
/// `Article.text`.
///
/// Each is kept in 32 bits because a corpus holds millions of these rows, and no body comes near 2 GB (files
/// over 256 MB are refused before they are read).
public struct BodyPosition: Hashable, Sendable {
  private var storedBlock: Int32
  private var storedSentence: Int32
  private var storedStart: Int32
  private var storedEnd: Int32

  public init(block: Int, sentence: Int, range: Range<Int>) {
    storedBlock = Int32(clamping: block)
    storedSentence = Int32(clamping: sentence)
    storedStart = Int32(clamping: range.lowerBound)
    storedEnd = Int32(clamping: range.upperBound)
  }

  /// Index in `Article.blocks`.
  public var block: Int {
    get { Int(storedBlock) }
    set { storedBlock = Int32(clamping: newValue) }
  }

  /// Index in `Article.sentences`.
  public var sentence: Int {
    get { Int(storedSentence) }
    set { storedSentence = Int32(clamping: newValue) }
  }

  public var range: Range<Int> {
    get { Int(storedStart)..<Int(storedEnd) }
    set {
      storedStart = Int32(clamping: newValue.lowerBound)
      storedEnd = Int32(clamping: newValue.upperBound)
    }
  }
}

/// A row that sits in the body; its block, sentence and range are its `position`'s.
public protocol PositionedInBody {
  var position: BodyPosition { get set }
}

extension PositionedInBody {
  public var block: Int {
    get { position.block }
    set { position.block = newValue }
  }

  public var sentence: Int {
    get { position.sentence }
    set { position.sentence = newValue }
  }

  public var range: Range<Int> {
    get { position.range }
    set { position.range = newValue }
  }
}
