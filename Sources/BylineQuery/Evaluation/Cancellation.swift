/// Lets a long query be stopped from outside (the REPL's Ctrl-C): the evaluator asks every few thousand rows.
public struct Cancellation: Sendable {
  /// How many rows pass between two questions: often enough to stop within a blink, rarely enough to cost
  /// nothing measurable.
  static let interval = 4096

  private let isCancelledCheck: @Sendable () -> Bool

  public init(_ isCancelled: @escaping @Sendable () -> Bool) {
    isCancelledCheck = isCancelled
  }

  /// Never cancelled: scripts and `-c`, where Ctrl-C ends the process.
  public static let never = Cancellation { false }

  public var isCancelled: Bool { isCancelledCheck() }
}
