import CLineEdit
import Foundation

/// The REPL's line editor on libedit's native API: emacs keys, Ctrl-R, `~/.editrc`, history recall, and Tab
/// through a `Completer`. The only file that touches libedit (through the `CLineEdit` shim, since Swift cannot
/// call libedit's variadic functions).
final class LineEditor: LineReader {
  private let editLine: OpaquePointer
  private let history: OpaquePointer
  /// The current prompt as a C string owned here: libedit keeps the pointer the prompt callback returns.
  private var prompt: UnsafeMutablePointer<CChar>?
  /// Where libedit draws, and where completion lists go.
  private let outputDescriptor: Int32
  /// Asked on Tab with the text before the cursor.
  private let complete: (String) -> Completion

  /// An editor reading standard input and drawing on standard output, or on standard error when standard
  /// output is not a terminal (results redirected to a file stay clean); nil when the user's `~/.editrc` turns
  /// editing off (`edit off`), in which case plain reading is what they asked for.
  init?(programName: String, historySize: Int, complete: @escaping (String) -> Completion) {
    Self.useCharacterLocale()
    let drawsOnStandardError = !Terminal.isTerminal(STDOUT_FILENO) && Terminal.isTerminal(STDERR_FILENO)
    outputDescriptor = drawsOnStandardError ? STDERR_FILENO : STDOUT_FILENO
    guard
      let editLine = el_init(programName, cle_stdin(), drawsOnStandardError ? cle_stderr() : cle_stdout(), cle_stderr())
    else { return nil }
    guard let history = history_init() else {
      el_end(editLine)
      return nil
    }
    self.editLine = editLine
    self.history = history
    self.complete = complete
    cle_history_set_size(history, Int32(historySize))
    cle_history_set_unique(history, 1)
    cle_set_editor(editLine, "emacs")
    // libedit then handles SIGWINCH, SIGTSTP and restores the terminal on signals; SIGINT stays ours.
    cle_set_signal(editLine, 1)
    cle_set_history(editLine, history)
    cle_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
    cle_set_prompt(editLine) { editLine in
      LineEditor.instance(for: editLine)?.prompt
    }
    // Registered before ~/.editrc is read, so that the user's file may bind it (binding an unknown function
    // name has corrupted libedit's heap, per lldb).
    cle_add_function(editLine, "byline-complete", "complete the word before the cursor") { editLine, _ in
      LineEditor.instance(for: editLine)?.completeAtCursor() ?? UInt8(CC_ERROR)
    }
    cle_bind(editLine, "^I", "byline-complete")
    cle_bind(editLine, "^R", "em-inc-search-prev")
    el_source(editLine, nil)
    if cle_edit_mode(editLine) == 0 {
      close()
      return nil
    }
  }

  /// libedit reads multibyte input only under the locale the program sets; without it, `Путин` typed or pasted
  /// comes back empty. A `C` or `POSIX` locale (no `LANG`) gets UTF-8 anyway.
  private static func useCharacterLocale() {
    let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) }
    if chosen == nil || chosen == "C" || chosen == "POSIX" { setlocale(LC_CTYPE, "C.UTF-8") }
  }

  private static func instance(for editLine: OpaquePointer?) -> LineEditor? {
    guard let editLine, let data = cle_clientdata(editLine) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
  }

  func readLine(prompt text: String) -> LineInput {
    free(prompt)
    prompt = strdup(text)
    var count: Int32 = 0
    guard let line = el_gets(editLine, &count) else {
      if count == -1 && errno == EINTR {
        _ = Self.takeInterrupt()
        Terminal.write(Array("\n".utf8), to: outputDescriptor)
        return .interrupted
      }
      // libedit echoes ^D without a line end.
      Terminal.write(Array("\n".utf8), to: outputDescriptor)
      return .endOfInput
    }
    // The buffer is libedit's and reused by the next call: copy it now.
    var text = String(cString: line)
    if text.hasSuffix("\n") { text.removeLast() }
    return .line(text)
  }

  func remember(_ entry: String) {
    cle_history_enter(history, entry)
  }

  private var isClosed = false

  func close() {
    guard !isClosed else { return }
    isClosed = true
    history_end(history)
    el_end(editLine)
    free(prompt)
    prompt = nil
  }

  /// Tab: asks the completer about the text before the cursor, then edits the line or lists the candidates.
  private func completeAtCursor() -> UInt8 {
    guard let info = el_line(editLine)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
      return UInt8(CC_ERROR)
    }
    let before = UnsafeRawBufferPointer(start: UnsafeRawPointer(buffer), count: cursor - buffer)
    let completion = complete(String(decoding: before, as: UTF8.self))
    if completion.isEmpty { return UInt8(CC_REFRESH_BEEP) }
    if !completion.insertion.isEmpty {
      if completion.replacing > 0 { el_deletestr(editLine, Int32(completion.replacing)) }
      el_insertstr(editLine, completion.insertion)
      return UInt8(CC_REFRESH)
    }
    Terminal.write(Array(("\n" + Self.columns(completion.alternatives) + "\n").utf8), to: outputDescriptor)
    return UInt8(CC_REDISPLAY)
  }

  /// Candidates in columns across the terminal, as shells list them.
  private static func columns(_ words: [String]) -> String {
    let width = (Terminal.width(of: STDERR_FILENO) ?? 80)
    let cell = (words.map(\.count).max() ?? 0) + 2
    let perLine = max(1, width / max(cell, 1))
    var lines: [String] = []
    for start in stride(from: 0, to: words.count, by: perLine) {
      let row = words[start..<min(start + perLine, words.count)]
      lines.append(
        row.map { $0 + String(repeating: " ", count: cell - $0.count) }.joined().trimmingCharacters(in: .whitespaces))
    }
    return lines.joined(separator: "\n")
  }

  // MARK: - Ctrl-C

  /// Catches SIGINT without SA_RESTART, so that Ctrl-C at the prompt returns from `el_gets` and a running
  /// query sees the flag; the third press before the flag is taken ends the process.
  static func installInterruptHandler() { cle_install_sigint() }

  /// Whether Ctrl-C was pressed since the last `takeInterrupt`, clearing the flag.
  static func takeInterrupt() -> Bool { cle_take_interrupt() != 0 }

  /// Whether Ctrl-C was pressed since the last `takeInterrupt`; safe to ask from any thread.
  static var interruptPending: Bool { cle_interrupt_pending() != 0 }
}
