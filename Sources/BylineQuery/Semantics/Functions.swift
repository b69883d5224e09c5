import BylineModel

/// A builtin function of expressions: name, parameters, result type, help line, implementation.
public struct BuiltinFunction: Sendable {
  public let name: String
  public let signature: Signature
  /// One line for `.help`, completion and the manual.
  public let summary: String
  /// A call as a user would write it, with its result (`lower("NATO")` → `"nato"`).
  public let example: String
  private let result: @Sendable ([ValueType]) -> ValueType
  private let implementation: @Sendable ([Value]) throws(EvaluationError) -> Value

  init(
    _ name: String, _ signature: Signature, _ summary: String, example: String,
    result: @escaping @Sendable ([ValueType]) -> ValueType,
    _ implementation: @escaping @Sendable ([Value]) throws(EvaluationError) -> Value
  ) {
    self.name = name
    self.signature = signature
    self.summary = summary
    self.example = example
    self.result = result
    self.implementation = implementation
  }

  /// The result type for these argument types, or why the call does not fit.
  public func resultType(for arguments: [ValueType]) -> Result<ValueType, CallProblem> {
    if let problem = signature.problem(with: arguments) { return .failure(problem) }
    return .success(result(arguments))
  }

  /// Calls the function on arguments that fit its signature (the checker has made sure of it).
  public func call(_ arguments: [Value]) throws(EvaluationError) -> Value {
    try implementation(arguments)
  }
}

