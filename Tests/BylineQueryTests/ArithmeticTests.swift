import BylineModel
import BylineQuery
import Testing

private let june19 = Value.date(CalendarDate(year: 2024, month: 6, day: 19))

@Test(arguments: [
  (ArithmeticOperator.add, Value.integer(2), Value.integer(3), Value.integer(5)),
  (.subtract, .integer(2), .integer(3), .integer(-1)),
  (.multiply, .integer(4), .integer(-3), .integer(-12)),
  (.divide, .integer(7), .integer(2), .number(3.5)),
  (.divide, .integer(6), .integer(3), .number(2)),
  (.remainder, .integer(7), .integer(3), .integer(1)),
  (.remainder, .integer(-7), .integer(3), .integer(-1)),
  (.add, .integer(1), .number(0.5), .number(1.5)),
  (.multiply, .number(1.5), .integer(2), .number(3)),
  (.remainder, .number(7.5), .integer(2), .number(1.5)),
  (.add, .text("Kim "), .text("Jong Un"), .text("Kim Jong Un")),
  (.add, .null, .integer(1), .null),
  (.divide, .integer(1), .null, .null),
  (.divide, .null, .integer(0), .null),
  (.add, june19, .integer(12), .date(CalendarDate(year: 2024, month: 7, day: 1))),
  (.add, .integer(-19), june19, .date(CalendarDate(year: 2024, month: 5, day: 31))),
  (.subtract, june19, .integer(366), .date(CalendarDate(year: 2023, month: 6, day: 19))),
  (.subtract, june19, .date(CalendarDate(year: 2024, month: 1, day: 1)), .integer(170)),
  (.subtract, june19, .date(CalendarDate(year: 2024, month: 6)), .null),
  (.add, .date(CalendarDate(year: 2024)), .integer(1), .null),
])
func arithmeticResults(operation: ArithmeticOperator, left: Value, right: Value, expected: Value) throws {
  #expect(try operation.apply(left, right) == expected)
}

@Test(arguments: [
  (ArithmeticOperator.divide, Value.integer(1), Value.integer(0), "division by zero"),
  (.divide, .number(1), .number(0), "division by zero"),
  (.divide, .integer(0), .number(-0.0), "division by zero"),
  (.remainder, .integer(1), .integer(0), "division by zero"),
  (.remainder, .number(1), .integer(0), "division by zero"),
  (.add, .integer(.max), .integer(1), "integer overflow: 9223372036854775807 + 1"),
  (.subtract, .integer(.min), .integer(1), "integer overflow: -9223372036854775808 - 1"),
  (.multiply, .integer(.min), .integer(-1), "integer overflow: -9223372036854775808 * -1"),
  (.remainder, .integer(.min), .integer(-1), "integer overflow: -9223372036854775808 % -1"),
  (.multiply, .number(1e300), .number(1e300), "number out of range: 1e+300 * 1e+300"),
  (.add, june19, .integer(.max), "date out of range"),
  (.subtract, .text("a"), .text("b"), "cannot apply `-` to text and text"),
  (.add, .bool(true), .integer(1), "cannot apply `+` to bool and integer"),
])
func arithmeticErrors(operation: ArithmeticOperator, left: Value, right: Value, message: String) {
  #expect(throws: EvaluationError(message)) { try operation.apply(left, right) }
}

@Test func negation() throws {
  #expect(try Value.integer(3).negated() == .integer(-3))
  #expect(try Value.number(-0.5).negated() == .number(0.5))
  #expect(try Value.null.negated() == .null)
  #expect(throws: EvaluationError("integer overflow: -(-9223372036854775808)")) { try Value.integer(.min).negated() }
  #expect(throws: EvaluationError("cannot negate text")) { try Value.text("a").negated() }
}

@Test(arguments: [
  (ArithmeticOperator.add, ValueType.integer, ValueType.integer, ValueType?.some(.integer)),
  (.divide, .integer, .integer, .number),
  (.multiply, .integer, .number, .number),
  (.remainder, .any, .integer, .integer),
  (.add, .text, .text, .text),
  (.add, .text, .integer, nil),
  (.subtract, .text, .text, nil),
  (.add, .date, .integer, .date),
  (.subtract, .date, .date, .integer),
  (.add, .date, .date, nil),
  (.multiply, .date, .integer, nil),
  (.add, .bool, .bool, nil),
  (.add, .any, .any, .any),
])
func arithmeticResultTypes(operation: ArithmeticOperator, left: ValueType, right: ValueType, expected: ValueType?) {
  #expect(operation.resultType(left, right) == expected)
}

@Test(arguments: [
  (ValueType.integer, ValueType.number, true, true),
  (.text, .entity, true, true),
  (.date, .text, true, true),
  (.date, .integer, false, false),
  (.bool, .text, false, false),
  (.any, .date, true, true),
  (.list(.text), .list(.text), true, true),
  (.list(.text), .text, false, false),
])
func comparableTypes(left: ValueType, right: ValueType, equality: Bool, ordering: Bool) {
  #expect(left.isComparable(with: right, ordered: false) == equality)
  #expect(left.isComparable(with: right, ordered: true) == ordering)
}

@Test(arguments: [
  ("2024-06-19", CalendarDate?.some(CalendarDate(year: 2024, month: 6, day: 19))),
  ("2024-06", CalendarDate(year: 2024, month: 6)),
  ("2024", CalendarDate(year: 2024)),
  ("2024-02-29", CalendarDate(year: 2024, month: 2, day: 29)),
  ("2023-02-29", nil),
  ("2024-13-01", nil),
  ("2024-00", nil),
  ("2024-6-19", nil),
  ("24-06-19", nil),
  ("2024-06-19T10:00", nil),
  ("", nil),
  ("２０２４", nil),
])
func isoDates(text: String, expected: CalendarDate?) {
  #expect(CalendarDate(iso: text) == expected)
}
