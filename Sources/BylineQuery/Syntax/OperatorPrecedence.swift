/// How tightly operators bind, loosest first.
///
/// The parser's one climbing function reads this and nothing else, so a precedence changes here alone.
public enum Precedence: Int, Comparable, Sendable {
  case or = 1
  case and
  /// Prefix `not`: `not a = b` is `not (a = b)`, `not a and b` is `(not a) and b`.
  case not
  /// `= != < <= > >= ~ !~ in contains starts with ends with` and `is [not] null`; they do not chain.
  case comparison
  case additive
  case multiplicative
  /// Prefix `-`.
  case prefix

  public static func < (lhs: Precedence, rhs: Precedence) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An infix operator.
public enum BinaryOperator: String, Hashable, Sendable, CaseIterable {
  case or
  case and
  case equal = "="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case matches = "~"
  case notMatches = "!~"
  case `in`
  case contains
  case startsWith = "starts with"
  case endsWith = "ends with"
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case remainder = "%"

  public var precedence: Precedence {
    switch self {
    case .or: .or
    case .and: .and
    case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .matches, .notMatches, .in, .contains,
      .startsWith, .endsWith:
      .comparison
    case .add, .subtract: .additive
    case .multiply, .divide, .remainder: .multiplicative
    }
  }

  /// The token that starts each operator.
  ///
  /// `starts` and `ends` must be followed by `with`, which the parser checks.
  public static let table: [Token.Kind: BinaryOperator] = [
    .keyword(.or): .or,
    .keyword(.and): .and,
    .equal: .equal,
    .notEqual: .notEqual,
    .less: .less,
    .lessOrEqual: .lessOrEqual,
    .greater: .greater,
    .greaterOrEqual: .greaterOrEqual,
    .tilde: .matches,
    .notTilde: .notMatches,
    .keyword(.in): .in,
    .keyword(.contains): .contains,
    .keyword(.starts): .startsWith,
    .keyword(.ends): .endsWith,
    .plus: .add,
    .minus: .subtract,
    .star: .multiply,
    .slash: .divide,
    .percent: .remainder,
  ]
}