/// The builtin functions: one table, which the checker, the evaluator, `.help` and completion all read.
///
/// Unless a line says otherwise, a null argument gives null, and an entity passed for text is its canonical name.
public enum Functions {
  public static let all: [BuiltinFunction] = [
    BuiltinFunction(
      "lower", Signature([Parameter("text", .text)]), "the text in lower case", example: #"lower("NATO") → "nato""#,
      result: { _ in .text }
    ) { arguments throws(EvaluationError) in text(arguments[0]).map { .text($0.lowercased()) } ?? .null },
    BuiltinFunction(
      "upper", Signature([Parameter("text", .text)]), "the text in upper case", example: #"upper("Nato") → "NATO""#,
      result: { _ in .text }
    ) { arguments throws(EvaluationError) in text(arguments[0]).map { .text($0.uppercased()) } ?? .null },
    BuiltinFunction(
      "trim", Signature([Parameter("text", .text)]), "the text without leading and trailing white space",
      example: #"trim("  Seoul ") → "Seoul""#, result: { _ in .text }
    ) { arguments throws(EvaluationError) in text(arguments[0]).map { .text($0.trimmed) } ?? .null },
    BuiltinFunction(
      "len", Signature([Parameter("value", .textOrList)]),
      "number of characters of a text (as a reader counts them), or of elements of a list",
      example: #"len("Jong-un") → 7"#, result: { _ in .integer }
    ) { arguments throws(EvaluationError) in
      if case .list(let elements) = arguments[0] { return .integer(elements.count) }
      return text(arguments[0]).map { .integer($0.count) } ?? .null
    },
    BuiltinFunction(
      "words", Signature([Parameter("text", .text)]),
      "number of words, counted as `words` of articles and blocks is (\"Jong-un's\" is one, \"11,000\" is one)",
      example: #"words("Kim Jong-un said") → 3"#, result: { _ in .integer }
    ) { arguments throws(EvaluationError) in text(arguments[0]).map { .integer(WordCounter.count($0)) } ?? .null },
    BuiltinFunction(
      "substr",
      Signature(
        [Parameter("text", .text), Parameter("start", .integer), Parameter("length", .integer)], requiredCount: 2),
      "the characters from `start` (1 is the first, -1 the last), `length` of them or to the end",
      example: #"substr("Pyongyang", 1, 4) → "Pyon""#, result: { _ in .text }, substring),
    BuiltinFunction(
      "replace",
      Signature([Parameter("text", .text), Parameter("find", .text), Parameter("replacement", .text)]),
      "the text with every occurrence of `find` (case matters) replaced",
      example: #"replace("Kim Jong-un", "-", " ") → "Kim Jong un""#,
      result: { _ in .text }
    ) { arguments throws(EvaluationError) in
      guard let original = text(arguments[0]), let find = text(arguments[1]), let replacement = text(arguments[2])
      else { return .null }
      return .text(find.isEmpty ? original : original.replacing(find, with: replacement))
    },
    BuiltinFunction(
      "join", Signature([Parameter("list", .list), Parameter("separator", .text)], requiredCount: 1),
      "the elements of a list as one text, nulls left out, separated by `separator` (\", \" when not given)",
      example: #"join(authors, " and ") → "Ann Lee and Bo Kim""#, result: { _ in .text }
    ) { arguments throws(EvaluationError) in
      guard case .list(let elements) = arguments[0] else { return .null }
      let separator = arguments.count > 1 ? text(arguments[1]) : ", "
      guard let separator else { return .null }
      return .text(elements.compactMap(\.plainText).joined(separator: separator))
    },
    BuiltinFunction(
      "year", Signature([Parameter("date", .date)]), "the year of a date", example: "year(2024-06-19) → 2024",
      result: { _ in .integer }
    ) { arguments throws(EvaluationError) in date(arguments[0]).map { .integer($0.year) } ?? .null },
    BuiltinFunction(
      "month", Signature([Parameter("date", .date)]), "the month of a date (1–12); null when only the year is known",
      example: "month(2024-06-19) → 6", result: { _ in .integer }
    ) { arguments throws(EvaluationError) in date(arguments[0])?.month.map(Value.integer) ?? .null },
    BuiltinFunction(
      "day", Signature([Parameter("date", .date)]), "the day of the month of a date; null when the day is not known",
      example: "day(2024-06-19) → 19", result: { _ in .integer }
    ) { arguments throws(EvaluationError) in date(arguments[0])?.day.map(Value.integer) ?? .null },
    BuiltinFunction(
      "weekday", Signature([Parameter("date", .date)]),
      "the English name of the day of the week; null when the day is not known",
      example: #"weekday(2024-06-19) → "Wednesday""#, result: { _ in .text }
    ) { arguments throws(EvaluationError) in
      guard let day = date(arguments[0])?.dayNumber else { return .null }
      return .text(weekdayNames[DayNumber.weekday(day)])
    },
    BuiltinFunction(
      "similarity", Signature([Parameter("first", .text), Parameter("second", .text)]),
      "how alike two texts are, from 0 to 1: the share of their distinct words (case ignored) that both use",
      example: #"similarity("the talks failed", "talks have failed") → 0.5"#, result: { _ in .number }
    ) { arguments throws(EvaluationError) in
      guard let first = text(arguments[0]), let second = text(arguments[1]) else { return .null }
      return .number(TextSimilarity.wordJaccard(first, second))
    },
    BuiltinFunction(
      "coalesce", Signature([Parameter("value", .any), Parameter("fallback", .any)], isVariadic: true),
      "the first of its arguments that is not null; null when all are", example: #"coalesce(site, source, "unknown")"#,
      result: { types in types.first { $0 != .any } ?? .any }
    ) { arguments throws(EvaluationError) in arguments.first { !$0.isNull } ?? .null },
    BuiltinFunction(
      "round", Signature([Parameter("number", .number), Parameter("digits", .integer)], requiredCount: 1),
      "the number rounded half away from zero: to an integer, or to `digits` decimals",
      example: "round(2.345, 2) → 2.35", result: { types in types.count == 1 ? .integer : .number }, rounded),
    BuiltinFunction(
      "abs", Signature([Parameter("number", .number)]), "the number without its sign", example: "abs(-3) → 3",
      result: { types in types[0] == .integer ? .integer : .number }
    ) { arguments throws(EvaluationError) in
      switch arguments[0] {
      case .integer(let integer):
        guard integer != .min else { throw EvaluationError("integer overflow: abs(\(integer))") }
        return .integer(abs(integer))
      case .number(let number): return .number(abs(number))
      default: return .null
      }
    },
    BuiltinFunction(
      "to_text", Signature([Parameter("value", .any)]),
      "any value as text, as the table shows it (dates ISO, entities by name, lists joined by \"; \")",
      example: #"to_text(2024-06-19) → "2024-06-19""#, result: { _ in .text }
    ) { arguments throws(EvaluationError) in arguments[0].plainText.map(Value.text) ?? .null },
    BuiltinFunction(
      "to_number", Signature([Parameter("text", .text)]),
      "the number a text spells (\"11,000\", \"5.5\", \"-3\"); null when it spells none",
      example: #"to_number("11,000") → 11000"#, result: { _ in .number }
    ) { arguments throws(EvaluationError) in text(arguments[0]).flatMap(parsedNumber).map(Value.number) ?? .null },
    BuiltinFunction(
      "to_date", Signature([Parameter("text", .text)]),
      "the date an ISO text spells (`2024-06-19`, `2024-06`, `2024`); null when it spells none",
      example: #"to_date("2024-06") → 2024-06"#, result: { _ in .date }
    ) { arguments throws(EvaluationError) in
      text(arguments[0]).flatMap { CalendarDate(iso: $0.trimmed) }.map(Value.date) ?? .null
    },
  ]

  private static let indexByName = Dictionary(
    all.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })

