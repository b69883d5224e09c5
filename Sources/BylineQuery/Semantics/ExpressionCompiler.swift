import BylineModel

/// Checks an expression against the rows of one stage and compiles it into a closure: names resolved to
/// fields or columns once, literals prepared once (regexes compiled, entity names looked up), types checked
/// before any row is read. Every problem becomes a diagnostic at the part of the query it is about.
struct ExpressionCompiler {
  let shape: RowShape
  let corpus: IndexedCorpus
  let source: SourceText
  private(set) var diagnostics: [Diagnostic] = []

  init(shape: RowShape, corpus: IndexedCorpus, source: SourceText) {
    self.shape = shape
    self.corpus = corpus
    self.source = source
  }

  /// The compiled expression, or nil after recording why it cannot run.
  mutating func compile(_ expression: Expression) -> CompiledExpression? {
    switch expression.kind {
    case .literal(let literal): return compileLiteral(literal, at: expression.range)
    case .list(let elements): return compileList(elements)
    case .name, .member: return compileAccess(expression)
    case .call(let name, let arguments): return compileCall(name, arguments, at: expression.range)
    case .unary(let unary, let operand): return compileUnary(unary, operand, at: expression.range)
    case .binary(let binary, let left, let right): return compileBinary(binary, left, right, at: expression.range)
    case .isNull(let operand, let negated):
      guard let operand = compile(operand) else { return nil }
      return CompiledExpression(type: .bool) { row throws(RuntimeFailure) in
        .bool(try operand.evaluate(row).isNull != negated)
      }
    }
  }

  /// A compiled condition: its type must be bool (or unknown until run, like null).
  mutating func compileCondition(_ expression: Expression, for stage: String) -> CompiledExpression? {
    guard let compiled = compile(expression) else { return nil }
    guard compiled.type == .bool || compiled.type == .any else {
      report(
        "`\(stage)` needs a condition that is true or false, found \(compiled.type)", at: expression.range,
        help: "compare it with something: \(source.text(expression.range)) = …")
      return nil
    }
    return compiled
  }

  /// The column name a select item or group key gets when the query does not name it: the field path as
  /// written (`speaker`, `article.source`), otherwise the expression's text (`lower(text)`).
  func columnName(for expression: Expression) -> String {
    fieldPath(expression)?.map(\.text).joined(separator: ".") ?? source.text(expression.range)
  }

  // MARK: - Literals and lists

  private mutating func compileLiteral(_ literal: Literal, at range: SourceRange) -> CompiledExpression? {
    switch literal {
    case .string(let text): return .constant(.text(text), type: .text)
    case .integer(let value): return .constant(.integer(value), type: .integer)
    case .decimal(let value): return .constant(.number(value), type: .number)
    case .date(let date): return .constant(.date(date), type: .date)
    case .boolean(let value): return .constant(.bool(value), type: .bool)
    case .null: return .constant(.null, type: .any)
    case .regex:
      report(
        "a regex can only stand on the right of `~` or `!~`", at: range,
        help: "write text ~ /pattern/ to test whether the text matches")
      return nil
    }
  }

  private mutating func compileList(_ elements: [Expression]) -> CompiledExpression? {
    var compiled: [CompiledExpression] = []
    for element in elements {
      guard let element = compile(element) else { return nil }
      compiled.append(element)
    }
    let types = Set(compiled.map(\.type)).subtracting([.any])
    let elementType = types.count == 1 ? types.first ?? .any : .any
    if compiled.allSatisfy({ $0.constant != nil }) {
      return .constant(.list(compiled.compactMap(\.constant)), type: .list(elementType))
    }
    let elements = compiled
    return CompiledExpression(type: .list(elementType)) { row throws(RuntimeFailure) in
      var values: [Value] = []
      values.reserveCapacity(elements.count)
      for element in elements { values.append(try element.evaluate(row)) }
      return .list(values)
    }
  }

  // MARK: - Fields and columns

  /// `speaker`, `article.source`: the names of a chain of plain names and members, nil for anything else.
  private func fieldPath(_ expression: Expression) -> [Name]? {
    switch expression.kind {
    case .name(let name): return [name]
    case .member(let base, let name): return fieldPath(base).map { $0 + [name] }
    default: return nil
    }
  }

  private mutating func compileAccess(_ expression: Expression) -> CompiledExpression? {
    if case .records(let collection) = shape, let path = fieldPath(expression) {
      return compileFieldPath(path, in: collection)
    }
    switch expression.kind {
    case .name(let name): return compileColumn(name)
    case .member(let baseExpression, let name):
      guard let base = compile(baseExpression) else { return nil }
      return compileEntityMember(base, name, baseText: source.text(baseExpression.range))
    default: return nil
    }
  }

