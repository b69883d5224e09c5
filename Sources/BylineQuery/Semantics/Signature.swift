/// What a builtin function or aggregate accepts in one argument position.
public enum ParameterType: Hashable, Sendable, CustomStringConvertible {
  /// Text; an entity is read as its canonical name.
  case text
  /// An integer or a decimal number.
  case number
  /// An integer, or a decimal with no fraction.
  case integer
  case date
  case list
  /// Text (an entity as its name) or a list.
  case textOrList
  case any

  /// Whether an argument of this static type may be passed; `any` (null, or not known until run) always may.
  public func accepts(_ type: ValueType) -> Bool {
    if type == .any { return true }
    switch self {
    case .text: return type == .text || type == .entity
    case .number: return type == .integer || type == .number
    case .integer: return type == .integer || type == .number
    case .date: return type == .date
    case .list:
      if case .list = type { return true }
      return false
    case .textOrList: return ParameterType.text.accepts(type) || ParameterType.list.accepts(type)
    case .any: return true
    }
  }

  public var description: String {
    switch self {
    case .text: "text"
    case .number: "number"
    case .integer: "integer"
    case .date: "date"
    case .list: "list"
    case .textOrList: "text or list"
    case .any: "any value"
    }
  }
}

/// One parameter of a builtin: its name for help and messages, and what it accepts.
public struct Parameter: Hashable, Sendable {
  public let name: String
  public let type: ParameterType

  public init(_ name: String, _ type: ParameterType) {
    self.name = name
    self.type = type
  }
}

/// The parameters of a builtin: required ones, then optional ones, the last possibly repeated.
public struct Signature: Hashable, Sendable, CustomStringConvertible {
  public let parameters: [Parameter]
  /// How many of `parameters` must be given; the rest may be left off from the end.
  public let requiredCount: Int
  /// Whether the last parameter may be given any number of times more.
  public let isVariadic: Bool

  public init(_ parameters: [Parameter], requiredCount: Int? = nil, isVariadic: Bool = false) {
    self.parameters = parameters
    self.requiredCount = requiredCount ?? parameters.count
    self.isVariadic = isVariadic
  }

  /// `(text, start, [length])`, `(value, value, …)`.
  public var description: String {
    let names = parameters.enumerated().map { index, parameter in
      index < requiredCount ? parameter.name : "[\(parameter.name)]"
    }
    return "(" + (names + (isVariadic ? ["…"] : [])).joined(separator: ", ") + ")"
  }

  /// Checks argument types against the parameters; the problem found first, or nil when they fit.
  public func problem(with arguments: [ValueType]) -> CallProblem? {
    if arguments.count < requiredCount || (!isVariadic && arguments.count > parameters.count) {
      return .argumentCount(expected: expectedCount, found: arguments.count)
    }
    for (position, type) in arguments.enumerated() {
      let parameter = parameters[min(position, parameters.count - 1)]
      if !parameter.type.accepts(type) {
        return .argumentType(position: position, parameter: parameter, found: type)
      }
    }
    return nil
  }

  /// "2", "1 or 2", "at least 1".
  var expectedCount: String {
    if isVariadic { return "at least \(requiredCount)" }
    if requiredCount == parameters.count { return "\(requiredCount)" }
    if parameters.count == requiredCount + 1 { return "\(requiredCount) or \(parameters.count)" }
    return "\(requiredCount) to \(parameters.count)"
  }
}

/// Why a call does not fit its function or aggregate, for the checker's diagnostic.
public enum CallProblem: Error, Hashable, Sendable {
  case argumentCount(expected: String, found: Int)
  /// `position` is 0-based.
  case argumentType(position: Int, parameter: Parameter, found: ValueType)

  /// "`substr` takes 2 or 3 arguments, found 1"; "argument `start` of `substr` must be integer, found text".
  public func message(calling name: String) -> String {
    switch self {
    case .argumentCount(let expected, let found):
      let noun = expected == "1" ? "argument" : "arguments"
      return "`\(name)` takes \(expected) \(noun), found \(found)"
    case .argumentType(_, let parameter, let found):
      return "argument `\(parameter.name)` of `\(name)` must be \(parameter.type), found \(found)"
    }
  }
}
