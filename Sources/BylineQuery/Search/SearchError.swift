/// A search query that cannot run, pointing inside the query text.
public struct SearchError: Error, Hashable, Sendable, CustomStringConvertible {
  /// One line, lower case, no final full stop, as `Diagnostic.message`.
  public var message: String
  /// Byte offsets into the query's source text.
  public var range: SourceRange
  /// A fix in words: `did you mean 'speaker'?`.
  public var help: String?

  public init(_ message: String, at range: SourceRange, help: String? = nil) {
    self.message = message
    self.range = range
    self.help = help
  }

  /// The error as a diagnostic of the language.
  public var diagnostic: Diagnostic { .error(message, at: range, help: help) }

  public var description: String { message }
}
