/// One token of a query: what it is and which bytes of the source it covers.
///
/// Its text and its value (a string's unescaped contents, a number) are read through the range when needed.
public struct Token: Hashable, Sendable {
  public var kind: Kind
  public var range: SourceRange

  public init(_ kind: Kind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }

  /// What a token is.
  ///
  /// Stage names, `asc`, `desc` and `aggregate` are identifiers: they are keywords only where the parser
  /// expects them, so a column may be called `count` or `offset`.
  public enum Kind: Hashable, Sendable {
    /// `speaker`, `Путин`, or a back-quoted name such as `` `in` `` that may spell a keyword.
    case identifier
    case keyword(Keyword)
    /// `42`
    case integer
    /// `0.75`
    case decimal
    /// `2024-06-19` or `2024-06`, already checked to be a real date.
    case date
    /// `"text"` or `'text'`, escapes already checked.
    case string
    /// `/pattern/flags`, flags already checked.
    case regex
    case pipe
    case semicolon
    /// A line end that ends a statement; line ends inside brackets, after `|` or before a line starting with
    /// `|` produce no token.
    case newline
    case comma
    case dot
    case colon
    case leftParenthesis
    case rightParenthesis
    case leftBracket
    case rightBracket
    case equal
    case notEqual
    case less
    case lessOrEqual
    case greater
    case greaterOrEqual
    case tilde
    case notTilde
    case plus
    case minus
    case star
    case slash
    case percent
    /// Bytes the lexer could not make sense of; a diagnostic explaining them has already been emitted.
    case error
    case endOfInput
  }

  /// The reserved words: they can never name a field unless back-quoted.
  ///
  /// Kept small on purpose; every other word the language gives meaning to is recognised by position.
  public enum Keyword: String, Hashable, Sendable, CaseIterable {
    case `let`
    case search
    case and
    case or
    case not
    case `in`
    case contains
    case starts
    case ends
    case with
    case `is`
    case null
    case `true`
    case `false`
  }
}

extension Token.Kind {
  /// Whether this is a reserved word.
  public var isKeyword: Bool {
    if case .keyword = self { return true }
    return false
  }

  /// The name used in compact token dumps (`--dump-tokens`, lexer tests): `ident`, `kw(and)`, `pipe`.
  public var dumpName: String {
    switch self {
    case .identifier: "ident"
    case .keyword(let keyword): "kw(\(keyword.rawValue))"
    case .integer: "int"
    case .decimal: "decimal"
    case .date: "date"
    case .string: "string"
    case .regex: "regex"
    case .pipe: "pipe"
    case .semicolon: "semicolon"
    case .newline: "newline"
    case .comma: "comma"
    case .dot: "dot"
    case .colon: "colon"
    case .leftParenthesis: "lparen"
    case .rightParenthesis: "rparen"
    case .leftBracket: "lbracket"
    case .rightBracket: "rbracket"
    case .equal: "eq"
    case .notEqual: "ne"
    case .less: "lt"
    case .lessOrEqual: "le"
    case .greater: "gt"
    case .greaterOrEqual: "ge"
    case .tilde: "match"
    case .notTilde: "nomatch"
    case .plus: "plus"
    case .minus: "minus"
    case .star: "star"
    case .slash: "slash"
    case .percent: "percent"
    case .error: "error"
    case .endOfInput: "eof"
    }
  }

  /// Whether the token's text goes in parentheses in a dump: `ident(speaker)`, `string("Putin")`.
  var dumpsText: Bool {
    switch self {
    case .identifier, .integer, .decimal, .date, .string, .regex, .error: true
    default: false
    }
  }
}

extension Token {
  /// The compact form of a token list, one space apart: `ident(quotes) pipe ident(count) eof`.
  public static func dump(_ tokens: [Token], in source: SourceText) -> String {
    tokens.map { token in
      token.kind.dumpsText ? "\(token.kind.dumpName)(\(source.text(token.range)))" : token.kind.dumpName
    }.joined(separator: " ")
  }
}
