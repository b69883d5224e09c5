/// Why a statement stopped while it ran: an error in a row (a division by zero, a bad argument) pointing at the
/// expression that met it, or an interruption by the user.
public struct RuntimeFailure: Error, Sendable {
  public var diagnostic: Diagnostic
  /// The user asked to stop (Ctrl-C); not an error in the query.
  public var isInterruption: Bool

  init(_ message: String, at range: SourceRange, help: String? = nil) {
    diagnostic = .error(message, at: range, help: help)
    isInterruption = false
  }

  init(diagnostic: Diagnostic) {
    self.diagnostic = diagnostic
    isInterruption = false
  }

  static func interrupted(at range: SourceRange) -> RuntimeFailure {
    var failure = RuntimeFailure("interrupted", at: range)
    failure.isInterruption = true
    return failure
  }
}

/// An expression compiled against the rows it will see: its type, known before anything runs, and how to
/// compute it for one row.
struct CompiledExpression: Sendable {
  var type: ValueType
  var evaluate: @Sendable (Row) throws(RuntimeFailure) -> Value
  /// The value when it does not depend on the row (a literal), for the fast paths of `contains` and `=`.
  var constant: Value?
  /// For a text field of a collection: the text as a slice of the body it lives in, without building a string.
  var textSlice: (@Sendable (CollectionRow) -> TextSlice?)?
  /// For an entity field of a collection: the values as small integers, for `group` to count into an array.
  var ordinal: Ordinal?

  init(type: ValueType, constant: Value? = nil, _ evaluate: @escaping @Sendable (Row) throws(RuntimeFailure) -> Value) {
    self.type = type
    self.constant = constant
    self.evaluate = evaluate
  }

  static func constant(_ value: Value, type: ValueType) -> CompiledExpression {
    CompiledExpression(type: type, constant: value) { _ in value }
  }
}

/// Values that map one to one onto `0..<count` (entities by index), so that grouping needs no hashing.
struct Ordinal: Sendable {
  let count: Int
  /// The row's ordinal; nil for null.
  let index: @Sendable (CollectionRow) -> Int?
  /// The value an ordinal stands for.
  let value: @Sendable (Int) -> Value
}
