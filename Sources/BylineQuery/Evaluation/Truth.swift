/// The outcome of a condition under SQL's three-valued logic: a comparison with null is neither true nor
/// false, and `where` keeps only the rows whose condition is `.true`.
public enum Truth: Hashable, Sendable {
  case `true`, `false`, unknown

  public init(_ bool: Bool) {
    self = bool ? .true : .false
  }

  /// Whether `where` keeps the row.
  public var isTrue: Bool { self == .true }

  /// `and`: false wins over unknown (`false and null` is false).
  public func and(_ other: Truth) -> Truth {
    if self == .false || other == .false { return .false }
    if self == .unknown || other == .unknown { return .unknown }
    return .true
  }

  /// `or`: true wins over unknown (`true or null` is true).
  public func or(_ other: Truth) -> Truth {
    if self == .true || other == .true { return .true }
    if self == .unknown || other == .unknown { return .unknown }
    return .false
  }

  /// `not`: unknown stays unknown.
  public var negated: Truth {
    switch self {
    case .true: .false
    case .false: .true
    case .unknown: .unknown
    }
  }

  /// As a cell: null for unknown.
  public var value: Value {
    switch self {
    case .true: .bool(true)
    case .false: .bool(false)
    case .unknown: .null
    }
  }

  /// A cell read as a condition: a bool as itself, null as unknown; any other value is not a condition and
  /// counts as unknown (the checker rejects it before anything runs).
  public init(_ value: Value) {
    switch value {
    case .bool(let bool): self.init(bool)
    default: self = .unknown
    }
  }
}