  private mutating func compileFieldPath(_ path: [Name], in collection: CollectionSchema) -> CompiledExpression? {
    switch Schema.resolve(path.map(\.text), in: collection) {
    case .success(let field):
      let corpus = corpus
      let read = field.read
      var compiled = CompiledExpression(type: field.type) { row in
        guard case .record(let record) = row else { return .null }
        return read(corpus, record)
      }
      if let readText = field.readText {
        compiled.textSlice = { record in readText(corpus, record) }
      }
      if let readEntityIndex = field.readEntityIndex {
        compiled.ordinal = Ordinal(
          count: corpus.corpus.entities.count, index: { record in readEntityIndex(corpus, record) },
          value: { index in corpus.entityValue(index: index) })
      }
      return compiled
    case .failure(let error):
      let name = path[min(error.position, path.count - 1)]
      if error.position == 0, path.count == 1, Functions.named(name.text) != nil {
        report(
          "`\(name.text)` is a function; call it with brackets", at: name.range, help: "\(name.text)(…)")
        return nil
      }
      // `title.x`: say what `title` is, so the user sees why nothing can follow it.
      if error.candidates.isEmpty, error.position > 0,
        case .success(let owner) = Schema.resolve(path[..<error.position].map(\.text), in: collection)
      {
        report(
          "`\(error.owner)` is \(owner.type) and has no fields; `.\(name.text)` cannot follow it", at: name.range)
        return nil
      }
      report(
        error.message, at: name.range,
        help: Suggestions.didYouMean(name.text, among: error.candidates)
          ?? (error.candidates.isEmpty ? nil : "fields here: " + listed(error.candidates)))
      return nil
    }
  }

  private mutating func compileColumn(_ name: Name) -> CompiledExpression? {
    guard case .cells(let columns) = shape else { return nil }
    guard let index = columns.firstIndex(where: { $0.name == name.text }) else {
      report(
        "unknown column `\(name.text)`", at: name.range,
        help: Suggestions.didYouMean(name.text, among: columns.map(\.name))
          ?? "columns here: " + listed(columns.map(\.name)))
      return nil
    }
    return CompiledExpression(type: columns[index].type) { row in
      guard case .cells(let cells) = row else { return .null }
      return cells[index]
    }
  }

  /// `speaker.kind` after `select speaker`: the fields of an entity kept in a column.
  private mutating func compileEntityMember(_ base: CompiledExpression, _ name: Name, baseText: String)
    -> CompiledExpression?
  {
    guard base.type == .entity || base.type == .any else {
      report("`\(baseText)` is \(base.type) and has no fields; `.\(name.text)` cannot follow it", at: name.range)
      return nil
    }
    let entities = Schema.entityFields
    guard let field = entities.field(named: name.text) else {
      report(
        "unknown field `\(name.text)` on an entity", at: name.range,
        help: Suggestions.didYouMean(name.text, among: entities.fieldNames))
      return nil
    }
    let corpus = corpus
    let read = field.read
    return CompiledExpression(type: field.type) { row throws(RuntimeFailure) in
      guard case .entity(let reference) = try base.evaluate(row) else { return .null }
      return read(corpus, .entity(reference.index))
    }
  }

  // MARK: - Calls

  private mutating func compileCall(_ name: Name, _ arguments: [Expression], at range: SourceRange)
    -> CompiledExpression?
  {
    guard let function = Functions.named(name.text) else {
      if Aggregates.named(name.text) != nil {
        report(
          "`\(name.text)` is an aggregate; it belongs after `aggregate` in `group`", at: name.range,
          help: "group KEYS aggregate total = \(name.text)(…)")
      } else {
        report(
          "unknown function `\(name.text)`", at: name.range,
          help: Suggestions.didYouMean(name.text, among: Functions.names))
      }
      return nil
    }
    var compiled: [CompiledExpression] = []
    for argument in arguments {
      guard let argument = compile(argument) else { return nil }
      compiled.append(argument)
    }
    let argumentsCompiled = compiled
    switch function.resultType(for: compiled.map(\.type)) {
    case .failure(let problem):
      var at = range
      if case .argumentType(let position, _, _) = problem, arguments.indices.contains(position) {
        at = arguments[position].range
      }
      report(problem.message(calling: name.text), at: at, help: "\(name.text)\(function.signature)")
      return nil
    case .success(let type):
      return CompiledExpression(type: type) { row throws(RuntimeFailure) in
        var values: [Value] = []
        values.reserveCapacity(argumentsCompiled.count)
        for argument in argumentsCompiled { values.append(try argument.evaluate(row)) }
        do throws(EvaluationError) {
          return try function.call(values)
        } catch {
          throw RuntimeFailure(error.message, at: range)
        }
      }
    }
  }

