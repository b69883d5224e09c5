import BylineModel
import BylineQuery
import Testing

private let june19 = Value.date(CalendarDate(year: 2024, month: 6, day: 19))

private func call(_ name: String, _ arguments: [Value]) throws -> Value {
  let function = try #require(Functions.named(name), "no function \(name)")
  return try function.call(arguments)
}

@Test(arguments: [
  ("lower", [Value.text("NATO Summit")], Value.text("nato summit")),
  ("lower", [.text("ПУТИН")], .text("путин")),
  ("lower", [SampleCorpus.entity("Russia")], .text("russia")),
  ("lower", [.null], .null),
  ("upper", [.text("Nato")], .text("NATO")),
  ("upper", [.text("")], .text("")),
  ("trim", [.text("  Seoul \u{00A0}\n")], .text("Seoul")),
  ("trim", [.text("   ")], .text("")),
  ("len", [.text("Jong-un")], .integer(7)),
  ("len", [.text("Пхеньян")], .integer(7)),
  ("len", [.text("👍🏽!")], .integer(2)),
  ("len", [.list([.text("a"), .null])], .integer(2)),
  ("len", [.null], .null),
  ("words", [.text("Kim Jong-un's 11,000 shells")], .integer(4)),
  ("words", [.text("")], .integer(0)),
  ("substr", [.text("Pyongyang"), .integer(1), .integer(4)], .text("Pyon")),
  ("substr", [.text("Pyongyang"), .integer(5)], .text("gyang")),
  ("substr", [.text("Pyongyang"), .integer(-4)], .text("yang")),
  ("substr", [.text("Pyongyang"), .integer(-40), .integer(2)], .text("Py")),
  ("substr", [.text("Pyongyang"), .integer(20)], .text("")),
  ("substr", [.text("Пхеньян"), .integer(2), .number(3)], .text("хен")),
  ("substr", [.null, .integer(1)], .null),
  ("replace", [.text("Kim Jong-un"), .text("-"), .text(" ")], .text("Kim Jong un")),
  ("replace", [.text("aaa"), .text(""), .text("b")], .text("aaa")),
  ("replace", [.text("NATO nato"), .text("nato"), .text("Nato")], .text("NATO Nato")),
  ("join", [.list([.text("Ann Lee"), .null, .text("Bo Kim")])], .text("Ann Lee, Bo Kim")),
  ("join", [.list([.integer(1), june19]), .text(" / ")], .text("1 / 2024-06-19")),
  ("join", [.list([])], .text("")),
  ("year", [june19], .integer(2024)),
  ("month", [june19], .integer(6)),
  ("day", [june19], .integer(19)),
  ("month", [.date(CalendarDate(year: 2024))], .null),
  ("day", [.date(CalendarDate(year: 2024, month: 6))], .null),
  ("year", [.null], .null),
  ("weekday", [june19], .text("Wednesday")),
  ("weekday", [.date(CalendarDate(year: 2024, month: 2, day: 29))], .text("Thursday")),
  ("weekday", [.date(CalendarDate(year: 2024, month: 6))], .null),
  ("similarity", [.text("the talks failed"), .text("Talks have failed")], .number(0.5)),
  ("similarity", [.text("We are allies"), .text("allies, we are!")], .number(1)),
  ("similarity", [.text("yes"), .text("no")], .number(0)),
  ("similarity", [.text(""), .text("")], .number(1)),
  ("similarity", [.text("a"), .null], .null),
  ("coalesce", [.null, .null, .text("BBC")], .text("BBC")),
  ("coalesce", [.integer(1), .text("x")], .integer(1)),
  ("coalesce", [.null, .null], .null),
  ("round", [.number(2.5)], .integer(3)),
  ("round", [.number(-2.5)], .integer(-3)),
  ("round", [.number(2.345), .integer(2)], .number(2.35)),
  ("round", [.number(12345), .integer(-2)], .number(12300)),
  ("round", [.integer(7)], .integer(7)),
  ("round", [.null], .null),
  ("abs", [.integer(-3)], .integer(3)),
  ("abs", [.number(-0.5)], .number(0.5)),
  ("abs", [.null], .null),
  ("to_text", [june19], .text("2024-06-19")),
  ("to_text", [.number(11000)], .text("11000")),
  ("to_text", [.number(5.5)], .text("5.5")),
  ("to_text", [.bool(true)], .text("true")),
  ("to_text", [.list([.text("a"), .text("b")])], .text("a; b")),
  ("to_text", [SampleCorpus.entity("Vladimir Putin")], .text("Vladimir Putin")),
  ("to_text", [.null], .null),
  ("to_number", [.text("11,000")], .number(11000)),
  ("to_number", [.text(" -3.5 ")], .number(-3.5)),
  ("to_number", [.text("1,234,567.25")], .number(1_234_567.25)),
  ("to_number", [.text("11,00")], .null),
  ("to_number", [.text("eleven")], .null),
  ("to_number", [.text("")], .null),
  ("to_date", [.text("2024-06-19")], june19),
  ("to_date", [.text("2024-06")], .date(CalendarDate(year: 2024, month: 6))),
  ("to_date", [.text("2024")], .date(CalendarDate(year: 2024))),
  ("to_date", [.text("2024-13-45")], .null),
  ("to_date", [.text("2023-02-29")], .null),
  ("to_date", [.text("19 June 2024")], .null),
])
func functionResults(name: String, arguments: [Value], expected: Value) throws {
  #expect(try call(name, arguments) == expected)
}