  /// The builtin of this name.
  public static func named(_ name: String) -> BuiltinFunction? { indexByName[name].map { all[$0] } }

  public static var names: [String] { all.map(\.name) }

  // MARK: Implementations too long for the table

  private static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

  private static func text(_ value: Value) -> String? {
    switch value {
    case .text(let text): text
    case .entity(let entity): entity.name
    default: nil
    }
  }

  private static func date(_ value: Value) -> CalendarDate? {
    if case .date(let date) = value { return date }
    return nil
  }

  /// An integer argument; a decimal counts when it has no fraction.
  private static func integer(_ value: Value, _ name: String) throws(EvaluationError) -> Int? {
    switch value {
    case .integer(let integer): return integer
    case .number(let number):
      guard number.rounded() == number, let integer = Int(exactly: number) else {
        throw EvaluationError("`\(name)` must be a whole number, found \(number)")
      }
      return integer
    default: return nil
    }
  }

  private static func substring(_ arguments: [Value]) throws(EvaluationError) -> Value {
    guard let original = text(arguments[0]), let start = try integer(arguments[1], "start") else { return .null }
    var length: Int? = nil
    if arguments.count > 2 {
      guard let given = try integer(arguments[2], "length") else { return .null }
      guard given >= 0 else { throw EvaluationError("`length` of `substr` must not be negative, found \(given)") }
      length = given
    }
    guard start != 0 else {
      throw EvaluationError("`start` of `substr` counts from 1 (or from -1 at the end), found 0")
    }
    let characters = Array(original)
    // Positions before the text are clamped, as SQLite does.
    let first = start > 0 ? start - 1 : max(characters.count + start, 0)
    guard first < characters.count else { return .text("") }
    let end = length.map { first + min($0, characters.count - first) } ?? characters.count
    return .text(String(characters[first..<end]))
  }

  private static func rounded(_ arguments: [Value]) throws(EvaluationError) -> Value {
    let number: Double
    switch arguments[0] {
    case .integer(let integer):
      if arguments.count == 1 { return .integer(integer) }
      number = Double(integer)
    case .number(let value): number = value
    default: return .null
    }
    guard arguments.count > 1 else {
      let whole = number.rounded(.toNearestOrAwayFromZero)
      guard let integer = Int(exactly: whole) else {
        throw EvaluationError("\(number) is too large to round to an integer")
      }
      return .integer(integer)
    }
    guard let digits = try integer(arguments[1], "digits") else { return .null }
    guard (-15...15).contains(digits) else {
      throw EvaluationError("`digits` of `round` must be from -15 to 15, found \(digits)")
    }
    var scale = 1.0
    for _ in 0..<abs(digits) { scale *= 10 }
    let scaled = digits >= 0 ? number * scale : number / scale
    // 2.345 is stored as 2.34499…; scaled it lands a few units in the last place below the half that was written.
    // Nudging by those units rounds the decimal the user wrote, as a reader expects.
    let nudged = scaled + (scaled < 0 ? -4 : 4) * scaled.ulp
    let whole = nudged.rounded(.toNearestOrAwayFromZero)
    let result = digits >= 0 ? whole / scale : whole * scale
    // Scaling a huge number overflows; it has no decimals to round anyway.
    return .number(result.isFinite ? result : number)
  }

  /// A decimal number as written in text, thousands separated by commas or not; nil for anything else.
  private static func parsedNumber(_ text: String) -> Double? {
    let trimmed = text.trimmed
    let groups = trimmed.split(separator: ",", omittingEmptySubsequences: false)
    if groups.count > 1 {
      // "11,000" and "1,234,567.5": every group after the first is three digits (the last may carry decimals).
      let wellGrouped = groups.dropFirst().allSatisfy { group in
        group.prefix { $0 != "." }.count == 3 && group.prefix { $0 != "." }.allSatisfy(\.isASCII)
      }
      guard wellGrouped, (1...4).contains(groups[0].count) else { return nil }
    }
    let digits = groups.joined()
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) else {
      return nil
    }
    return Double(digits).flatMap { $0.isFinite ? $0 : nil }
  }
}
