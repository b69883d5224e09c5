import BylineModel

/// The arithmetic operators of expressions.
public enum ArithmeticOperator: String, Hashable, Sendable, CaseIterable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case remainder = "%"

  /// The type of `left op right`, or nil when the operator does not apply to them (the checker's error).
  ///
  /// Integers stay integers under `+ - * %`; `/` always gives a number (`7 / 2` is 3.5, as in DuckDB). `+`
  /// joins texts. A date plus or minus an integer is a date that many days away; a date minus a date is the
  /// integer number of days between them.
  public func resultType(_ left: ValueType, _ right: ValueType) -> ValueType? {
    switch (self, left, right) {
    case (_, .any, .any): return .any
    case (.divide, .integer, .integer), (.divide, .integer, .any), (.divide, .any, .integer): return .number
    case (_, .integer, .integer), (_, .integer, .any), (_, .any, .integer): return .integer
    case (_, .number, .number), (_, .number, .integer), (_, .integer, .number): return .number
    case (_, .number, .any), (_, .any, .number): return .number
    case (.add, .text, .text), (.add, .text, .any), (.add, .any, .text): return .text
    case (.add, .date, .integer), (.add, .integer, .date), (.subtract, .date, .integer): return .date
    case (.subtract, .date, .date): return .integer
    case (.add, .date, .any), (.add, .any, .date), (.subtract, .date, .any): return .any
    default: return nil
    }
  }

  /// What the operator takes, for the checker's message: "two numbers, two texts, or a date and a number of days".
  public var operandsDescription: String {
    switch self {
    case .add: "two numbers, two texts, or a date and a number of days"
    case .subtract: "two numbers, a date and a number of days, or two dates"
    case .multiply, .divide, .remainder: "two numbers"
    }
  }

  /// Applies the operator; null on either side gives null. Division by zero, integer overflow and a result
  /// beyond the range of numbers are errors, never traps; date arithmetic on a date not known to the day gives
  /// null.
  public func apply(_ left: Value, _ right: Value) throws(EvaluationError) -> Value {
    switch (left, right) {
    case (.null, _), (_, .null): return .null
    case (.integer(let left), .integer(let right)): return try integers(left, right)
    case (.integer(let left), .number(let right)): return try numbers(Double(left), right)
    case (.number(let left), .integer(let right)): return try numbers(left, Double(right))
    case (.number(let left), .number(let right)): return try numbers(left, right)
    case (.text(let left), .text(let right)) where self == .add: return .text(left + right)
    case (.date(let date), .integer(let days)) where self == .add || self == .subtract:
      return try shifted(date, by: days, negated: self == .subtract)
    case (.integer(let days), .date(let date)) where self == .add: return try shifted(date, by: days, negated: false)
    case (.date(let left), .date(let right)) where self == .subtract:
      guard let leftDay = left.dayNumber, let rightDay = right.dayNumber else { return .null }
      return .integer(leftDay - rightDay)
    default:
      throw EvaluationError("cannot apply `\(rawValue)` to \(left.kindName) and \(right.kindName)")
    }
  }

  private func integers(_ left: Int, _ right: Int) throws(EvaluationError) -> Value {
    let result: (partialValue: Int, overflow: Bool)
    switch self {
    case .add: result = left.addingReportingOverflow(right)
    case .subtract: result = left.subtractingReportingOverflow(right)
    case .multiply: result = left.multipliedReportingOverflow(by: right)
    case .divide: return try numbers(Double(left), Double(right))
    case .remainder:
      if right == 0 { throw EvaluationError("division by zero") }
      result = left.remainderReportingOverflow(dividingBy: right)
    }
    if result.overflow { throw EvaluationError("integer overflow: \(left) \(rawValue) \(right)") }
    return .integer(result.partialValue)
  }

  private func numbers(_ left: Double, _ right: Double) throws(EvaluationError) -> Value {
    let result: Double
    switch self {
    case .add: result = left + right
    case .subtract: result = left - right
    case .multiply: result = left * right
    case .divide:
      if right == 0 { throw EvaluationError("division by zero") }
      result = left / right
    case .remainder:
      if right == 0 { throw EvaluationError("division by zero") }
      result = left.truncatingRemainder(dividingBy: right)
    }
    guard result.isFinite else { throw EvaluationError("number out of range: \(left) \(rawValue) \(right)") }
    return .number(result)
  }

  private func shifted(_ date: CalendarDate, by days: Int, negated: Bool) throws(EvaluationError) -> Value {
    guard let day = date.dayNumber else { return .null }
    // Beyond a million years the calendar arithmetic itself would overflow; no news date is there.
    let limit = 365_250_000
    guard days.magnitude <= limit, day.magnitude <= limit else { throw EvaluationError("date out of range") }
    return .date(DayNumber.date(negated ? day - days : day + days))
  }
}

extension Value {
  /// Unary minus; null stays null.
  public func negated() throws(EvaluationError) -> Value {
    switch self {
    case .null: return .null
    case .integer(let integer):
      guard integer != .min else { throw EvaluationError("integer overflow: -(\(integer))") }
      return .integer(-integer)
    case .number(let number): return .number(-number)
    default: throw EvaluationError("cannot negate \(kindName)")
    }
  }

  /// What a value is, in the words of error messages (`text`, `date`).
  public var kindName: String {
    switch self {
    case .null: "null"
    case .bool: "bool"
    case .integer: "integer"
    case .number: "number"
    case .text: "text"
    case .date: "date"
    case .list: "list"
    case .entity: "entity"
    }
  }
}
