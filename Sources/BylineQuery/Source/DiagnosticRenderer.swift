/// The one place that turns diagnostics into text.
///
/// The REPL, scripts, `-c` and the tests all show the same picture:
///
/// ```
/// script.byline:1:10: error: unknown stage 'wher'
/// quotes | wher speaker = "Putin"
///          ^^^^
/// help: did you mean 'where'?
/// ```
public struct DiagnosticRenderer: Sendable {
  /// Plain text, or with ANSI colours for a terminal; the caller decides (this library knows no terminals).
  public enum Style: Sendable {
    case plain
    case colored
  }

  public let source: SourceText
  public let style: Style

  public init(source: SourceText, style: Style = .plain) {
    self.source = source
    self.style = style
  }

  /// All diagnostics in source order, each ending with a newline.
  public func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.sortedByPosition().map(render).joined()
  }

  /// One diagnostic: its headline, the source line with carets, its notes and help, each line ending in `\n`.
  public func render(_ diagnostic: Diagnostic) -> String {
    var output = headline(diagnostic.severity.rawValue, diagnostic.message, at: diagnostic.range)
    output += picture(of: diagnostic.range)
    for note in diagnostic.notes {
      if let range = note.range {
        output += headline("note", note.message, at: range) + picture(of: range)
      } else {
        output += paint("note:", .cyan) + " " + note.message + "\n"
      }
    }
    if let help = diagnostic.help {
      output += paint("help:", .cyan) + " " + help + "\n"
    }
    return output
  }

  private func headline(_ label: String, _ message: String, at range: SourceRange) -> String {
    let prefix = source.name.map { "\($0):" } ?? ""
    let location = source.location(of: range.lowerBound)
    let color: Color =
      switch label {
      case "error": .red
      case "warning": .yellow
      default: .cyan
      }
    return paint("\(prefix)\(location):", .bold) + " " + paint("\(label):", color) + " " + paint(message, .bold)
      + "\n"
  }

  /// The line holding the start of the range, and a caret under each column of the range on that line (one
  /// caret for an empty range, or for a range that starts at the end of the line).
  private func picture(of range: SourceRange) -> String {
    let start = min(max(range.lowerBound, 0), source.bytes.count)
    let line = source.lineRange(source.line(containing: start))
    let highlightStart = min(start, line.upperBound)
    let highlightEnd = min(max(range.upperBound, highlightStart), line.upperBound)
    let before = displayed(SourceRange(line.lowerBound, highlightStart))
    let highlighted = displayed(SourceRange(highlightStart, highlightEnd))
    let after = displayed(SourceRange(highlightEnd, line.upperBound))
    // Tabs are copied into the padding so the carets line up whatever the terminal's tab stops are.
    var padding = ""
    for character in before {
      padding += character == "\t" ? "\t" : String(repeating: " ", count: Self.width(of: character))
    }
    let caretCount = max(1, highlighted.reduce(0) { $0 + Self.width(of: $1) })
    let sourceLine = before + highlighted + after
    return sourceLine + "\n" + padding + paint(String(repeating: "^", count: caretCount), .green) + "\n"
  }

  /// A range of the source as it can be shown: control characters (a NUL, an escape) as their visible
  /// pictures, so a hostile query cannot move the cursor or hide text; invalid UTF-8 as U+FFFD.
  private func displayed(_ range: SourceRange) -> String {
    var text = ""
    for scalar in source.text(range).unicodeScalars {
      switch scalar.value {
      case 0x09: text.unicodeScalars.append(scalar)
      case 0x00..<0x20: text.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
      case 0x7F: text += "\u{2421}"
      case 0x80..<0xA0: text += "\u{FFFD}"
      default: text.unicodeScalars.append(scalar)
      }
    }
    return text
  }

  /// How many terminal cells a character takes: two for East Asian wide letters and emoji, one otherwise.
  static func width(of character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    if first.properties.isEmojiPresentation { return 2 }
    switch first.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }

  private enum Color: String {
    case bold = "1"
    case red = "1;31"
    case yellow = "1;33"
    case cyan = "1;36"
    case green = "1;32"
  }

  private func paint(_ text: String, _ color: Color) -> String {
    style == .plain ? text : "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m"
  }
}
