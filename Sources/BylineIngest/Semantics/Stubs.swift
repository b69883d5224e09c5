// Temporary until the helpers' extractors land.
import BylineModel
struct NumberFinding: Hashable, Sendable {
  var range: Range<Int>
  var value: Double
  var unit: String?
  var qualifier: String?
}
enum NumberExtractor {
  static func findings(in sentence: some StringProtocol) -> [NumberFinding] { [] }
}
struct DateFinding: Hashable, Sendable {
  var range: Range<Int>
  var date: CalendarDate?
}
enum DateExpressions {
  static func findings(in sentence: some StringProtocol, reference: CalendarDate?) -> [DateFinding] { [] }
}
