/// What reading one line at the prompt gave.
enum LineInput: Equatable {
  case line(String)
  /// Ctrl-C: the line typed so far is dropped.
  case interrupted
  /// Ctrl-D on an empty line, or the end of the input.
  case endOfInput
}

/// Where the REPL gets its lines: libedit on a capable terminal, plain reads otherwise, a list in tests.
protocol LineReader: AnyObject {
  func readLine(prompt: String) -> LineInput
  /// Makes an entry recallable with the arrow keys and Ctrl-R.
  func remember(_ entry: String)
  /// Restores the terminal; call on every way out, since `exit` runs no `deinit`.
  func close()
}
