import BylineModel

/// Turns the UTF-8 bytes of a query into tokens in one pass, with a `switch` on the current byte.
///
/// It never throws and never stops early: bytes it cannot read become `.error` tokens, each explained by a
/// diagnostic (at most `maximumDiagnostics` of them), and the token list always ends with `.endOfInput`.
public struct Lexer {
  /// The tokens of a source, the problems found in its bytes, and what the statement splitter needs to
  /// know whether the input is complete.
  public struct Output: Sendable {
    public var tokens: [Token]
    public var diagnostics: [Diagnostic]
    /// Brackets opened and not closed by the end of the input.
    public var openBrackets: Int
    /// Whether the input ends inside a string literal, which may span lines.
    public var endsInsideString: Bool
  }

  /// More diagnostics than this are dropped: after ten, the rest are usually echoes of the first.
  public static let maximumDiagnostics = 10

  /// The flags a regex literal may carry: `i` ignore case, `m` anchors match at line ends, `s` dot matches
  /// newlines, `x` extended (white space and comments in the pattern).
  public static let regexFlags: Set<UInt8> = Set("imsx".utf8)

  private let source: SourceText
  private let bytes: [UInt8]
  /// Where lexing began: the end of input of an empty range.
  private let firstOffset: Int
  private let end: Int
  private var position: Int
  private var tokens: [Token] = []
  private var diagnostics: [Diagnostic] = []
  private var bracketDepth = 0
  private var endsInsideString = false

  /// The tokens of the whole source, or of one range of it (a statement the splitter found); offsets are
  /// always into the whole source.
  public static func tokens(in source: SourceText, range: SourceRange? = nil) -> Output {
    var lexer = Lexer(source: source, range: range ?? source.wholeRange)
    lexer.run()
    return Output(
      tokens: lexer.tokens, diagnostics: lexer.diagnostics, openBrackets: lexer.bracketDepth,
      endsInsideString: lexer.endsInsideString)
  }

  private init(source: SourceText, range: SourceRange) {
    self.source = source
    bytes = source.bytes
    end = min(range.upperBound, source.bytes.count)
    firstOffset = min(range.lowerBound, end)
    position = firstOffset
  }

  // MARK: - The main switch

