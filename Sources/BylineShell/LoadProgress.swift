import Foundation

/// Shows `byline: loading examples/corpus … 1.4 s` on standard error while a load runs, rewriting the line in
/// place, once the load has taken more than a moment; nothing when standard error is not a terminal.
///
/// The loader gives no per-file callback, so the line shows elapsed time: what matters is that a long load is
/// visibly alive. The line is wiped when the load finishes, so the summary that follows starts clean.
final class LoadProgress: @unchecked Sendable {
  /// Loads quicker than this show nothing, so the usual small corpus starts without flicker.
  static let delay = 0.4
  static let interval = 0.2

  private let label: String
  private let lock = NSLock()
  private var finished = false
  private var shownWidth = 0
  private let started = Date()

  init(label: String, enabled: Bool) {
    // The label is cut so that the line never wraps, which `\r` could not undo.
    let columns = Terminal.width(of: STDERR_FILENO) ?? 80
    self.label = String(label.prefix(max(10, columns - 30)))
    guard enabled, Terminal.isTerminal(STDERR_FILENO) else {
      finished = true
      return
    }
    let thread = Thread { [self] in run() }
    thread.start()
  }

  private func run() {
    Thread.sleep(forTimeInterval: Self.delay)
    while true {
      lock.lock()
      if finished {
        lock.unlock()
        return
      }
      let line = String(format: "\rbyline: %@ … %.1f s", label, Date().timeIntervalSince(started))
      shownWidth = line.count
      Terminal.write(Array(line.utf8), to: STDERR_FILENO)
      lock.unlock()
      Thread.sleep(forTimeInterval: Self.interval)
    }
  }

  /// Stops the updates and wipes the line (spaces, not an escape sequence, so dumb terminals wipe it too).
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    guard !finished else { return }
    finished = true
    if shownWidth > 0 {
      Terminal.write(Array(("\r" + String(repeating: " ", count: shownWidth) + "\r").utf8), to: STDERR_FILENO)
    }
  }
}
