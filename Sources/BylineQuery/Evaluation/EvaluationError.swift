/// A failure while computing a value (division by zero, overflow, text that is not a date): reported to the
/// user as a runtime error at the expression that caused it, never a trap.
public struct EvaluationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong, in the words the diagnostic prints ("division by zero").
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
