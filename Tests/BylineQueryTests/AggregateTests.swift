import BylineModel
import BylineQuery
import Testing

/// Folds `values` with an aggregate; `nil` values stand for a call without argument.
private func aggregate(_ name: String, _ values: [Value?]) throws -> Value {
  let aggregate = try #require(Aggregates.named(name), "no aggregate \(name)")
  var accumulator = aggregate.makeAccumulator()
  for value in values { try accumulator.add(value) }
  return accumulator.result
}

private let mixed: [Value?] = [.integer(3), .null, .integer(1), .number(2.5), .null]

@Test(arguments: [
  ("count", [Value?](repeating: nil, count: 4), Value.integer(4)),
  ("count", [], .integer(0)),
  ("count", mixed, .integer(3)),
  ("count_distinct", [.text("BBC"), .text("CNBC"), .null, .text("BBC")], .integer(2)),
  ("count_distinct", [.null], .integer(0)),
  ("count_distinct", [SampleCorpus.entity("Russia"), SampleCorpus.entity("Russia")], .integer(1)),
  ("sum", [.integer(3), .null, .integer(4)], .integer(7)),
  ("sum", mixed, .number(6.5)),
  ("sum", [.null, .null], .null),
  ("sum", [], .null),
  ("avg", [.integer(1), .integer(2), .null], .number(1.5)),
  ("avg", mixed, .number(6.5 / 3)),
  ("avg", [.null], .null),
  ("min", mixed, .integer(1)),
  ("max", mixed, .integer(3)),
  ("min", [.text("b"), .text("a"), .null], .text("a")),
  (
    "max", [.date(CalendarDate(year: 2024, month: 6, day: 19)), .date(CalendarDate(year: 2024, month: 6))],
    .date(CalendarDate(year: 2024, month: 6, day: 19))
  ),
  ("min", [.null, .null], .null),
  ("min", [.integer(2), .number(2.0)], .integer(2)),
  ("list", [.text("a"), .null, .text("b"), .text("a")], .list([.text("a"), .text("b"), .text("a")])),
  ("list", [], .list([])),
  ("first", [.null, .text("x"), .text("y")], .text("x")),
  ("first", [], .null),
])
func aggregateResults(name: String, values: [Value?], expected: Value) throws {
  #expect(try aggregate(name, values) == expected)
}

@Test func integerSumOverflowIsAnError() {
  #expect(throws: EvaluationError("integer overflow in `sum`")) {
    try aggregate("sum", [.integer(.max), .integer(1)])
  }
  // Averages are computed in doubles and do not overflow.
  #expect((try? aggregate("avg", [.integer(.max), .integer(.max)])) == .number(Double(Int.max)))
}

@Test(arguments: [
  ("count", [ValueType](), ValueType.integer),
  ("count", [.text], .integer),
  ("count_distinct", [.entity], .integer),
  ("sum", [.integer], .integer),
  ("sum", [.number], .number),
  ("sum", [.any], .number),
  ("avg", [.integer], .number),
  ("min", [.date], .date),
  ("max", [.text], .text),
  ("list", [.entity], .list(.entity)),
  ("first", [.text], .text),
])
func aggregateResultTypes(name: String, arguments: [ValueType], expected: ValueType) throws {
  let aggregate = try #require(Aggregates.named(name))
  #expect(try aggregate.resultType(for: arguments).get() == expected)
}

@Test(arguments: [
  ("sum", [ValueType.text], "argument `number` of `sum` must be number, found text"),
  ("avg", [.date], "argument `number` of `avg` must be number, found date"),
  ("sum", [], "`sum` takes 1 argument, found 0"),
  ("count", [.text, .text], "`count` takes 0 or 1 arguments, found 2"),
])
func aggregateCallProblems(name: String, arguments: [ValueType], message: String) throws {
  expectProblem(try #require(Aggregates.named(name)).resultType(for: arguments), calling: name, message)
}

@Test func theAggregatesOfTheSpecAreThere() {
  #expect(Aggregates.names == ["count", "count_distinct", "sum", "avg", "min", "max", "list", "first"])
}
