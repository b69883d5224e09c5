import BylineModel

/// Where one value stands against another.
public enum ValueOrder: Hashable, Sendable {
  case less, equal, greater

  init<T: Comparable>(_ left: T, _ right: T) {
    self = left < right ? .less : left == right ? .equal : .greater
  }

  var reversed: ValueOrder {
    switch self {
    case .less: .greater
    case .equal: .equal
    case .greater: .less
    }
  }
}

/// The comparison operators of expressions.
public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
  case equal = "="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
}

// How values compare, in expressions and in `sort`.
//
// - Null: any comparison with null is unknown (three-valued logic); `sort` puts nulls last, in both directions,
//   as DuckDB does.
// - Numbers: integers and decimals compare by value (`1 = 1.0`).
// - Text: `=` is exact (case matters, as in SQL; `contains` and friends are the case-insensitive ones) up to
//   Unicode canonical equivalence; order is that of the Unicode scalars of the canonical forms (Swift's String
//   order), not a locale's collation, so `sort` is the same on every machine.
// - Entities: two entities are equal when they are one; an entity and a text are equal when the text is the
//   canonical name or any alias written another way (case, hyphens, dots: `Entity.foldedName`); in order an
//   entity stands by its canonical name.
// - Dates: by calendar value; a month-precision date sorts before the days of its month. A text that is an
//   ISO date compares as that date (`date >= "2024-06-01"`).
// - Lists: element by element.
// Values of kinds that do not compare (a bool with a date) are unknown under `=` and `<`; the checker rejects
// such expressions before they run. For `sort` the kinds keep a fixed order: bool, numbers, dates, text and
// entities, lists, null.
extension Value {
  /// `=`; `!=` is its negation.
  public func isEqual(to other: Value, in corpus: IndexedCorpus) -> Truth {
    switch (self, other) {
    case (.null, _), (_, .null): return .unknown
    case (.entity(let left), .entity(let right)): return Truth(left.index == right.index)
    case (.entity(let entity), .text(let text)), (.text(let text), .entity(let entity)):
      return Truth(corpus.entityIndices(matching: text).contains(entity.index))
    case (.list(let left), .list(let right)):
      guard left.count == right.count else { return .false }
      return zip(left, right).reduce(Truth.true) { $0.and($1.0.isEqual(to: $1.1, in: corpus)) }
    default:
      guard let order = compared(to: other) else { return .false }
      return Truth(order == .equal)
    }
  }

  /// Applies a comparison operator under three-valued logic.
  public func compare(_ comparison: ComparisonOperator, to other: Value, in corpus: IndexedCorpus) -> Truth {
    switch comparison {
    case .equal: return isEqual(to: other, in: corpus)
    case .notEqual: return isEqual(to: other, in: corpus).negated
    default: break
    }
    guard let order = compared(to: other) else { return .unknown }
    switch comparison {
    case .less: return Truth(order == .less)
    case .lessOrEqual: return Truth(order != .greater)
    case .greater: return Truth(order == .greater)
    default: return Truth(order != .less)
    }
  }

  /// Where this value stands against another for `<`, `<=`, `>`, `>=`; nil when either is null or they do not
  /// compare.
  public func compared(to other: Value) -> ValueOrder? {
    switch (self, other) {
    case (.null, _), (_, .null): return nil
    case (.bool(let left), .bool(let right)): return ValueOrder(left ? 1 : 0, right ? 1 : 0)
    case (.integer(let left), .integer(let right)): return ValueOrder(left, right)
    case (.number(let left), .number(let right)): return left.isNaN || right.isNaN ? nil : ValueOrder(left, right)
    case (.integer(let left), .number(let right)): return Self.order(left, right)
    case (.number(let left), .integer(let right)): return Self.order(right, left).map(\.reversed)
    case (.date(let left), .date(let right)): return ValueOrder(left, right)
    case (.date(let date), .text(let text)): return CalendarDate(iso: text).map { ValueOrder(date, $0) }
    case (.text(let text), .date(let date)): return CalendarDate(iso: text).map { ValueOrder($0, date) }
    case (.list(let left), .list(let right)):
      for (leftElement, rightElement) in zip(left, right) {
        guard let order = leftElement.compared(to: rightElement) else { return nil }
        if order != .equal { return order }
      }
      return ValueOrder(left.count, right.count)
    default:
      guard let left = orderingText, let right = other.orderingText else { return nil }
      return ValueOrder(left, right)
    }
  }

