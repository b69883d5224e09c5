/// A quantity the body states ("more than 11,000 containers of ammunition").
public struct StatedNumber: Hashable, Sendable {
  public var block: Int
  /// Index in `Article.sentences`.
  public var sentence: Int
  /// UTF-8 byte range in `Article.text` of the stating text: qualifier, number and counted noun.
  public var range: Range<Int>
  public var value: Double
  /// The counted noun, head word only ("containers"); nil when nothing is counted.
  public var unit: String?
  /// Approximation words as written, lower-cased ("more than", "nearly", "about").
  public var qualifier: String?

  public init(block: Int, sentence: Int, range: Range<Int>, value: Double, unit: String?, qualifier: String?) {
    self.block = block
    self.sentence = sentence
    self.range = range
    self.value = value
    self.unit = unit
    self.qualifier = qualifier
  }
}