  // MARK: - Operators

  private mutating func compileUnary(_ unary: UnaryOperator, _ operand: Expression, at range: SourceRange)
    -> CompiledExpression?
  {
    guard let compiled = compile(operand) else { return nil }
    switch unary {
    case .not:
      guard compiled.type == .bool || compiled.type == .any else {
        report("`not` needs a condition, found \(compiled.type)", at: operand.range)
        return nil
      }
      return CompiledExpression(type: .bool) { row throws(RuntimeFailure) in
        Truth(try compiled.evaluate(row)).negated.value
      }
    case .negate:
      guard [.integer, .number, .any].contains(compiled.type) else {
        report("`-` needs a number, found \(compiled.type)", at: operand.range)
        return nil
      }
      return CompiledExpression(type: compiled.type) { row throws(RuntimeFailure) in
        let value = try compiled.evaluate(row)
        do throws(EvaluationError) {
          return try value.negated()
        } catch {
          throw RuntimeFailure(error.message, at: range)
        }
      }
    }
  }

  private mutating func compileBinary(
    _ binary: BinaryOperator, _ leftExpression: Expression, _ rightExpression: Expression, at range: SourceRange
  ) -> CompiledExpression? {
    if binary == .matches || binary == .notMatches {
      return compileRegexMatch(negated: binary == .notMatches, leftExpression, rightExpression)
    }
    let left = compile(leftExpression)
    let right = compile(rightExpression)
    guard let left, let right else { return nil }
    switch binary {
    case .and, .or:
      for (side, expression) in [(left, leftExpression), (right, rightExpression)]
      where side.type != .bool && side.type != .any {
        report("`\(binary.rawValue)` joins conditions, found \(side.type)", at: expression.range)
        return nil
      }
      let isAnd = binary == .and
      return CompiledExpression(type: .bool) { row throws(RuntimeFailure) in
        let first = Truth(try left.evaluate(row))
        // Short-circuit only where the other side cannot change the answer.
        if isAnd, first == .false { return .bool(false) }
        if !isAnd, first == .true { return .bool(true) }
        let second = Truth(try right.evaluate(row))
        return (isAnd ? first.and(second) : first.or(second)).value
      }
    case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
      return compileComparison(binary, left, right, at: range)
    case .in:
      if case .list = right.type {
      } else if right.type != .any {
        report("`in` needs a list on its right, such as [\"a\", \"b\"], found \(right.type)", at: rightExpression.range)
        return nil
      }
      let corpus = corpus
      return CompiledExpression(type: .bool) { row throws(RuntimeFailure) in
        try left.evaluate(row).isElement(of: try right.evaluate(row), in: corpus).value
      }
    case .contains, .startsWith, .endsWith:
      return compileTextMatch(binary, left, right, leftExpression, rightExpression)
    case .add, .subtract, .multiply, .divide, .remainder:
      guard let arithmetic = ArithmeticOperator(rawValue: binary.rawValue) else { return nil }
      guard let type = arithmetic.resultType(left.type, right.type) else {
        report(
          "`\(binary.rawValue)` needs \(arithmetic.operandsDescription), found \(left.type) and \(right.type)",
          at: range)
        return nil
      }
      return CompiledExpression(type: type) { row throws(RuntimeFailure) in
        let leftValue = try left.evaluate(row)
        let rightValue = try right.evaluate(row)
        do throws(EvaluationError) {
          return try arithmetic.apply(leftValue, rightValue)
        } catch {
          throw RuntimeFailure(error.message, at: range)
        }
      }
    case .matches, .notMatches:
      return nil
    }
  }

