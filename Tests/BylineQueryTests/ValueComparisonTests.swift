import BylineModel
import BylineQuery
import Testing

private let corpus = SampleCorpus.indexed
private let june = Value.date(CalendarDate(year: 2024, month: 6))
private let june19 = Value.date(CalendarDate(year: 2024, month: 6, day: 19))
private let june20 = Value.date(CalendarDate(year: 2024, month: 6, day: 20))
private let kim = SampleCorpus.entity("Kim Jong Un")
private let putin = SampleCorpus.entity("Vladimir Putin")

@Test(arguments: [
  (Value.integer(1), Value.integer(1), Truth.true),
  (.integer(1), .number(1.0), .true),
  (.number(0.5), .integer(0), .false),
  (.integer(Int.max), .number(9.223_372_036_854_775_807e18), .false),
  (.text("CNBC"), .text("CNBC"), .true),
  (.text("CNBC"), .text("cnbc"), .false),
  (.text("e\u{301}"), .text("\u{e9}"), .true),
  (.null, .null, .unknown),
  (.text("x"), .null, .unknown),
  (.bool(true), .bool(true), .true),
  (june19, june19, .true),
  (june19, june, .false),
  (june19, .text("2024-06-19"), .true),
  (.text("2024-06-20"), june19, .false),
  (june19, .text("not a date"), .false),
  (.list([.integer(1), .text("a")]), .list([.integer(1), .text("a")]), .true),
  (.list([.integer(1)]), .list([.integer(1), .integer(2)]), .false),
  (.list([.integer(1), .null]), .list([.integer(1), .integer(2)]), .unknown),
  (.bool(true), .integer(1), .false),
  (kim, kim, .true),
  (kim, putin, .false),
])
func equality(left: Value, right: Value, expected: Truth) {
  #expect(left.isEqual(to: right, in: corpus) == expected)
  #expect(right.isEqual(to: left, in: corpus) == expected)
  #expect(left.compare(.notEqual, to: right, in: corpus) == expected.negated)
}

@Test(arguments: [
  ("Kim Jong Un", true), ("Kim Jong-un", true), ("kim jong un", true), ("KIM JONG-UN", true), (" Kim Jong Un ", true),
  ("Kim", true), ("Kim Jong Il", false), ("Kim Jong", false), ("Jong Un", false), ("Putin", false), ("", false),
])
func entityMatchesItsNameAndAliasesWrittenAnyWay(text: String, matches: Bool) {
  #expect(kim.isEqual(to: .text(text), in: corpus) == Truth(matches))
  #expect(Value.text(text).isEqual(to: kim, in: corpus) == Truth(matches))
}

@Test func anAliasInAnotherScriptFindsItsEntity() {
  #expect(putin.isEqual(to: .text("Путин"), in: corpus) == .true)
  #expect(putin.isEqual(to: .text("ПУТИН"), in: corpus) == .true)
}

@Test(arguments: [
  (Value.integer(1), Value.integer(2), ValueOrder?.some(.less)),
  (.integer(2), .number(1.5), .greater),
  (.number(1.5), .integer(2), .less),
  (.integer(Int.max), .number(9.3e18), .less),
  (.integer(Int.min), .number(-9.3e18), .greater),
  (.integer(3), .number(3.0), .equal),
  (.integer(3), .number(3.25), .less),
  (.integer(-3), .number(-2.5), .less),
  (.number(.nan), .integer(1), nil),
  (.text("Apple"), .text("apple"), .less),
  (.text("Zebra"), .text("Ärger"), .less),
  (june, june19, .less),
  (june19, june20, .less),
  (june20, .text("2024-06-19"), .greater),
  (june20, .text("June"), nil),
  (kim, putin, .less),
  (kim, .text("Kim Jong Un"), .equal),
  (.list([.integer(1), .integer(2)]), .list([.integer(1), .integer(3)]), .less),
  (.list([.integer(1)]), .list([.integer(1), .integer(0)]), .less),
  (.null, .integer(1), nil),
  (.bool(false), .bool(true), .less),
  (.bool(true), .integer(1), nil),
  (.text("1"), .integer(1), nil),
])
func ordering(left: Value, right: Value, expected: ValueOrder?) {
  #expect(left.compared(to: right) == expected)
}

