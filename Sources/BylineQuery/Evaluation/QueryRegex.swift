import Foundation

/// A regex literal of a query (`/\bsanction/i`), compiled once when the statement is checked.
///
/// ICU's engine through `NSRegularExpression`: its syntax is the one people know from other tools, it is safe
/// to share between threads, and an invalid pattern is an error value rather than a trap.
final class QueryRegex: @unchecked Sendable {
  private let expression: NSRegularExpression

  /// Flags as in the literal: `i` ignore case, `m` `^`/`$` at line ends, `s` `.` matches a line end, `x` spaces
  /// and `#` comments in the pattern are ignored.
  init(pattern: String, flags: String) throws(EvaluationError) {
    var options: NSRegularExpression.Options = []
    for flag in flags {
      switch flag {
      case "i": options.insert(.caseInsensitive)
      case "m": options.insert(.anchorsMatchLines)
      case "s": options.insert(.dotMatchesLineSeparators)
      case "x": options.insert(.allowCommentsAndWhitespace)
      default: throw EvaluationError("unknown regex flag `\(flag)`; flags are i, m, s and x")
      }
    }
    do {
      expression = try NSRegularExpression(pattern: pattern, options: options)
    } catch {
      throw EvaluationError(Self.reason(pattern))
    }
  }

  /// Whether the regex matches somewhere in the text.
  func matches(_ text: some StringProtocol) -> Bool {
    let string = String(text)
    return expression.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) != nil
  }

  /// `~` on any cell: text by itself, an entity by its name or an alias, a list when an element matches.
  func matches(_ value: Value, in corpus: IndexedCorpus) -> Truth {
    switch value {
    case .null: return .unknown
    case .text(let text): return Truth(matches(text))
    case .entity(let reference):
      if matches(reference.name) { return .true }
      guard corpus.corpus.entities.indices.contains(reference.index) else { return .false }
      return Truth(corpus.corpus.entities[reference.index].aliases.contains { matches($0) })
    case .list(let elements):
      return elements.reduce(Truth.false) { $0.or(matches($1, in: corpus)) }
    default:
      return value.plainText.map { Truth(matches($0)) } ?? .unknown
    }
  }

  /// Why ICU rejects `pattern`, in words: ICU's own error is only "The value is invalid", so the reason comes
  /// from Swift's regex parser, whose syntax is close enough to point at the fault ("expected ')'").
  private static func reason(_ pattern: String) -> String {
    do {
      _ = try Regex(pattern)
    } catch {
      let text = "\(error)"
      return text.count > 120 ? String(text.prefix(120)) + "…" : text
    }
    return "the pattern is not valid ICU regex syntax"
  }
}
