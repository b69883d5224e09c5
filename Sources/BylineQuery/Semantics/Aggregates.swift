/// An aggregate of `group … aggregate NAME = AGG(EXPR)`: name, parameter, result type, help line, and the
/// accumulator that folds a group's values into one.
///
/// Nulls are left out as in SQL: `count(x)`, `count_distinct`, `sum`, `avg`, `min`, `max`, `list` and `first`
/// see only the values that are not null, and give null (`count`s give 0) when there are none; `count()`
/// without an argument counts rows.
public struct Aggregate: Sendable {
  /// Which fold an accumulator does.
  enum Kind: Sendable {
    case count, countDistinct, sum, average, minimum, maximum, list, first
  }

  public let name: String
  public let signature: Signature
  /// One line for `.help`, completion and the manual.
  public let summary: String
  let kind: Kind

  /// The result type for these argument types, or why the call does not fit.
  public func resultType(for arguments: [ValueType]) -> Result<ValueType, CallProblem> {
    if let problem = signature.problem(with: arguments) { return .failure(problem) }
    let argument = arguments.first ?? .any
    switch kind {
    case .count, .countDistinct: return .success(.integer)
    case .sum: return .success(argument == .integer ? .integer : .number)
    case .average: return .success(.number)
    case .minimum, .maximum, .first: return .success(argument)
    case .list: return .success(.list(argument))
    }
  }

  /// A fresh accumulator, one per group.
  public func makeAccumulator() -> Accumulator { Accumulator(kind) }
}

/// The running state of one aggregate over one group's rows.
public struct Accumulator: Sendable {
  private let kind: Aggregate.Kind
  // One set of fields for every kind rather than an enum with payloads: mutating a payload in place would copy
  // the array or set inside it on every row.
  private var count = 0
  private var integerSum = 0
  private var numberSum = 0.0
  private var sawDecimal = false
  private var chosen: Value? = nil
  private var values: [Value] = []
  private var distinct: Set<Value> = []

  init(_ kind: Aggregate.Kind) {
    self.kind = kind
  }

  /// Adds one row's argument; nil for a call without argument (`count()`), which counts the row.
  public mutating func add(_ argument: Value?) throws(EvaluationError) {
    guard let argument else {
      count += 1
      return
    }
    if argument.isNull { return }
    switch kind {
    case .count: count += 1
    case .countDistinct: distinct.insert(argument)
    case .sum, .average: try addNumber(argument)
    case .minimum:
      if let current = chosen, current.sortOrder(against: argument) != .greater { return }
      chosen = argument
    case .maximum:
      if let current = chosen, current.sortOrder(against: argument) != .less { return }
      chosen = argument
    case .list: values.append(argument)
    case .first: if chosen == nil { chosen = argument }
    }
  }

  /// The aggregate of the values added so far.
  public var result: Value {
    switch kind {
    case .count: return .integer(count)
    case .countDistinct: return .integer(distinct.count)
    case .sum:
      if count == 0 { return .null }
      return sawDecimal ? .number(numberSum) : .integer(integerSum)
    case .average: return count == 0 ? .null : .number(numberSum / Double(count))
    case .minimum, .maximum, .first: return chosen ?? .null
    case .list: return .list(values)
    }
  }

  private mutating func addNumber(_ argument: Value) throws(EvaluationError) {
    switch argument {
    case .integer(let integer):
      numberSum += Double(integer)
      // Averages never overflow; only an integer sum must stay exact.
      if kind == .sum && !sawDecimal {
        let (sum, overflow) = integerSum.addingReportingOverflow(integer)
        if overflow { throw EvaluationError("integer overflow in `sum`") }
        integerSum = sum
      }
    case .number(let number):
      numberSum += number
      sawDecimal = true
    default:
      throw EvaluationError("`\(kind == .sum ? "sum" : "avg")` takes numbers, found \(argument.kindName)")
    }
    count += 1
    if !numberSum.isFinite { throw EvaluationError("number out of range in `\(kind == .sum ? "sum" : "avg")`") }
  }
}

/// The aggregates of `group`: one table, which the checker, the evaluator, `.help` and completion read.
public enum Aggregates {
  public static let all: [Aggregate] = [
    Aggregate(
      name: "count", signature: Signature([Parameter("value", .any)], requiredCount: 0),
      summary: "number of rows; with an argument, of rows where it is not null", kind: .count),
    Aggregate(
      name: "count_distinct", signature: Signature([Parameter("value", .any)]),
      summary: "number of distinct values that are not null", kind: .countDistinct),
    Aggregate(
      name: "sum", signature: Signature([Parameter("number", .number)]),
      summary: "sum of the numbers; an integer when all are integers", kind: .sum),
    Aggregate(
      name: "avg", signature: Signature([Parameter("number", .number)]), summary: "mean of the numbers",
      kind: .average),
    Aggregate(
      name: "min", signature: Signature([Parameter("value", .any)]),
      summary: "smallest value, in the order `sort` uses", kind: .minimum),
    Aggregate(
      name: "max", signature: Signature([Parameter("value", .any)]),
      summary: "largest value, in the order `sort` uses", kind: .maximum),
    Aggregate(
      name: "list", signature: Signature([Parameter("value", .any)]), summary: "the values, in row order",
      kind: .list),
    Aggregate(
      name: "first", signature: Signature([Parameter("value", .any)]), summary: "the first value, in row order",
      kind: .first),
  ]

  private static let indexByName = Dictionary(
    all.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })

  /// The aggregate of this name.
  public static func named(_ name: String) -> Aggregate? { indexByName[name].map { all[$0] } }

  public static var names: [String] { all.map(\.name) }
}