  private mutating func compileComparison(
    _ binary: BinaryOperator, _ left: CompiledExpression, _ right: CompiledExpression, at range: SourceRange
  ) -> CompiledExpression? {
    guard let comparison = ComparisonOperator(rawValue: binary.rawValue) else { return nil }
    let ordered = comparison != .equal && comparison != .notEqual
    guard left.type.isComparable(with: right.type, ordered: ordered) else {
      report(
        "`\(binary.rawValue)` compares values of one kind, found \(left.type) and \(right.type)", at: range,
        help: left.type == .date || right.type == .date ? "write a date as 2024-06-19" : nil)
      return nil
    }
    // `date = "June 19"` would quietly match nothing: a text compares with a date only when it is an ISO date.
    for (side, other) in [(left, right), (right, left)] where side.type == .date {
      if case .text(let text)? = other.constant, CalendarDate(iso: text) == nil {
        report(
          "`\(binary.rawValue)` compares a date with the text \"\(text)\", which is not a date", at: range,
          help: "write a date as 2024-06-19, a month as 2024-06")
        return nil
      }
    }
    let corpus = corpus
    // `speaker = "Kim Jong-un"`: the entities a name means are looked up once, not at every row.
    if !ordered, left.type == .entity, case .text(let name)? = right.constant {
      let indices = Set(corpus.entityIndices(matching: name))
      let negated = comparison == .notEqual
      return CompiledExpression(type: .bool) { row throws(RuntimeFailure) in
        switch try left.evaluate(row) {
        case .null: return .null
        case .entity(let reference): return .bool(indices.contains(reference.index) != negated)
        case let other: return other.compare(comparison, to: .text(name), in: corpus).value
        }
      }
    }
    return CompiledExpression(type: .bool) { row throws(RuntimeFailure) in
      try left.evaluate(row).compare(comparison, to: try right.evaluate(row), in: corpus).value
    }
  }

  private mutating func compileTextMatch(
    _ binary: BinaryOperator, _ left: CompiledExpression, _ right: CompiledExpression,
    _ leftExpression: Expression, _ rightExpression: Expression
  ) -> CompiledExpression? {
    let match: TextMatch =
      switch binary {
      case .startsWith: .startsWith
      case .endsWith: .endsWith
      default: .contains
      }
    switch left.type {
    case .text, .entity, .list, .any: break
    default:
      report("`\(binary.rawValue)` looks inside text, found \(left.type)", at: leftExpression.range)
      return nil
    }
    guard right.type == .text || right.type == .entity || right.type == .any else {
      report("`\(binary.rawValue)` needs text on its right, found \(right.type)", at: rightExpression.range)
      return nil
    }
    let corpus = corpus
    if case .text(let text)? = right.constant {
      let needle = TextNeedle(text)
      // A field read as a slice of the body: no string is built for the millions of sentences a scan passes.
      if let slice = left.textSlice {
        return CompiledExpression(type: .bool) { row in
          guard case .record(let record) = row else { return .null }
          guard let text = slice(record) else { return .null }
          return .bool(needle.matches(text, match))
        }
      }
      return CompiledExpression(type: .bool) { row throws(RuntimeFailure) in
        try left.evaluate(row).matches(needle, match, in: corpus).value
      }
    }
    return CompiledExpression(type: .bool) { row throws(RuntimeFailure) in
      let value = try right.evaluate(row)
      guard let text = value.plainText, !value.isNull else { return .null }
      return try left.evaluate(row).matches(TextNeedle(text), match, in: corpus).value
    }
  }

  private mutating func compileRegexMatch(negated: Bool, _ leftExpression: Expression, _ rightExpression: Expression)
    -> CompiledExpression?
  {
    let left = compile(leftExpression)
    let pattern: String
    let flags: String
    switch rightExpression.kind {
    case .literal(.regex(let regexPattern, let regexFlags)):
      pattern = regexPattern
      flags = regexFlags
    case .literal(.string(let text)):
      pattern = text
      flags = ""
    default:
      report(
        "`\(negated ? "!~" : "~")` needs a regex literal on its right", at: rightExpression.range,
        help: "write the pattern between slashes: text ~ /pattern/i")
      return nil
    }
    guard let left else { return nil }
    switch left.type {
    case .text, .entity, .list, .any: break
    default:
      report("`\(negated ? "!~" : "~")` matches text, found \(left.type)", at: leftExpression.range)
      return nil
    }
    let regex: QueryRegex
    do {
      regex = try QueryRegex(pattern: pattern, flags: flags)
    } catch {
      report("invalid regex: \(error.message)", at: rightExpression.range)
      return nil
    }
    let corpus = corpus
    if let slice = left.textSlice {
      return CompiledExpression(type: .bool) { row in
        guard case .record(let record) = row, let text = slice(record) else { return .null }
        return .bool(regex.matches(text.substring) != negated)
      }
    }
    return CompiledExpression(type: .bool) { row throws(RuntimeFailure) in
      let truth = regex.matches(try left.evaluate(row), in: corpus)
      return (negated ? truth.negated : truth).value
    }
  }

  // MARK: - Diagnostics

  private mutating func report(_ message: String, at range: SourceRange, help: String? = nil) {
    diagnostics.append(.error(message, at: range, help: help))
  }

  private func listed(_ names: [String]) -> String {
    names.count <= 12 ? names.joined(separator: ", ") : names.prefix(12).joined(separator: ", ") + ", …"
  }
}
