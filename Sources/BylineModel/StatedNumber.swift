/// A quantity the body states ("more than 11,000 containers of ammunition").
public struct StatedNumber: Hashable, Sendable {
  // Offsets in 32 bits, as in `Mention`: a corpus holds millions of these rows.
  private var storedBlock: Int32
  private var storedSentence: Int32
  private var storedStart: Int32
  private var storedEnd: Int32

  public var block: Int {
    get { Int(storedBlock) }
    set { storedBlock = Int32(clamping: newValue) }
  }

  /// Index in `Article.sentences`.
  public var sentence: Int {
    get { Int(storedSentence) }
    set { storedSentence = Int32(clamping: newValue) }
  }

  /// UTF-8 byte range in `Article.text` of the stating text: qualifier, number and counted noun.
  public var range: Range<Int> {
    get { Int(storedStart)..<Int(storedEnd) }
    set {
      storedStart = Int32(clamping: newValue.lowerBound)
      storedEnd = Int32(clamping: newValue.upperBound)
    }
  }

  public var value: Double
  /// The counted noun, head word only ("containers"); nil when nothing is counted.
  public var unit: String?
  /// Approximation words as written, lower-cased ("more than", "nearly", "about").
  public var qualifier: String?

  public init(block: Int, sentence: Int, range: Range<Int>, value: Double, unit: String?, qualifier: String?) {
    storedBlock = Int32(clamping: block)
    storedSentence = Int32(clamping: sentence)
    storedStart = Int32(clamping: range.lowerBound)
    storedEnd = Int32(clamping: range.upperBound)
    self.value = value
    self.unit = unit
    self.qualifier = qualifier
  }
}