  private mutating func run() {
    while true {
      skipSpacesAndComments()
      guard position < end else { break }
      let start = position
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "\n"): lexNewline()
      case UInt8(ascii: "|"): single(.pipe)
      case UInt8(ascii: ";"):
        // Nothing can continue across a `;`: closing every bracket here keeps one typo from swallowing the
        // statements after it.
        bracketDepth = 0
        single(.semicolon)
      case UInt8(ascii: ","): single(.comma)
      case UInt8(ascii: "."): single(.dot)
      case UInt8(ascii: ":"): single(.colon)
      case UInt8(ascii: "("):
        bracketDepth += 1
        single(.leftParenthesis)
      case UInt8(ascii: "["):
        bracketDepth += 1
        single(.leftBracket)
      case UInt8(ascii: ")"):
        bracketDepth = max(0, bracketDepth - 1)
        single(.rightParenthesis)
      case UInt8(ascii: "]"):
        bracketDepth = max(0, bracketDepth - 1)
        single(.rightBracket)
      case UInt8(ascii: "~"): single(.tilde)
      case UInt8(ascii: "+"): single(.plus)
      case UInt8(ascii: "-"): single(.minus)
      case UInt8(ascii: "*"): single(.star)
      case UInt8(ascii: "%"): single(.percent)
      case UInt8(ascii: "="):
        if peek(1) == UInt8(ascii: "=") {
          invalid(length: 2, "'==' is not an operator", help: "comparison is a single '=': a = b")
        } else {
          single(.equal)
        }
      case UInt8(ascii: "!"):
        if peek(1) == UInt8(ascii: "=") {
          single(.notEqual, length: 2)
        } else if peek(1) == UInt8(ascii: "~") {
          single(.notTilde, length: 2)
        } else {
          invalid(length: 1, "unexpected '!'", help: "write 'not' to negate, '!=' or '!~' to compare")
        }
      case UInt8(ascii: "<"):
        if peek(1) == UInt8(ascii: "=") {
          single(.lessOrEqual, length: 2)
        } else if peek(1) == UInt8(ascii: ">") {
          invalid(length: 2, "'<>' is not an operator", help: "did you mean '!='?")
        } else {
          single(.less)
        }
      case UInt8(ascii: ">"):
        single(peek(1) == UInt8(ascii: "=") ? .greaterOrEqual : .greater, length: peek(1) == UInt8(ascii: "=") ? 2 : 1)
      case UInt8(ascii: "&"):
        invalid(
          length: peek(1) == UInt8(ascii: "&") ? 2 : 1, "unexpected '&'", help: "write 'and' to combine conditions")
      case UInt8(ascii: "/"):
        if regexMayStartHere { lexRegex() } else { single(.slash) }
      case UInt8(ascii: "\""), UInt8(ascii: "'"): lexString()
      case UInt8(ascii: "`"): lexQuotedIdentifier()
      case UInt8(ascii: "0")...UInt8(ascii: "9"): lexNumber()
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
        lexIdentifier()
      case 0:
        invalid(length: 1, "NUL byte in query", help: "the query text contains a zero byte; remove it")
      case 0x80...:
        lexNonASCII()
      case 0x01..<0x20, 0x7F:
        invalid(length: 1, "unexpected control character U+\(hex(byte, width: 4))")
      default:
        invalid(length: 1, "unexpected character '\(Character(Unicode.Scalar(byte)))'")
      }
      // Every case above consumes at least one byte: the loop always makes progress.
      assert(position > start)
    }
    // "found end of input" points just after the last token, not past trailing blank lines and comments,
    // so the caret lands where something is missing.
    tokens.append(Token(.endOfInput, .at(tokens.last?.range.upperBound ?? firstOffset)))
  }

  private func peek(_ distance: Int) -> UInt8? {
    position + distance < end ? bytes[position + distance] : nil
  }

  private mutating func single(_ kind: Token.Kind, length: Int = 1) {
    tokens.append(Token(kind, SourceRange(position, position + length)))
    position += length
  }

  /// An error token over the next `length` bytes, with its diagnostic.
  private mutating func invalid(length: Int, _ message: String, help: String? = nil) {
    let range = SourceRange(position, min(position + length, end))
    position = range.upperBound
    invalid(range, message, help: help)
  }

  /// An error token over bytes already consumed, with its diagnostic.
  private mutating func invalid(_ range: SourceRange, _ message: String, help: String? = nil) {
    report(message, at: range, help: help)
    tokens.append(Token(.error, range))
  }

  private mutating func report(_ message: String, at range: SourceRange, help: String? = nil) {
    guard diagnostics.count < Self.maximumDiagnostics else { return }
    diagnostics.append(.error(message, at: range, help: help))
  }

  // MARK: - Trivia and line ends

  /// Spaces, tabs, carriage returns, no-break spaces (common in text pasted from web pages) and `#` comments,
  /// up to but not including a line end.
  private mutating func skipSpacesAndComments() {
    while position < end {
      switch bytes[position] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        position += 1
      case 0xC2 where peek(1) == 0xA0:
        position += 2
      case UInt8(ascii: "#"):
        while position < end, bytes[position] != UInt8(ascii: "\n") { position += 1 }
      default:
        return
      }
    }
  }

  /// A line end, with the blank and comment lines after it folded in one pass (so many empty lines stay
  /// linear), becomes a `.newline` token only where it ends a statement: not inside brackets, not after `|`
  /// or another separator, and not when the next line starts with `|`.
  private mutating func lexNewline() {
    let start = position
    while position < end, bytes[position] == UInt8(ascii: "\n") {
      position += 1
      skipSpacesAndComments()
    }
    guard bracketDepth == 0, position < end, bytes[position] != UInt8(ascii: "|") else { return }
    switch tokens.last?.kind {
    case nil, .pipe, .semicolon, .newline: return
    default: tokens.append(Token(.newline, SourceRange(start, start + 1)))
    }
  }

  // MARK: - Literals

  /// A `/` starts a regex where an operand is expected, and divides after one: `a / 2` but `text ~ /x/`.
  private var regexMayStartHere: Bool {
    switch tokens.last?.kind {
    case .identifier, .integer, .decimal, .date, .string, .regex, .rightParenthesis, .rightBracket,
      .keyword(.true), .keyword(.false), .keyword(.null):
      false
    default:
      true
    }
  }

  /// A string, `"text"` or `'text'`.
  ///
  /// A string may span lines: the spec lets a statement continue inside quotes.
  private mutating func lexString() {
    let start = position
    let quote = bytes[position]
    position += 1
    var isValid = true
    while position < end {
      let byte = bytes[position]
      switch byte {
      case quote:
        position += 1
        tokens.append(Token(isValid ? .string : .error, SourceRange(start, position)))
        return
      case UInt8(ascii: "\\"):
        isValid = lexEscape() && isValid
      case 0:
        report(
          "NUL byte in string literal", at: SourceRange(position, position + 1), help: "write \\u{0} if you mean it")
        isValid = false
        position += 1
      case 0x80...:
        isValid = skipScalar(in: "string literal") && isValid
      default:
        position += 1
      }
    }
    endsInsideString = true
    let closing = quote == UInt8(ascii: "\"") ? "\"" : "'"
    invalid(
      SourceRange(start, end), "unterminated string literal",
      help: "add the closing \(closing); a string may span lines, so this one ran to the end of the input")
  }

  /// One escape inside a string, starting at the backslash; whether it is valid.
  ///
  /// Accepted: `\" \' \\ \n \t \r \u{1F600}`.
  private mutating func lexEscape() -> Bool {
    let start = position
    guard let escaped = peek(1) else {
      position += 1
      return false
    }
    switch escaped {
    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"), UInt8(ascii: "n"), UInt8(ascii: "t"),
      UInt8(ascii: "r"):
      position += 2
      return true
    case UInt8(ascii: "u"):
      return lexUnicodeEscape()
    default:
      // Report the escaped character whole, even when it is not ASCII.
      let length = escaped < 0x80 ? 1 : (decodeScalar(at: position + 1)?.length ?? 1)
      let range = SourceRange(start, position + 1 + length)
      report(
        "unknown escape sequence '\(source.text(range))' in string literal", at: range,
        help: "escapes are \\\" \\' \\\\ \\n \\t \\r \\u{…}; write \\\\ for a backslash")
      position = range.upperBound
      return false
    }
  }

  /// `\u{1F600}`: one to eight hex digits naming a Unicode scalar value (not a surrogate half).
  private mutating func lexUnicodeEscape() -> Bool {
    let start = position
    position += 2
    let digitsStart = position + 1
    var digitsEnd = digitsStart
    if peek(0) == UInt8(ascii: "{") {
      while digitsEnd < end, digitsEnd - digitsStart < 9, isHexDigit(bytes[digitsEnd]) { digitsEnd += 1 }
    }
    let digits = source.text(SourceRange(digitsStart, digitsEnd))
    guard peek(0) == UInt8(ascii: "{"), (1...8).contains(digits.count), digitsEnd < end,
      bytes[digitsEnd] == UInt8(ascii: "}")
    else {
      position = max(position, digitsEnd)
      report(
        "invalid unicode escape: expected 1 to 8 hex digits in braces after \\u", at: SourceRange(start, position),
        help: "write a code point in braces: \\u{E9}")
      return false
    }
    position = digitsEnd + 1
    guard let value = UInt32(digits, radix: 16), Unicode.Scalar(value) != nil else {
      report("invalid unicode escape: U+\(digits) is not a Unicode scalar value", at: SourceRange(start, position))
      return false
    }
    return true
  }

  /// A regex literal, `/pattern/flags`.
  ///
  /// A regex ends on its line; inside it `\/` is a slash and `[/]` a class holding one.
  private mutating func lexRegex() {
    let start = position
    position += 1
    var isValid = true
    var inClass = false
    while position < end, bytes[position] != UInt8(ascii: "\n") {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "/") where !inClass:
        position += 1
        if position == start + 2 {
          report(
            "empty regex literal", at: SourceRange(start, position),
            help: "comments start with '#'; a regex needs a pattern: /missile/i")
          isValid = false
        }
        isValid = lexRegexFlags() && isValid
        tokens.append(Token(isValid ? .regex : .error, SourceRange(start, position)))
        return
      case UInt8(ascii: "\\"):
        position += peek(1) == nil || peek(1) == UInt8(ascii: "\n") ? 1 : 2
      case UInt8(ascii: "["):
        inClass = true
        position += 1
      case UInt8(ascii: "]"):
        inClass = false
        position += 1
      case 0:
        report("NUL byte in regex literal", at: SourceRange(position, position + 1))
        isValid = false
        position += 1
      case 0x80...:
        isValid = skipScalar(in: "regex literal") && isValid
      default:
        position += 1
      }
    }
    invalid(
      SourceRange(start, position), "unterminated regex literal",
      help: "a regex ends with '/' on the same line; write \\/ for a slash inside it")
  }

  private mutating func lexRegexFlags() -> Bool {
    var isValid = true
    while position < end, isLetter(bytes[position]) {
      if !Self.regexFlags.contains(bytes[position]) {
        report(
          "unknown regex flag '\(Character(Unicode.Scalar(bytes[position])))'",
          at: SourceRange(position, position + 1),
          help: "flags are i (ignore case), m (multi-line anchors), s (dot matches newline), x (extended)")
        isValid = false
      }
      position += 1
    }
    return isValid
  }

  /// An integer, a decimal, or a date.
  ///
  /// Four digits followed directly by `-` and a digit start a date, so
  /// `2024-06-19` is a date and `2024 - 6` a subtraction.
  private mutating func lexNumber() {
    let start = position
    while position < end, isDigit(bytes[position]) { position += 1 }
    if position - start == 4, peek(0) == UInt8(ascii: "-"), let next = peek(1), isDigit(next) {
      lexDate(from: start)
      return
    }
    if peek(0) == UInt8(ascii: "."), let next = peek(1), isDigit(next) {
      position += 1
      while position < end, isDigit(bytes[position]) { position += 1 }
      tokens.append(Token(.decimal, SourceRange(start, position)))
      return
    }
    let range = SourceRange(start, position)
    guard Int(source.text(range)) != nil else {
      invalid(range, "integer literal \(source.text(range)) is too large", help: "the largest integer is \(Int.max)")
      return
    }
    tokens.append(Token(.integer, range))
  }

  /// `2024-06-19` (a day) or `2024-06` (a month), checked against the calendar.
  private mutating func lexDate(from start: Int) {
    while position < end,
      isDigit(bytes[position]) || (bytes[position] == UInt8(ascii: "-") && peek(1).map(isDigit) == true)
    {
      position += 1
    }
    let range = SourceRange(start, position)
    let text = source.text(range)
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count <= 3, parts.dropFirst().allSatisfy({ $0.count == 2 }) else {
      invalid(range, "malformed date literal '\(text)'", help: "write a day as YYYY-MM-DD and a month as YYYY-MM")
      return
    }
    let year = Int(parts[0]) ?? 0
    let month = Int(parts[1]) ?? 0
    if !(1...12).contains(month) {
      invalid(range, "invalid date literal '\(text)': there is no month \(parts[1])", help: "months run from 01 to 12")
      return
    }
    if parts.count == 3, let day = Int(parts[2]), !CalendarDate.isValid(year: year, month: month, day: day) {
      let days = CalendarDate.daysIn(month: month, year: year)
      invalid(range, "invalid date literal '\(text)': \(parts[0])-\(parts[1]) has \(days) days")
      return
    }
    tokens.append(Token(.date, range))
  }

  // MARK: - Names

  private mutating func lexIdentifier() {
    let start = position
    skipIdentifierContinuation()
    let range = SourceRange(start, position)
    // Keywords are ASCII and at most eight bytes: skip the lookup (and the String) for anything else.
    if range.count <= 8, let keyword = Token.Keyword(rawValue: source.text(range)) {
      tokens.append(Token(.keyword(keyword), range))
    } else {
      tokens.append(Token(.identifier, range))
    }
  }

  private mutating func skipIdentifierContinuation() {
    while position < end {
      let byte = bytes[position]
      if isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") {
        position += 1
      } else if byte >= 0x80, let (scalar, length) = decodeScalar(at: position), scalar.properties.isXIDContinue {
        position += length
      } else {
        return
      }
    }
  }

  /// `` `in` ``: a name that may spell a keyword or hold spaces, on one line.
  private mutating func lexQuotedIdentifier() {
    let start = position
    position += 1
    var isValid = true
    while position < end, bytes[position] != UInt8(ascii: "`"), bytes[position] != UInt8(ascii: "\n") {
      if bytes[position] >= 0x80 {
        isValid = skipScalar(in: "quoted name") && isValid
      } else if bytes[position] < 0x20 {
        report("control character in quoted name", at: SourceRange(position, position + 1))
        isValid = false
        position += 1
      } else {
        position += 1
      }
    }
    guard position < end, bytes[position] == UInt8(ascii: "`") else {
      invalid(
        SourceRange(start, position), "unterminated quoted name", help: "close the name with a back quote: `name`")
      return
    }
    position += 1
    if position == start + 2 {
      report("empty quoted name", at: SourceRange(start, position))
      isValid = false
    }
    tokens.append(Token(isValid ? .identifier : .error, SourceRange(start, position)))
  }

  /// A byte of 0x80 or more outside a literal: a letter starting a name (`Путин`), a character that does not
  /// belong in a query, or bytes that are not UTF-8 at all.
  private mutating func lexNonASCII() {
    guard let (scalar, length) = decodeScalar(at: position) else {
      invalid(length: 1, "invalid UTF-8 byte 0x\(hex(bytes[position]))", help: "the query must be UTF-8 text")
      return
    }
    if scalar.properties.isXIDStart {
      lexIdentifier()
      return
    }
    let code = "U+" + hex(scalar.value, width: 4)
    switch scalar {
    case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}":
      invalid(
        length: length, "unexpected typographic quote '\(scalar)' (\(code))",
        help: "strings use straight quotes: \"text\" or 'text'")
    default:
      invalid(length: length, "unexpected character '\(scalar)' (\(code))")
    }
  }

  // MARK: - Bytes

  /// Steps over one multi-byte scalar inside a literal, reporting it if it is not valid UTF-8.
  private mutating func skipScalar(in context: String) -> Bool {
    if let (_, length) = decodeScalar(at: position) {
      position += length
      return true
    }
    report("invalid UTF-8 byte 0x\(hex(bytes[position])) in \(context)", at: SourceRange(position, position + 1))
    position += 1
    return false
  }

  /// The scalar whose encoding starts at `offset`, or nil where the bytes there are not well-formed UTF-8
  /// (a stray continuation byte, a truncated sequence, an overlong form, a surrogate, past U+10FFFF).
  private func decodeScalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int)? {
    let lead = bytes[offset]
    let length: Int
    var value: UInt32
    let minimum: UInt32
    switch lead {
    case 0x00...0x7F: return (Unicode.Scalar(lead), 1)
    case 0xC2...0xDF: (length, value, minimum) = (2, UInt32(lead & 0x1F), 0x80)
    case 0xE0...0xEF: (length, value, minimum) = (3, UInt32(lead & 0x0F), 0x800)
    case 0xF0...0xF4: (length, value, minimum) = (4, UInt32(lead & 0x07), 0x1_0000)
    default: return nil
    }
    guard offset + length <= end else { return nil }
    for index in offset + 1..<offset + length {
      guard bytes[index] & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(bytes[index] & 0x3F)
    }
    guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private func isLetter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }

  private func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
  }

  private func hex(_ value: some BinaryInteger, width: Int = 2) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

