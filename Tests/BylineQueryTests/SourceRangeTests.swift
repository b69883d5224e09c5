import BylineQuery
import Testing

@Test func joinedRangeCoversBothOperands() {
  let left = SourceRange(4, 9)
  let right = SourceRange(12, 15)
  #expect(left.joined(with: right) == SourceRange(4, 15))
  #expect(right.joined(with: left) == SourceRange(4, 15))
  #expect(SourceRange.at(3).isEmpty)
}
