import BylineModel

/// One cell of a result row. Entity-valued fields keep the entity's identity so that comparing them with a
/// string can match any alias, while printing shows the canonical name.
public enum Value: Hashable, Sendable {
  case null
  case bool(Bool)
  case integer(Int)
  case number(Double)
  case text(String)
  case date(CalendarDate)
  case list([Value])
  case entity(EntityReference)

  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }
}

/// An entity as a cell: its index in `Corpus.entities` and its canonical name.
public struct EntityReference: Hashable, Sendable {
  public var index: Int
  public var name: String

  public init(index: Int, name: String) {
    self.index = index
    self.name = name
  }

  // The index alone identifies the entity: `group` over millions of mentions hashes an integer, not a name.
  public static func == (left: EntityReference, right: EntityReference) -> Bool {
    left.index == right.index && left.name == right.name
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(index)
  }
}

/// The static type of a column or expression, as the checker knows it before anything runs.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
  case bool
  case integer
  case number
  case text
  case date
  case entity
  case list(ValueType)
  /// The type of `null` and of anything the checker cannot narrow down; compatible with every type.
  case any

  public var description: String {
    switch self {
    case .bool: "bool"
    case .integer: "integer"
    case .number: "number"
    case .text: "text"
    case .date: "date"
    case .entity: "entity"
    case .list(let element): "list of \(element)"
    case .any: "any"
    }
  }
}
