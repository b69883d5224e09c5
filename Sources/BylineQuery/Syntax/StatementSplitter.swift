/// Where one statement of a script lies, and the line it starts on.
public struct StatementSpan: Hashable, Sendable {
  /// From the statement's first token to its last, without the separator.
  public var range: SourceRange
  /// The line (from 1) of its first token.
  public var line: Int

  public init(range: SourceRange, line: Int) {
    self.range = range
    self.line = line
  }
}

/// Answers "is this input complete?" for the REPL and the script reader, and cuts a script into
/// statements, with the lexer's own rules so that both always agree with the parser (the same role as
/// SQLite's `sqlite3_complete`).
public enum StatementSplitter {
  /// Whether the REPL should run what was typed, rather than ask for another line.
  ///
  /// False while a bracket or a string is open or the last token is `|`. A line that may yet be continued
  /// by one starting with `|` counts as complete: the REPL cannot wait for a line that may never come.
  ///
  /// `isComplete("quotes |")` is false; `isComplete("quotes | where text ~ /x")` is true (and the regex is
  /// then reported as unterminated, since a regex ends on its line).
  public static func isComplete(_ source: SourceText) -> Bool {
    let lexed = Lexer.tokens(in: source)
    if lexed.endsInsideString || lexed.openBrackets > 0 { return false }
    let lastToken = lexed.tokens.dropLast().last
    return lastToken?.kind != .pipe
  }

  /// `isComplete` for typed text.
  public static func isComplete(_ text: String) -> Bool {
    isComplete(SourceText(text))
  }

  /// The statements of a script in order, skipping empty ones; parse each with `Parser.parse(source,
  /// range: span.range)` so diagnostics carry the script's line numbers.
  public static func split(_ source: SourceText) -> [StatementSpan] {
    var spans: [StatementSpan] = []
    var first: Token?
    var last: Token?
    for token in Lexer.tokens(in: source).tokens {
      switch token.kind {
      case .newline, .semicolon, .endOfInput:
        if let first, let last {
          spans.append(
            StatementSpan(
              range: first.range.joined(with: last.range), line: source.line(containing: first.range.lowerBound)))
        }
        first = nil
        last = nil
      default:
        if first == nil { first = token }
        last = token
      }
    }
    return spans
  }
}