@Test(arguments: [
  ("substr", [Value.text("abc"), .integer(0)], "`start` of `substr` counts from 1 (or from -1 at the end), found 0"),
  ("substr", [.text("abc"), .integer(1), .integer(-1)], "`length` of `substr` must not be negative, found -1"),
  ("substr", [.text("abc"), .number(1.5)], "`start` must be a whole number, found 1.5"),
  ("abs", [.integer(.min)], "integer overflow: abs(-9223372036854775808)"),
  ("round", [.number(1e300)], "1e+300 is too large to round to an integer"),
  ("round", [.number(1), .integer(16)], "`digits` of `round` must be from -15 to 15, found 16"),
])
func functionErrors(name: String, arguments: [Value], message: String) throws {
  #expect(throws: EvaluationError(message)) { try call(name, arguments) }
}

@Test func everyFunctionIsDocumentedAndUnique() {
  #expect(Set(Functions.names).count == Functions.all.count)
  for function in Functions.all {
    #expect(!function.summary.isEmpty && !function.example.isEmpty, "\(function.name)")
    #expect(function.example.hasPrefix(function.name + "("), "\(function.name)")
  }
}

@Test(arguments: [
  ("lower", [ValueType.text], ValueType.text),
  ("lower", [.entity], .text),
  ("lower", [.any], .text),
  ("len", [.list(.text)], .integer),
  ("round", [.number], .integer),
  ("round", [.integer, .integer], .number),
  ("abs", [.integer], .integer),
  ("abs", [.number], .number),
  ("coalesce", [.any, .text, .text], .text),
  ("year", [.date], .integer),
  ("substr", [.text, .integer, .number], .text),
])
func functionResultTypes(name: String, arguments: [ValueType], expected: ValueType) throws {
  let function = try #require(Functions.named(name))
  #expect(try function.resultType(for: arguments).get() == expected)
}

@Test(arguments: [
  ("lower", [ValueType](), "`lower` takes 1 argument, found 0"),
  ("lower", [.text, .text], "`lower` takes 1 argument, found 2"),
  ("substr", [.text], "`substr` takes 2 or 3 arguments, found 1"),
  ("coalesce", [.text], "`coalesce` takes at least 2 arguments, found 1"),
  ("lower", [.integer], "argument `text` of `lower` must be text, found integer"),
  ("year", [.text], "argument `date` of `year` must be date, found text"),
  ("len", [.date], "argument `value` of `len` must be text or list, found date"),
  ("join", [.text], "argument `list` of `join` must be list, found text"),
  ("round", [.number, .text], "argument `digits` of `round` must be integer, found text"),
])
func functionCallProblems(name: String, arguments: [ValueType], message: String) throws {
  expectProblem(try #require(Functions.named(name)).resultType(for: arguments), calling: name, message)
}

@Test func signaturesPrintTheirOptionalParameters() throws {
  #expect(try #require(Functions.named("substr")).signature.description == "(text, start, [length])")
  #expect(try #require(Functions.named("coalesce")).signature.description == "(value, fallback, …)")
}