extension Lexer {
  /// The value of a `.string` token: its text without the quotes, escapes replaced.
  ///
  /// Only for tokens the lexer accepted, whose escapes are known to be valid.
  public static func stringValue(of token: Token, in source: SourceText) -> String {
    let inner = source.bytes[token.range.lowerBound + 1..<token.range.upperBound - 1]
    guard inner.contains(UInt8(ascii: "\\")) else { return String(decoding: inner, as: UTF8.self) }
    var result = [UInt8]()
    result.reserveCapacity(inner.count)
    var index = inner.startIndex
    while index < inner.endIndex {
      let byte = inner[index]
      guard byte == UInt8(ascii: "\\"), index + 1 < inner.endIndex else {
        result.append(byte)
        index += 1
        continue
      }
      let escaped = inner[index + 1]
      index += 2
      switch escaped {
      case UInt8(ascii: "n"): result.append(UInt8(ascii: "\n"))
      case UInt8(ascii: "t"): result.append(UInt8(ascii: "\t"))
      case UInt8(ascii: "r"): result.append(UInt8(ascii: "\r"))
      case UInt8(ascii: "u"):
        // `\u{…}`: the lexer checked the braces and the value.
        let closing = inner[index...].firstIndex(of: UInt8(ascii: "}")) ?? inner.endIndex
        let digits = String(decoding: inner[min(index + 1, closing)..<closing], as: UTF8.self)
        if let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) {
          result.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
        index = min(closing + 1, inner.endIndex)
      default: result.append(escaped)
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// The name an `.identifier` token spells, without the back quotes of `` `in` ``.
  public static func name(of token: Token, in source: SourceText) -> String {
    let text = source.text(token.range)
    guard text.hasPrefix("`"), text.hasSuffix("`"), text.count >= 2 else { return text }
    return String(text.dropFirst().dropLast())
  }

  /// The pattern and flags of a `.regex` token: `/a\/b/i` gives `a/b` and `i`.
  public static func regexParts(of token: Token, in source: SourceText) -> (pattern: String, flags: String) {
    let text = source.bytes[token.range.lowerBound..<token.range.upperBound]
    let closing = text.lastIndex(of: UInt8(ascii: "/")) ?? text.endIndex
    // Only the escaped delimiter is unescaped; every other backslash belongs to the regex syntax.
    var pattern = [UInt8]()
    var index = text.startIndex + 1
    while index < closing {
      if text[index] == UInt8(ascii: "\\"), index + 1 < closing {
        if text[index + 1] != UInt8(ascii: "/") { pattern.append(text[index]) }
        pattern.append(text[index + 1])
        index += 2
      } else {
        pattern.append(text[index])
        index += 1
      }
    }
    let flags = String(decoding: text[min(closing + 1, text.endIndex)...], as: UTF8.self)
    return (String(decoding: pattern, as: UTF8.self), flags)
  }
}