@Test(arguments: [
  (ComparisonOperator.less, Value.integer(1), Value.integer(2), Truth.true),
  (.lessOrEqual, .integer(2), .integer(2), .true),
  (.greater, .integer(2), .integer(2), .false),
  (.greaterOrEqual, june19, .text("2024-06-01"), .true),
  (.less, .null, .integer(1), .unknown),
  (.greater, .bool(true), june19, .unknown),
  (.equal, kim, .text("Kim Jong-un"), .true),
  (.notEqual, .null, .integer(1), .unknown),
])
func comparisonOperators(comparison: ComparisonOperator, left: Value, right: Value, expected: Truth) {
  #expect(left.compare(comparison, to: right, in: corpus) == expected)
}

@Test func sortPutsNullsLastInBothDirections() {
  let values: [Value] = [.integer(2), .null, .number(1.5), .integer(3), .null, .integer(1)]
  let ascending = values.sorted { Value.sortsBefore($0, $1, descending: false) }
  #expect(ascending == [.integer(1), .number(1.5), .integer(2), .integer(3), .null, .null])
  let descending = values.sorted { Value.sortsBefore($0, $1, descending: true) }
  #expect(descending == [.integer(3), .integer(2), .number(1.5), .integer(1), .null, .null])
}

@Test func sortOrdersUnlikeKindsByAFixedRank() {
  let values: [Value] = [.list([]), .text("a"), june19, .integer(1), .bool(true), .null, kim]
  let sorted = values.sorted { Value.sortsBefore($0, $1, descending: false) }
  // Entities stand by their name among texts, and "K" comes before "a" in scalar order.
  #expect(sorted == [.bool(true), .integer(1), june19, kim, .text("a"), .list([]), .null])
}

/// `sort` needs a strict weak order: irreflexive, and consistent between the two directions of a pair.
@Test func sortOrderIsConsistent() {
  let values: [Value] = [
    .null, .bool(false), .integer(1), .number(1), .number(0.5), .text("2024-06-19"), june19, june, .text("b"), kim,
    putin, .list([.null]), .list([.integer(1)]),
  ]
  for left in values {
    #expect(left.sortOrder(against: left) == .equal)
    for right in values {
      let forward = left.sortOrder(against: right)
      let backward = right.sortOrder(against: left)
      #expect(
        forward == .equal ? backward == .equal : forward != backward, "\(left) against \(right)")
    }
  }
}

@Test(arguments: [
  (Truth.true, Truth.true, Truth.true, Truth.true),
  (.true, .false, .false, .true),
  (.true, .unknown, .unknown, .true),
  (.false, .false, .false, .false),
  (.false, .unknown, .false, .unknown),
  (.unknown, .unknown, .unknown, .unknown),
])
func threeValuedLogic(left: Truth, right: Truth, and: Truth, or: Truth) {
  #expect(left.and(right) == and)
  #expect(right.and(left) == and)
  #expect(left.or(right) == or)
  #expect(right.or(left) == or)
}

@Test func truthNegatesAndBecomesACell() {
  #expect(Truth.true.negated == .false)
  #expect(Truth.unknown.negated == .unknown)
  #expect(Truth.unknown.value == .null)
  #expect(Truth(Value.bool(false)) == .false)
  #expect(Truth(Value.null) == .unknown)
  #expect(!Truth.unknown.isTrue)
}

@Test(arguments: [
  (Value.text("CNBC"), Value.list([.text("BBC"), .text("CNBC")]), Truth.true),
  (.text("AP"), .list([.text("BBC"), .text("CNBC")]), .false),
  (.text("AP"), .list([.text("BBC"), .null]), .unknown),
  (.text("BBC"), .list([.text("BBC"), .null]), .true),
  (.null, .list([.text("BBC")]), .unknown),
  (.integer(1), .list([.number(1.0)]), .true),
  (kim, .list([.text("Kim Jong-un"), .text("Putin")]), .true),
  (.text("x"), .list([]), .false),
])
func membership(value: Value, list: Value, expected: Truth) {
  #expect(value.isElement(of: list, in: corpus) == expected)
}

