import BylineModel

// The syntax tree of grammar/byline.ebnf. Every node carries the byte range it was parsed from, so the
// checker and the evaluator can point at source; a binary node's range covers both operands. Nodes are
// values: a tree is built once by the parser and only read afterwards.

/// A name as written: a field, a collection, a function, a column, a `let` binding.
public struct Name: Hashable, Sendable {
  /// The name without back quotes: `` `in` `` is `in`.
  public var text: String
  public var range: SourceRange

  public init(_ text: String, range: SourceRange) {
    self.text = text
    self.range = range
  }
}

/// One statement of a script: a pipeline to run, or a `let` binding one for later statements.
public struct Statement: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// `articles | count`
    case pipeline(Pipeline)
    /// `let cnbc = articles | where source = "CNBC"`
    case binding(name: Name, pipeline: Pipeline)
  }

  public var kind: Kind
  public var range: SourceRange

  public init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }

  /// The pipeline the statement runs or binds.
  public var pipeline: Pipeline {
    switch kind {
    case .pipeline(let pipeline), .binding(_, let pipeline): pipeline
    }
  }
}

/// A source and its stages: `source | stage | stage …`.
public struct Pipeline: Hashable, Sendable {
  public var source: Source
  public var stages: [Stage]
  public var range: SourceRange

  public init(source: Source, stages: [Stage], range: SourceRange) {
    self.source = source
    self.stages = stages
    self.range = range
  }
}

/// Where rows come from.
public struct Source: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// A collection (`quotes`) or a name bound by `let`: the same syntax; the checker tells them apart.
    case name(Name)
    /// `search sanctions NEAR/5 Russia`
    case search(SearchQuery)
  }

  public var kind: Kind
  public var range: SourceRange

  public init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// One stage after a `|`.
public struct Stage: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// `where EXPR`
    case filter(Expression)
    /// `select source, n = len(text)`
    case select([SelectItem])
    /// `sort count desc, source`
    case sort([SortKey])
    /// `limit 5`: a count already known to be 0 or more.
    case limit(Int)
    /// `offset 10`
    case offset(Int)
    /// `distinct` or `distinct source, speaker`
    case distinct([Expression])
    /// `group speaker aggregate n = count(), first = min(date)`
    case group(keys: [SelectItem], aggregates: [AggregateItem])
    /// `count`
    case count
    /// `kwic` or `kwic 40`: the context width in characters on each side.
    case kwic(width: Int?)
    /// `cluster` or `cluster 0.8`: the similarity threshold.
    case cluster(threshold: Double?)
  }

  public var kind: Kind
  /// From the stage name to the end of its last argument.
  public var range: SourceRange
  /// The stage name alone, for diagnostics about the stage as a whole ("kwic needs search hits").
  public var nameRange: SourceRange

  public init(_ kind: Kind, range: SourceRange, nameRange: SourceRange) {
    self.kind = kind
    self.range = range
    self.nameRange = nameRange
  }
}

/// A column of `select` or a key of `group`: an expression, optionally named (`n = len(text)`).
public struct SelectItem: Hashable, Sendable {
  public var name: Name?
  public var expression: Expression
  public var range: SourceRange

  public init(name: Name?, expression: Expression, range: SourceRange) {
    self.name = name
    self.expression = expression
    self.range = range
  }
}

/// One key of `sort`.
public struct SortKey: Hashable, Sendable {
  public var expression: Expression
  public var descending: Bool
  /// The `asc` or `desc` word, when written.
  public var directionRange: SourceRange?
  public var range: SourceRange

  public init(expression: Expression, descending: Bool, directionRange: SourceRange?, range: SourceRange) {
    self.expression = expression
    self.descending = descending
    self.directionRange = directionRange
    self.range = range
  }
}

/// `n = count()` or `words = sum(words)` after `aggregate`.
public struct AggregateItem: Hashable, Sendable {
  public var name: Name
  public var function: Name
  public var arguments: [Expression]
  public var range: SourceRange

  public init(name: Name, function: Name, arguments: [Expression], range: SourceRange) {
    self.name = name
    self.function = function
    self.arguments = arguments
    self.range = range
  }
}

/// A literal value as written in a query.
public enum Literal: Hashable, Sendable {
  case string(String)
  case integer(Int)
  case decimal(Double)
  /// `2024-06-19` (day precision) or `2024-06` (month precision).
  case date(CalendarDate)
  case boolean(Bool)
  case null
  /// `/pattern/flags`, the pattern with `\/` already turned into `/`; compiled by the checker.
  case regex(pattern: String, flags: String)
}

/// An expression inside a stage.
public struct Expression: Hashable, Sendable {
  public indirect enum Kind: Hashable, Sendable {
    case literal(Literal)
    /// `[a, b]`
    case list([Expression])
    /// A field of the current row, or a name in scope: `speaker`.
    case name(Name)
    /// `article.source`, `speaker.kind`
    case member(Expression, Name)
    /// `lower(text)`, `count()`
    case call(Name, [Expression])
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// `x is null`, or with `negated`, `x is not null`.
    case isNull(Expression, negated: Bool)
  }

  public var kind: Kind
  public var range: SourceRange

  public init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// A prefix operator.
public enum UnaryOperator: String, Hashable, Sendable {
  case negate = "-"
  case not
}

/// The full-text query after `search`, with its own small tree so errors can point inside it.
public struct SearchQuery: Hashable, Sendable {
  public indirect enum Kind: Hashable, Sendable {
    /// `sanctions`, or with `prefix`, `sanction*`.
    case word(String, prefix: Bool)
    /// `"ballistic missile"`, or with `prefix`, `"ballistic missile*"` (the last word is a prefix).
    case phrase(String, prefix: Bool)
    /// Terms that must all match: `a b`, `a AND b`.
    case and([SearchQuery])
    /// Terms of which one must match: `a OR b OR c`.
    case or([SearchQuery])
    /// `NOT x`, `-x`
    case not(SearchQuery)
    /// `a NEAR/5 b`: both within `distance` words of each other.
    case near(SearchQuery, SearchQuery, distance: Int)
    /// `speaker:Putin`, `source:(CNBC OR BBC)`
    case field(Name, SearchQuery)
  }

  public var kind: Kind
  public var range: SourceRange

  public init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}