  /// The order `sort` uses: total, so that any two cells have a place, with nulls last in both directions.
  public static func sortsBefore(_ left: Value, _ right: Value, descending: Bool) -> Bool {
    let order = left.sortOrder(against: right)
    if left.isNull || right.isNull { return order == .less }
    return order == (descending ? .greater : .less)
  }

  /// A total order over all cells: `compared(to:)` where it answers, else by the kinds' fixed order.
  public func sortOrder(against other: Value) -> ValueOrder {
    if let order = compared(to: other), !(isText && other.isDate), !(isDate && other.isText) { return order }
    let left = sortRank
    let right = other.sortRank
    if left != right { return ValueOrder(left, right) }
    // Equal ranks that did not compare: two NaNs, or lists with nulls or unlike kinds inside.
    if case .list(let leftElements) = self, case .list(let rightElements) = other {
      for (leftElement, rightElement) in zip(leftElements, rightElements) {
        let order = leftElement.sortOrder(against: rightElement)
        if order != .equal { return order }
      }
      return ValueOrder(leftElements.count, rightElements.count)
    }
    return .equal
  }

  /// `in`: as in SQL, true when some element is equal, unknown when none is but some comparison was unknown.
  public func isElement(of list: Value, in corpus: IndexedCorpus) -> Truth {
    guard case .list(let elements) = list else { return isEqual(to: list, in: corpus) }
    if isNull { return .unknown }
    return elements.reduce(Truth.false) { $0.or(isEqual(to: $1, in: corpus)) }
  }

  /// Integers and decimals compare exactly: an integer beyond 2^53 is not rounded to the nearest double.
  private static func order(_ integer: Int, _ number: Double) -> ValueOrder? {
    if number.isNaN { return nil }
    if number >= 9.223_372_036_854_775_807e18 { return .less }
    if number < -9.223_372_036_854_775_808e18 { return .greater }
    let whole = number.rounded(.down)
    let wholeInteger = Int(whole)
    if integer != wholeInteger { return ValueOrder(integer, wholeInteger) }
    return whole == number ? .equal : .less
  }

  /// Text as it takes part in ordering: entities stand by their canonical name.
  private var orderingText: String? {
    switch self {
    case .text(let text): text
    case .entity(let entity): entity.name
    default: nil
    }
  }

  private var isText: Bool {
    if case .text = self { return true }
    return false
  }

  private var isDate: Bool {
    if case .date = self { return true }
    return false
  }

  private var sortRank: Int {
    switch self {
    case .bool: 0
    case .integer, .number: 1
    case .date: 2
    case .text, .entity: 3
    case .list: 4
    case .null: 5
    }
  }
}

extension ValueType {
  /// Whether values of the two types can meet in `=` and `!=` (`ordered` false) or in `<` and the other
  /// orderings (`ordered` true); the checker's test. `any` (null, or unknown until run) meets everything.
  public func isComparable(with other: ValueType, ordered: Bool) -> Bool {
    switch (self, other) {
    case (.any, _), (_, .any): return true
    case (.bool, .bool): return true
    case (.integer, .integer), (.integer, .number), (.number, .integer), (.number, .number): return true
    case (.text, .text), (.text, .entity), (.entity, .text), (.entity, .entity): return true
    case (.date, .date), (.date, .text), (.text, .date): return true
    case (.list(let left), .list(let right)): return left.isComparable(with: right, ordered: ordered)
    default: return false
    }
  }
}