@Test(arguments: [
  ("Kim Jong Un met Putin.", "putin", TextMatch.contains, true),
  ("Kim Jong Un met Putin.", "PUTIN", .contains, true),
  ("Kim Jong Un met Putin.", "Putin!", .contains, false),
  ("Kim Jong Un met Putin.", "", .contains, true),
  ("", "a", .contains, false),
  ("Kim Jong Un met Putin.", "kim", .startsWith, true),
  ("Kim Jong Un met Putin.", "jong", .startsWith, false),
  ("Kim Jong Un met Putin.", "PUTIN.", .endsWith, true),
  ("Kim Jong Un met Putin.", "Putin", .endsWith, false),
  ("Путин прибыл в Пхеньян.", "пхеньян", .contains, true),
  ("Путин прибыл в Пхеньян.", "ПУТИН", .startsWith, true),
  ("Путин прибыл в Пхеньян.", "ПХЕНЬЯН.", .endsWith, true),
  ("Путин прибыл в Пхеньян.", "прибыл в", .contains, true),
  ("Путин прибыл в Пхеньян.", "kim", .contains, false),
  ("Kim said", "путин", .contains, false),
  ("Erdoğan said", "ERDOĞAN", .contains, true),
  ("Erdoğan said", "erdogan", .contains, false),
  ("a@[`{z", "@[`{", .contains, true),
  ("a@[`{z", "`{Z", .endsWith, true),
  ("AB", "abc", .startsWith, false),
  // The search starts from the needle's rarest byte ("q", "z", "k"): matches at both ends must still be found.
  ("The Quick brown fox", "the quick", .contains, true),
  ("brown fox quick", "x QUICK", .contains, true),
  ("brown fox quick", "x quicker", .contains, false),
  ("zebra", "ZEBRA", .contains, true),
  ("a zebr", "zebra", .contains, false),
  ("kaka", "aka", .contains, true),
  ("aaak", "aak", .contains, true),
  ("aaa", "aak", .contains, false),
])
func textMatchingIgnoresCase(haystack: String, needle: String, match: TextMatch, expected: Bool) {
  #expect(TextNeedle(needle).matches(haystack, match) == expected)
}

@Test func textMatchingWorksOnSlices() {
  let text = "xxKim Jong Unyy"
  let slice = TextSlice(text, range: 2..<13)
  #expect(slice.string == "Kim Jong Un")
  #expect(TextNeedle("kim jong un").matches(slice, .startsWith))
  #expect(TextNeedle("UN").matches(slice, .endsWith))
  #expect(!TextNeedle("yy").matches(slice, .contains))
  #expect(!TextNeedle("xk").matches(slice, .contains))
  let cyrillic = TextSlice("«Путин прибыл»", range: 2..<12)
  #expect(cyrillic.string == "Путин")
  #expect(TextNeedle("ПУТИН").matches(cyrillic, .endsWith))
  #expect(!TextNeedle("прибыл").matches(cyrillic, .contains))
}

@Test(arguments: [
  (Value.text("Kim Jong Un"), "jong", TextMatch.contains, Truth.true),
  (.null, "x", .contains, .unknown),
  (kim, "jong-un", .contains, .true),
  (kim, "kim jong u", .startsWith, .true),
  (putin, "путин", .contains, .true),
  (putin, "xi", .contains, .false),
  (.list([.text("Ann Lee"), .text("Bo Kim")]), "kim", .endsWith, .true),
  (.list([.text("Ann Lee")]), "kim", .contains, .false),
  (.list([.null]), "kim", .contains, .unknown),
  (.integer(11000), "11", .contains, .unknown),
])
func valuesMatchText(value: Value, needle: String, match: TextMatch, expected: Truth) {
  #expect(value.matches(TextNeedle(needle), match, in: corpus) == expected)
}
