/// A problem found in a query (by the lexer, the parser, the checker or at run time), pointing at source.
///
/// It is a value; only `DiagnosticRenderer` turns it into text.
public struct Diagnostic: Hashable, Sendable {
  /// How serious the problem is; only errors stop a statement from running.
  public enum Severity: String, Hashable, Sendable {
    case error
    case warning
    case note
  }

  /// A secondary remark, optionally pointing at another place, such as where an unclosed `(` was opened.
  public struct Note: Hashable, Sendable {
    public var message: String
    public var range: SourceRange?

    public init(_ message: String, at range: SourceRange? = nil) {
      self.message = message
      self.range = range
    }
  }

  public var severity: Severity
  /// One line, lower case, no final full stop: `expected ')' to close '(' at 1:14, found '|'`.
  public var message: String
  /// Where the carets go; an empty range puts one caret at its offset.
  public var range: SourceRange
  public var notes: [Note]
  /// A fix in words, rendered as `help: …`: `did you mean 'speaker'?`.
  public var help: String?

  public init(
    _ severity: Severity = .error, _ message: String, at range: SourceRange, notes: [Note] = [],
    help: String? = nil
  ) {
    self.severity = severity
    self.message = message
    self.range = range
    self.notes = notes
    self.help = help
  }

  /// An error: the common case.
  public static func error(_ message: String, at range: SourceRange, help: String? = nil) -> Diagnostic {
    Diagnostic(.error, message, at: range, help: help)
  }

  public var isError: Bool { severity == .error }
}

extension Array where Element == Diagnostic {
  /// Sorted by position, keeping the order of diagnostics at the same offset, as they are rendered.
  public func sortedByPosition() -> [Diagnostic] {
    enumerated().sorted { left, right in
      (left.element.range.lowerBound, left.offset) < (right.element.range.lowerBound, right.offset)
    }.map(\.element)
  }

  /// Whether any of them is an error.
  public var containsError: Bool { contains { $0.isError } }
}
