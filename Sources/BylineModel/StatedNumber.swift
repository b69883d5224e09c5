/// A quantity the body states ("more than 11,000 containers of ammunition"); its range is the stating text:
/// qualifier, number and counted noun.
public struct StatedNumber: Hashable, Sendable, PositionedInBody {
  public var position: BodyPosition
  public var value: Double
  /// The counted noun, head word only ("containers"); nil when nothing is counted.
  public var unit: String?
  /// Approximation words as written, lower-cased ("more than", "nearly", "about").
  public var qualifier: String?

  public init(block: Int, sentence: Int, range: Range<Int>, value: Double, unit: String?, qualifier: String?) {
    position = BodyPosition(block: block, sentence: sentence, range: range)
    self.value = value
    self.unit = unit
    self.qualifier = qualifier
  }
}
