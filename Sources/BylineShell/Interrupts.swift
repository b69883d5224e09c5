import BylineQuery

/// Ctrl-C in the REPL: the flag the signal handler sets, seen by the evaluator as a `Cancellation` (SQLite's
/// `sqlite3_interrupt` idea). Scripts and `-c` leave SIGINT alone, so there Ctrl-C ends the process.
enum Interrupts {
  static func install() { LineEditor.installInterruptHandler() }

  /// Whether Ctrl-C was pressed, clearing the flag.
  static func take() -> Bool { LineEditor.takeInterrupt() }

  /// Cancels the running statement once Ctrl-C has been pressed.
  static let cancellation = Cancellation { LineEditor.interruptPending }
}
