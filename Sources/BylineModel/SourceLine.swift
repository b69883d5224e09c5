/// A non-body line of the input file, kept so that nothing read vanishes silently.
public struct BoilerplateLine: Hashable, Sendable {
  /// 1-based line number in the decoded file.
  public var line: Int
  /// The line with surrounding whitespace removed.
  public var text: String
  /// Why it is not article text (`navigation`, `advertising`, `author bio`, …).
  public var reason: String

  public init(line: Int, text: String, reason: String) {
    self.line = line
    self.text = text
    self.reason = reason
  }
}

/// A line that was read as article metadata rather than body.
public struct MetadataLine: Hashable, Sendable {
  /// What the line told us.
  public enum Role: String, Sendable {
    case title, date, byline, credit, source
  }

  public var line: Int
  public var text: String
  public var role: Role

  public init(line: Int, text: String, role: Role) {
    self.line = line
    self.text = text
    self.role = role
  }
}
