import Foundation

/// Reads lines from standard input without line editing, printing the prompt itself: for `TERM=dumb`
/// (an Emacs shell buffer edits the line itself) and for an `~/.editrc` that says `edit off`.
///
/// Bytes are read one at a time with `read(2)`, so that Ctrl-C (SIGINT without SA_RESTART) interrupts the
/// wait and drops the partial line, as in the editor.
final class PlainLineReader: LineReader {
  private let promptDescriptor: Int32

  init() {
    promptDescriptor =
      !Terminal.isTerminal(STDOUT_FILENO) && Terminal.isTerminal(STDERR_FILENO)
      ? STDERR_FILENO : STDOUT_FILENO
  }

  func readLine(prompt: String) -> LineInput {
    Terminal.write(Array(prompt.utf8), to: promptDescriptor)
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while true {
      let count = read(STDIN_FILENO, &byte, 1)
      if count < 0 && errno == EINTR {
        if Interrupts.take() {
          Terminal.write(Array("\n".utf8), to: promptDescriptor)
          return .interrupted
        }
        continue
      }
      if count <= 0 {
        if bytes.isEmpty {
          Terminal.write(Array("\n".utf8), to: promptDescriptor)
          return .endOfInput
        }
        break
      }
      if byte == UInt8(ascii: "\n") { break }
      bytes.append(byte)
    }
    if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
    return .line(String(decoding: bytes, as: UTF8.self))
  }

  func remember(_ entry: String) {}

  func close() {}
}
