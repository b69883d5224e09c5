/// Prints syntax trees as S-expressions, for parser tests and `--dump-ast`:
/// `(pipeline (source quotes) (where (= speaker "Putin")) (select source text))`.
public enum ASTPrinter {
  /// Statements, one per line.
  public static func print(_ statements: [Statement]) -> String {
    statements.map(print).joined(separator: "\n")
  }

  /// `(let cnbc (pipeline …))` or `(pipeline …)`.
  public static func print(_ statement: Statement) -> String {
    switch statement.kind {
    case .pipeline(let pipeline): print(pipeline)
    case .binding(let name, let pipeline): "(let \(print(name)) \(print(pipeline)))"
    }
  }

  /// A pipeline: `(pipeline (source quotes) (count))`.
  public static func print(_ pipeline: Pipeline) -> String {
    list(["pipeline", print(pipeline.source)] + pipeline.stages.map(print))
  }

  /// `(source quotes)` or `(search …)`.
  public static func print(_ source: Source) -> String {
    switch source.kind {
    case .name(let name): "(source \(print(name)))"
    case .search(let query): "(search \(print(query)))"
    }
  }

  /// `(where …)`, `(sort (desc count))`, `(group speaker (aggregate (as n (call count))))`.
  public static func print(_ stage: Stage) -> String {
    switch stage.kind {
    case .filter(let condition): list(["where", print(condition)])
    case .select(let items): list(["select"] + items.map(print))
    case .sort(let keys):
      list(["sort"] + keys.map { $0.descending ? "(desc \(print($0.expression)))" : print($0.expression) })
    case .limit(let count): "(limit \(count))"
    case .offset(let count): "(offset \(count))"
    case .distinct(let fields): list(["distinct"] + fields.map(print))
    case .group(let keys, let aggregates):
      list(
        ["group"] + keys.map(print)
          + (aggregates.isEmpty
            ? []
            : [
              list(
                ["aggregate"]
                  + aggregates.map {
                    "(as \(print($0.name)) \(list(["call", print($0.function)] + $0.arguments.map(print))))"
                  })
            ]))
    case .count: "(count)"
    case .kwic(let width): list(["kwic"] + (width.map { [String($0)] } ?? []))
    case .cluster(let threshold): list(["cluster"] + (threshold.map { [number($0)] } ?? []))
    }
  }

  /// An expression in prefix form: `(and (= kind "person") (>= sources 3))`.
  public static func print(_ expression: Expression) -> String {
    switch expression.kind {
    case .literal(let literal): print(literal)
    case .list(let elements): list(["list"] + elements.map(print))
    case .name(let name): print(name)
    case .member(let base, let name): "(. \(print(base)) \(print(name)))"
    case .call(let name, let arguments): list(["call", print(name)] + arguments.map(print))
    case .unary(.negate, let operand): "(- \(print(operand)))"
    case .unary(.not, let operand): "(not \(print(operand)))"
    case .binary(let binary, let left, let right):
      "(\(binary.rawValue.replacingSpaces(with: "-")) \(print(left)) \(print(right)))"
    case .isNull(let operand, let negated): "(\(negated ? "is-not-null" : "is-null") \(print(operand)))"
    }
  }

  /// A search query: `sanction*`, `"ballistic missile"`, `(near 5 sanctions Russia)`, `(field speaker Putin)`.
  public static func print(_ query: SearchQuery) -> String {
    switch query.kind {
    case .word(let word, let prefix): word + (prefix ? "*" : "")
    case .phrase(let phrase, let prefix): quoted(phrase + (prefix ? "*" : ""))
    case .and(let terms): list(["and"] + terms.map(print))
    case .or(let terms): list(["or"] + terms.map(print))
    case .not(let term): "(not \(print(term)))"
    case .near(let left, let right, let distance): "(near \(distance) \(print(left)) \(print(right)))"
    case .field(let name, let value): "(field \(print(name)) \(print(value)))"
    }
  }

  private static func print(_ item: SelectItem) -> String {
    guard let name = item.name else { return print(item.expression) }
    return "(as \(print(name)) \(print(item.expression)))"
  }

  private static func print(_ literal: Literal) -> String {
    switch literal {
    case .string(let text): quoted(text)
    case .integer(let value): String(value)
    case .decimal(let value): number(value)
    case .date(let date): "(date \(date.iso))"
    case .boolean(let value): String(value)
    case .null: "null"
    case .regex(let pattern, let flags): "/\(pattern.replacingSlashes())/\(flags)"
    }
  }

  /// A name as it would have to be written: back-quoted when it is a keyword or not a plain word.
  private static func print(_ name: Name) -> String {
    let isPlain =
      Token.Keyword(rawValue: name.text) == nil && !name.text.isEmpty
      && name.text.unicodeScalars.enumerated().allSatisfy { offset, scalar in
        scalar == "_" || (offset == 0 ? scalar.properties.isXIDStart : scalar.properties.isXIDContinue)
      }
    return isPlain ? name.text : "`\(name.text)`"
  }

  private static func list(_ parts: [String]) -> String { "(" + parts.joined(separator: " ") + ")" }

  private static func number(_ value: Double) -> String { String(value) }

  /// A string literal as the lexer reads it back: quotes, backslashes and control characters escaped.
  private static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

extension String {
  fileprivate func replacingSpaces(with replacement: Character) -> String {
    String(map { $0 == " " ? replacement : $0 })
  }

  /// Escapes the slashes of a regex pattern again, so the printed literal reads back the same.
  fileprivate func replacingSlashes() -> String {
    var result = ""
    var escaped = false
    for character in self {
      if character == "/" && !escaped { result += "\\" }
      escaped = character == "\\" && !escaped
      result.append(character)
    }
    return result
  }
}
