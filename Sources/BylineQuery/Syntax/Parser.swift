import BylineModel

/// Parses a query or script by recursive descent: one function per rule of `grammar/byline.ebnf`, in the
/// order of that file, each with its production as its doc comment.
///
/// It never throws and never stops at the first error: after one it skips to the next `|`, `;` or line end
/// and goes on, so a script shows up to `maximumErrors` problems at once (later ones are not reported). A statement with any error is left
/// out of `statements`; the checker and the evaluator only ever see complete trees.
public struct Parser {
  /// What parsing found.
  public struct Result: Sendable {
    /// The statements that parsed without error, in source order.
    public var statements: [Statement]
    /// Lexical and syntax errors, sorted by position, at most `maximumErrors`.
    public var diagnostics: [Diagnostic]
  }

  /// Deeper expressions (nested brackets, `not not …`, or long chains of one operator, which build a deep
  /// tree too) are rejected with a diagnostic, so that nothing that walks a tree can run out of stack.
  public static let maximumDepth = 256
  /// After this many diagnostics the parser gives up: the rest are usually echoes of the first.
  public static let maximumErrors = 10

  /// The stage names, recognised only right after `|`.
  ///
  /// The order is the grammar's; `parseStage` must handle every one (a test checks).
  public static let stageNames = [
    "where", "select", "sort", "limit", "offset", "distinct", "group", "count", "kwic", "cluster",
  ]

  /// The words that are keywords only in one place, and remain usable as field names elsewhere.
  ///
  /// The stage names, `asc`/`desc` after a sort key, and `aggregate` after the keys of `group`; completion
  /// offers them.
  public static let contextualKeywords = stageNames + ["asc", "desc", "aggregate"]

  private let source: SourceText
  private let tokens: [Token]
  private var index = 0
  private var diagnostics: [Diagnostic]
  /// How deep the tree being built is at the current point; see `maximumDepth`.
  private var depth = 0

  /// Parses a whole source, or the range of one statement that `StatementSplitter` found (diagnostics still
  /// point into the whole source, so line numbers are the script's).
  public static func parse(_ source: SourceText, range: SourceRange? = nil) -> Result {
    let lexed = Lexer.tokens(in: source, range: range)
    var parser = Parser(source: source, tokens: lexed.tokens, diagnostics: lexed.diagnostics)
    let statements = parser.parseScript()
    return Result(
      statements: statements, diagnostics: Array(parser.diagnostics.sortedByPosition().prefix(maximumErrors)))
  }

  private init(source: SourceText, tokens: [Token], diagnostics: [Diagnostic]) {
    self.source = source
    self.tokens = tokens
    self.diagnostics = diagnostics
  }

  // MARK: - Statements

  /// script = [ statement ] { separator [ statement ] } ;
  private mutating func parseScript() -> [Statement] {
    var statements: [Statement] = []
    // Parsing goes on after the last reported error: it is linear anyway, and a statement's fate must not
    // depend on how many errors came before it (the statement splitter parses statements one at a time).
    while !at(.endOfInput) {
      if parseSeparator() { continue }
      let start = index
      if let statement = parseStatement() { statements.append(statement) }
      if !atStatementEnd { skipToStatementEnd() }
      // Must make progress, whatever the statement's parse did.
      if index == start { advance() }
    }
    return statements
  }

  /// separator = NEWLINE | ";" ;
  private mutating func parseSeparator() -> Bool {
    accept(.newline) != nil || accept(.semicolon) != nil
  }

  /// statement = let_statement | pipeline ;
  private mutating func parseStatement() -> Statement? {
    if at(.keyword(.let)) { return parseLetStatement() }
    guard let pipeline = parsePipeline() else { return nil }
    return Statement(.pipeline(pipeline), range: pipeline.range)
  }

  /// let_statement = "let" IDENT "=" pipeline ;
  private mutating func parseLetStatement() -> Statement? {
    let letToken = advance()
    guard let name = parseName(expecting: "a name after 'let'") else {
      skipToStatementEnd()
      return nil
    }
    guard accept(.equal) != nil else {
      expected("'=' after 'let \(name.text)'", help: "bind a pipeline: let \(name.text) = articles | where …")
      skipToStatementEnd()
      return nil
    }
    guard canStartSource else {
      expected("a pipeline after 'let \(name.text) ='")
      skipToStatementEnd()
      return nil
    }
    guard let pipeline = parsePipeline() else { return nil }
    return Statement(.binding(name: name, pipeline: pipeline), range: letToken.range.joined(with: pipeline.range))
  }

  /// pipeline = source { "|" stage } ;
  private mutating func parsePipeline() -> Pipeline? {
    var failed = false
    let source = parseSource()
    if source == nil {
      failed = true
      skipToStageBoundary()
    } else if !expectStageBoundary() {
      failed = true
    }
    var stages: [Stage] = []
    while let pipe = accept(.pipe) {
      if let stage = parseStage(after: pipe) {
        stages.append(stage)
        if !expectStageBoundary() { failed = true }
      } else {
        failed = true
        skipToStageBoundary()
      }
    }
    guard !failed, let source else { return nil }
    return Pipeline(
      source: source, stages: stages, range: source.range.joined(with: stages.last?.range ?? source.range))
  }

  /// source = search_source | IDENT ;
  private mutating func parseSource() -> Source? {
    if at(.keyword(.search)) { return parseSearchSource() }
    guard current.kind == .identifier else {
      expected(
        "a source (a collection, a let-bound name or 'search')",
        help: current.kind.isKeyword ? nil : "a query starts with a source: articles | count")
      return nil
    }
    let token = advance()
    let word = text(token)
    // `where x = 1` at the start of a statement is a query that forgot its source, not a source named
    // "where" followed by junk.
    if Self.stageNames.contains(word), !atStageBoundary {
      report(
        "expected a source before the '\(word)' stage", at: token.range,
        help: "a query starts with a collection or a let-bound name: articles | \(word) …")
      return nil
    }
    return Source(.name(Name(Lexer.name(of: token, in: source), range: token.range)), range: token.range)
  }

  /// search_source = "search" search_query ;
  private mutating func parseSearchSource() -> Source? {
    let keyword = advance()
    guard canStartSearchTerm else {
      expected("a search query after 'search'", help: "for example: search sanctions NEAR/5 Russia")
      return nil
    }
    guard let query = parseSearchQuery() else { return nil }
    guard atStageBoundary else {
      expected(
        "a search term, '|' or the end of the statement",
        help: "a search query holds words, \"phrases\", AND, OR, NOT, -word, word*, NEAR/5, field:value and ( )")
      return nil
    }
    return Source(.search(query), range: keyword.range.joined(with: query.range))
  }

  // MARK: - Stages

  /// stage = where_stage | select_stage | sort_stage | limit_stage | offset_stage | distinct_stage
  ///       | group_stage | count_stage | kwic_stage | cluster_stage ;
  private mutating func parseStage(after pipe: Token) -> Stage? {
    guard current.kind == .identifier else {
      let help: String? =
        current.kind == .keyword(.search)
        ? "'search' starts a query; it cannot follow '|'"
        : (current.kind.isKeyword ? nil : "stages are: \(Self.stageNames.joined(separator: ", "))")
      expected("a stage name after '|'", help: help)
      return nil
    }
    let word = text(current)
    switch word {
    case "where": return parseWhereStage()
    case "select": return parseSelectStage()
    case "sort": return parseSortStage()
    case "limit": return parseLimitStage()
    case "offset": return parseOffsetStage()
    case "distinct": return parseDistinctStage()
    case "group": return parseGroupStage()
    case "count": return parseCountStage()
    case "kwic": return parseKwicStage()
    case "cluster": return parseClusterStage()
    default:
      report(
        "unknown stage '\(word)'", at: current.range,
        help: Suggestions.didYouMean(word, among: Self.stageNames)
          ?? "stages are: \(Self.stageNames.joined(separator: ", "))")
      return nil
    }
  }

  /// where_stage = "where" expression ;
  private mutating func parseWhereStage() -> Stage? {
    let keyword = advance()
    guard let condition = parseExpression(expecting: "a condition after 'where'") else { return nil }
    return Stage(.filter(condition), range: keyword.range.joined(with: condition.range), nameRange: keyword.range)
  }

  /// select_stage = "select" select_item { "," select_item } ;
  private mutating func parseSelectStage() -> Stage? {
    let keyword = advance()
    var items: [SelectItem] = []
    repeat {
      guard let item = parseSelectItem(expecting: items.isEmpty ? "a column after 'select'" : "a column after ','")
      else { return nil }
      items.append(item)
    } while accept(.comma) != nil
    return Stage(
      .select(items), range: keyword.range.joined(with: items[items.count - 1].range), nameRange: keyword.range)
  }

  /// select_item = [ IDENT "=" ] expression ;
  private mutating func parseSelectItem(expecting description: String) -> SelectItem? {
    var name: Name?
    if peek().kind == .equal {
      if current.kind == .identifier {
        let token = advance()
        advance()
        name = Name(Lexer.name(of: token, in: source), range: token.range)
      } else if case .keyword(let keyword) = current.kind, !canStartExpression {
        report(
          "'\(keyword.rawValue)' is a reserved word and cannot name a column", at: current.range,
          help: "write it in back quotes: `\(keyword.rawValue)` = …")
        return nil
      }
    }
    let expectation = name.map { "an expression after '\($0.text) ='" } ?? description
    guard let expression = parseExpression(expecting: expectation) else { return nil }
    return SelectItem(
      name: name, expression: expression, range: (name?.range ?? expression.range).joined(with: expression.range))
  }

  /// sort_stage = "sort" sort_key { "," sort_key } ;
  private mutating func parseSortStage() -> Stage? {
    let keyword = advance()
    var keys: [SortKey] = []
    repeat {
      guard let key = parseSortKey(expecting: keys.isEmpty ? "a sort key after 'sort'" : "a sort key after ','")
      else { return nil }
      keys.append(key)
    } while accept(.comma) != nil
    return Stage(.sort(keys), range: keyword.range.joined(with: keys[keys.count - 1].range), nameRange: keyword.range)
  }

  /// sort_key = expression [ "asc" | "desc" ] ;
  private mutating func parseSortKey(expecting description: String) -> SortKey? {
    guard let expression = parseExpression(expecting: description) else { return nil }
    guard isWord("asc") || isWord("desc") else {
      return SortKey(expression: expression, descending: false, directionRange: nil, range: expression.range)
    }
    let direction = advance()
    return SortKey(
      expression: expression, descending: text(direction) == "desc", directionRange: direction.range,
      range: expression.range.joined(with: direction.range))
  }

  /// limit_stage = "limit" INTEGER ;
  private mutating func parseLimitStage() -> Stage? {
    let keyword = advance()
    guard let (count, range) = parseWholeNumber(after: "limit", meaning: "a number of rows") else { return nil }
    return Stage(.limit(count), range: keyword.range.joined(with: range), nameRange: keyword.range)
  }

  /// offset_stage = "offset" INTEGER ;
  private mutating func parseOffsetStage() -> Stage? {
    let keyword = advance()
    guard let (count, range) = parseWholeNumber(after: "offset", meaning: "a number of rows") else { return nil }
    return Stage(.offset(count), range: keyword.range.joined(with: range), nameRange: keyword.range)
  }

  /// distinct_stage = "distinct" [ expression_list ] ;
  private mutating func parseDistinctStage() -> Stage? {
    let keyword = advance()
    if atStageBoundary { return Stage(.distinct([]), range: keyword.range, nameRange: keyword.range) }
    guard let fields = parseExpressionList(expecting: "a field after 'distinct'") else { return nil }
    return Stage(
      .distinct(fields), range: keyword.range.joined(with: fields[fields.count - 1].range), nameRange: keyword.range)
  }

  /// group_stage = "group" select_item { "," select_item } [ aggregate_clause ] ;
  private mutating func parseGroupStage() -> Stage? {
    let keyword = advance()
    var keys: [SelectItem] = []
    repeat {
      guard
        let key = parseSelectItem(expecting: keys.isEmpty ? "a grouping key after 'group'" : "a grouping key after ','")
      else { return nil }
      keys.append(key)
    } while accept(.comma) != nil
    var range = keyword.range.joined(with: keys[keys.count - 1].range)
    var aggregates: [AggregateItem] = []
    if isWord("aggregate") {
      guard let clause = parseAggregateClause() else { return nil }
      aggregates = clause
      range = range.joined(with: clause[clause.count - 1].range)
    }
    return Stage(.group(keys: keys, aggregates: aggregates), range: range, nameRange: keyword.range)
  }

  /// aggregate_clause = "aggregate" aggregate_item { "," aggregate_item } ;
  private mutating func parseAggregateClause() -> [AggregateItem]? {
    advance()
    var items: [AggregateItem] = []
    repeat {
      guard let item = parseAggregateItem(after: items.isEmpty ? "'aggregate'" : "','") else { return nil }
      items.append(item)
    } while accept(.comma) != nil
    return items
  }

  /// aggregate_item = IDENT "=" IDENT "(" [ expression_list ] ")" ;
  private mutating func parseAggregateItem(after previous: String) -> AggregateItem? {
    guard let name = parseName(expecting: "a column name after \(previous)", help: "name each aggregate: n = count()")
    else { return nil }
    guard accept(.equal) != nil else {
      expected("'=' after '\(name.text)'", help: "name each aggregate: \(name.text) = count()")
      return nil
    }
    guard current.kind == .identifier, peek().kind == .leftParenthesis else {
      expected("an aggregate call such as count() or sum(words) after '\(name.text) ='")
      return nil
    }
    guard let call = parseCall(), case .call(let function, let arguments) = call.kind else { return nil }
    return AggregateItem(name: name, function: function, arguments: arguments, range: name.range.joined(with: call.range))
  }

  /// count_stage = "count" ;
  private mutating func parseCountStage() -> Stage? {
    let keyword = advance()
    return Stage(.count, range: keyword.range, nameRange: keyword.range)
  }

  /// kwic_stage = "kwic" [ INTEGER ] ;
  private mutating func parseKwicStage() -> Stage? {
    let keyword = advance()
    if atStageBoundary { return Stage(.kwic(width: nil), range: keyword.range, nameRange: keyword.range) }
    guard let (width, range) = parseWholeNumber(after: "kwic", meaning: "a context width in characters") else {
      return nil
    }
    return Stage(.kwic(width: width), range: keyword.range.joined(with: range), nameRange: keyword.range)
  }

  /// cluster_stage = "cluster" [ INTEGER | DECIMAL ] ;
  private mutating func parseClusterStage() -> Stage? {
    let keyword = advance()
    if atStageBoundary { return Stage(.cluster(threshold: nil), range: keyword.range, nameRange: keyword.range) }
    if current.kind == .integer || current.kind == .decimal {
      let token = advance()
      return Stage(
        .cluster(threshold: Double(text(token)) ?? 0), range: keyword.range.joined(with: token.range),
        nameRange: keyword.range)
    }
    if current.kind == .minus, peek().kind == .integer || peek().kind == .decimal {
      let range = current.range.joined(with: peek().range)
      report("'cluster' takes a similarity threshold of 0 or more, found \(text(range))", at: range)
      return nil
    }
    expected("a similarity threshold after 'cluster'", help: "for example: cluster 0.8")
    return nil
  }

  // MARK: - Expressions

  /// expression = prefix_expression { binary_operator prefix_expression | null_test } ;
  ///
  /// Precedence climbing over the table in OperatorPrecedence.swift: operators at or above `minimum` are
  /// folded here, looser ones are left to the caller.
  private mutating func parseExpression(_ minimum: Precedence = .or) -> Expression? {
    guard var left = parsePrefixExpression(minimum) else { return nil }
    // Each fold deepens the tree by one; the depth is given back when this level is done.
    let savedDepth = depth
    defer { depth = savedDepth }
    // Comparisons do not chain: `a < b < c` is almost always a mistake for `a < b and b < c`.
    var previousComparison: SourceRange?
    while true {
      if at(.keyword(.is)) {
        guard Precedence.comparison >= minimum else { break }
        guard !isChained(current.range, after: previousComparison), deepen(at: current.range),
          let (negated, testRange) = parseNullTest()
        else { return nil }
        left = Expression(.isNull(left, negated: negated), range: left.range.joined(with: testRange))
        previousComparison = testRange
        continue
      }
      guard let candidate = BinaryOperator.table[current.kind], candidate.precedence >= minimum else { break }
      let isComparison = candidate.precedence == .comparison
      guard !(isComparison && isChained(current.range, after: previousComparison)), deepen(at: current.range),
        let (binary, operatorRange) = parseBinaryOperator()
      else { return nil }
      let next = Precedence(rawValue: binary.precedence.rawValue + 1) ?? .prefix
      guard canStartExpression else {
        expected("an expression after '\(text(operatorRange))'")
        return nil
      }
      guard let right = parseExpression(next) else { return nil }
      left = Expression(.binary(binary, left, right), range: left.range.joined(with: right.range))
      previousComparison = isComparison ? operatorRange : nil
    }
    return left
  }

  /// binary_operator = "or" | "and" | "=" | "!=" | "<" | "<=" | ">" | ">=" | "~" | "!~" | "in" | "contains"
  ///                 | "starts" "with" | "ends" "with" | "+" | "-" | "*" | "/" | "%" ;
  private mutating func parseBinaryOperator() -> (BinaryOperator, SourceRange)? {
    guard let binary = BinaryOperator.table[current.kind] else { return nil }
    let token = advance()
    guard binary == .startsWith || binary == .endsWith else { return (binary, token.range) }
    guard let with = accept(.keyword(.with)) else {
      expected("'with' after '\(text(token))'", help: "write '\(text(token)) with': text \(text(token)) with \"…\"")
      return nil
    }
    return (binary, token.range.joined(with: with.range))
  }

  /// null_test = "is" [ "not" ] "null" ;
  private mutating func parseNullTest() -> (negated: Bool, range: SourceRange)? {
    let isToken = advance()
    let notToken = accept(.keyword(.not))
    guard let null = accept(.keyword(.null)) else {
      expected(
        "'null' after '\(notToken == nil ? "is" : "is not")'",
        help: "'is' only tests for null; compare values with '=' or '!='")
      return nil
    }
    return (notToken != nil, isToken.range.joined(with: null.range))
  }

  /// prefix_expression = ( "not" | "-" ) prefix_expression | postfix_expression ;
  private mutating func parsePrefixExpression(_ minimum: Precedence) -> Expression? {
    guard deepen(at: current.range) else { return nil }
    defer { depth -= 1 }
    if at(.keyword(.not)) {
      // `not` binds looser than comparisons; inside a tighter operator it would be read oddly, so ask for
      // brackets instead of guessing.
      guard minimum <= .not else {
        report(
          "'not' cannot stand here without brackets", at: current.range,
          help: "write the negation in brackets: (not …)")
        return nil
      }
      let notToken = advance()
      guard canStartExpression else {
        expected("an expression after 'not'")
        return nil
      }
      guard let operand = parseExpression(.not) else { return nil }
      return Expression(.unary(.not, operand), range: notToken.range.joined(with: operand.range))
    }
    if at(.minus) {
      let minus = advance()
      guard canStartExpression else {
        expected("an expression after '-'")
        return nil
      }
      guard let operand = parsePrefixExpression(.prefix) else { return nil }
      let range = minus.range.joined(with: operand.range)
      // Fold `-5` into a literal, so a negative number prints and checks as one.
      switch operand.kind {
      case .literal(.integer(let value)): return Expression(.literal(.integer(-value)), range: range)
      case .literal(.decimal(let value)): return Expression(.literal(.decimal(-value)), range: range)
      default: return Expression(.unary(.negate, operand), range: range)
      }
    }
    return parsePostfixExpression()
  }

  /// postfix_expression = primary { "." ( IDENT | KEYWORD ) } ;
  ///
  /// After a dot any word is a field name, keywords included: `article.in` needs no quotes.
  private mutating func parsePostfixExpression() -> Expression? {
    guard var expression = parsePrimary() else { return nil }
    let savedDepth = depth
    defer { depth = savedDepth }
    while let dot = accept(.dot) {
      guard current.kind == .identifier || current.kind.isKeyword else {
        expected("a field name after '.'")
        return nil
      }
      guard deepen(at: dot.range) else { return nil }
      let token = advance()
      let name = Name(Lexer.name(of: token, in: source), range: token.range)
      expression = Expression(.member(expression, name), range: expression.range.joined(with: token.range))
    }
    return expression
  }

  /// primary = literal | list | call | IDENT | "(" expression ")" ;
  private mutating func parsePrimary() -> Expression? {
    switch current.kind {
    case .string, .integer, .decimal, .date, .regex, .keyword(.true), .keyword(.false), .keyword(.null):
      return parseLiteral()
    case .leftBracket:
      return parseList()
    case .identifier:
      if peek().kind == .leftParenthesis { return parseCall() }
      let token = advance()
      return Expression(.name(Name(Lexer.name(of: token, in: source), range: token.range)), range: token.range)
    case .leftParenthesis:
      let open = advance()
      guard let inner = parseExpression(expecting: "an expression after '('"),
        let close = expectClosing(.rightParenthesis, opening: open)
      else { return nil }
      // The brackets belong to the node's range, so a caret under it covers what the user wrote.
      return Expression(inner.kind, range: open.range.joined(with: close.range))
    default:
      expected("an expression")
      return nil
    }
  }

  /// literal = STRING | INTEGER | DECIMAL | DATE | REGEX | "true" | "false" | "null" ;
  private mutating func parseLiteral() -> Expression? {
    let token = advance()
    let literal: Literal
    switch token.kind {
    case .string: literal = .string(Lexer.stringValue(of: token, in: source))
    case .integer: literal = .integer(Int(text(token)) ?? 0)
    case .decimal: literal = .decimal(Double(text(token)) ?? 0)
    case .date:
      // The lexer checked the shape (YYYY-MM or YYYY-MM-DD) and the calendar.
      let parts = text(token).split(separator: "-").map { Int($0) ?? 0 }
      literal = .date(CalendarDate(year: parts[0], month: parts[1], day: parts.count > 2 ? parts[2] : nil))
    case .regex:
      let (pattern, flags) = Lexer.regexParts(of: token, in: source)
      literal = .regex(pattern: pattern, flags: flags)
    case .keyword(.true): literal = .boolean(true)
    case .keyword(.false): literal = .boolean(false)
    default: literal = .null
    }
    return Expression(.literal(literal), range: token.range)
  }

  /// list = "[" [ expression_list ] "]" ;
  private mutating func parseList() -> Expression? {
    let open = advance()
    var elements: [Expression] = []
    if !at(.rightBracket) {
      guard let list = parseExpressionList(expecting: "a list element after '['") else { return nil }
      elements = list
    }
    guard let close = expectClosing(.rightBracket, opening: open) else { return nil }
    return Expression(.list(elements), range: open.range.joined(with: close.range))
  }

  /// call = IDENT "(" [ expression_list ] ")" ;
  private mutating func parseCall() -> Expression? {
    let nameToken = advance()
    let open = advance()
    let name = Name(Lexer.name(of: nameToken, in: source), range: nameToken.range)
    var arguments: [Expression] = []
    if at(.star), peek().kind == .rightParenthesis {
      report("'*' is not an argument", at: current.range, help: "write \(name.text)() to count rows")
      return nil
    }
    if !at(.rightParenthesis) {
      guard let list = parseExpressionList(expecting: "an argument after '('") else { return nil }
      arguments = list
    }
    guard let close = expectClosing(.rightParenthesis, opening: open) else { return nil }
    return Expression(.call(name, arguments), range: nameToken.range.joined(with: close.range))
  }

  /// expression_list = expression { "," expression } ;
  private mutating func parseExpressionList(expecting first: String) -> [Expression]? {
    var list: [Expression] = []
    repeat {
      guard let expression = parseExpression(expecting: list.isEmpty ? first : "an expression after ','") else {
        return nil
      }
      list.append(expression)
    } while accept(.comma) != nil
    return list
  }

  // MARK: - Search queries

  /// search_query = search_or ;
  private mutating func parseSearchQuery() -> SearchQuery? {
    parseSearchOr()
  }

  /// search_or = search_and { "OR" search_and } ;
  private mutating func parseSearchOr() -> SearchQuery? {
    guard let first = parseSearchAnd() else { return nil }
    var terms = [first]
    while isWord("OR") {
      advance()
      guard expectSearchTerm(after: "'OR'") else { return nil }
      guard let term = parseSearchAnd() else { return nil }
      terms.append(term)
    }
    return terms.count == 1
      ? first : SearchQuery(.or(terms), range: first.range.joined(with: terms[terms.count - 1].range))
  }

  /// search_and = search_near { [ "AND" ] search_near } ;
  private mutating func parseSearchAnd() -> SearchQuery? {
    guard let first = parseSearchNear() else { return nil }
    var terms = [first]
    while true {
      if isWord("AND") {
        advance()
        guard expectSearchTerm(after: "'AND'") else { return nil }
      } else if !canStartSearchTerm {
        break
      }
      guard let term = parseSearchNear() else { return nil }
      terms.append(term)
    }
    return terms.count == 1
      ? first : SearchQuery(.and(terms), range: first.range.joined(with: terms[terms.count - 1].range))
  }

  /// search_near = search_not { "NEAR" "/" INTEGER search_not } ;
  private mutating func parseSearchNear() -> SearchQuery? {
    guard var left = parseSearchNot() else { return nil }
    let savedDepth = depth
    defer { depth = savedDepth }
    while isWord("NEAR") {
      let near = advance()
      guard accept(.slash) != nil, current.kind == .integer else {
        expected("'/' and a distance after 'NEAR'", help: "write NEAR/5 for terms within five words of each other")
        return nil
      }
      let distanceToken = advance()
      guard deepen(at: near.range) else { return nil }
      guard expectSearchTerm(after: "'\(text(near.range.joined(with: distanceToken.range)))'") else { return nil }
      guard let right = parseSearchNot() else { return nil }
      left = SearchQuery(
        .near(left, right, distance: Int(text(distanceToken)) ?? 0), range: left.range.joined(with: right.range))
    }
    return left
  }

  /// search_not = ( "NOT" | "-" ) search_not | search_term ;
  private mutating func parseSearchNot() -> SearchQuery? {
    guard deepen(at: current.range) else { return nil }
    defer { depth -= 1 }
    guard isWord("NOT") || at(.minus) else { return parseSearchTerm() }
    let negation = advance()
    guard expectSearchTerm(after: "'\(text(negation))'") else { return nil }
    guard let operand = parseSearchNot() else { return nil }
    return SearchQuery(.not(operand), range: negation.range.joined(with: operand.range))
  }

  /// search_term = "(" search_query ")" | search_field | search_phrase | search_word ;
  private mutating func parseSearchTerm() -> SearchQuery? {
    if at(.leftParenthesis) { return parseBracketedSearchQuery() }
    if current.kind == .identifier, peek().kind == .colon { return parseSearchField() }
    if current.kind == .string { return parseSearchPhrase() }
    return parseSearchWord()
  }

  /// search_field = IDENT ":" ( "(" search_query ")" | search_phrase | search_word ) ;
  private mutating func parseSearchField() -> SearchQuery? {
    let nameToken = advance()
    let name = Name(Lexer.name(of: nameToken, in: source), range: nameToken.range)
    advance()
    let value: SearchQuery?
    if at(.leftParenthesis) {
      value = parseBracketedSearchQuery()
    } else if current.kind == .string {
      value = parseSearchPhrase()
    } else if isSearchWordPart(current) {
      value = parseSearchWord()
    } else {
      expected("a value after '\(name.text):'", help: "for example speaker:Putin or source:\"Associated Press\"")
      return nil
    }
    guard let value else { return nil }
    return SearchQuery(.field(name, value), range: nameToken.range.joined(with: value.range))
  }

  /// search_phrase = STRING ;
  private mutating func parseSearchPhrase() -> SearchQuery? {
    let token = advance()
    var phrase = Lexer.stringValue(of: token, in: source)
    let isPrefix = phrase.hasSuffix("*")
    if isPrefix { phrase.removeLast() }
    guard phrase.contains(where: { !$0.isWhitespace }) else {
      report("empty phrase in search query", at: token.range, help: "put the words to find between the quotes")
      return nil
    }
    return SearchQuery(.phrase(phrase, prefix: isPrefix), range: token.range)
  }

  /// search_word = WORD_PART { ( "-" | "." ) WORD_PART } [ "*" ] ;
  ///
  /// The parts and the `*` touch, with no space between: `Jong-un`, `U.S`, `sanction*`. A `-` after a space
  /// is a negation instead.
  private mutating func parseSearchWord() -> SearchQuery? {
    guard isSearchWordPart(current) else {
      expected("a search term")
      return nil
    }
    let first = advance()
    var end = first.range.upperBound
    while at(.minus) || at(.dot), current.range.lowerBound == end, isSearchWordPart(peek()),
      peek().range.lowerBound == current.range.upperBound
    {
      advance()
      end = advance().range.upperBound
    }
    let word =
      end == first.range.upperBound && first.kind == .identifier
      ? Lexer.name(of: first, in: source) : text(SourceRange(first.range.lowerBound, end))
    guard at(.star) else {
      return SearchQuery(.word(word, prefix: false), range: SourceRange(first.range.lowerBound, end))
    }
    guard current.range.lowerBound == end else {
      report("'*' must touch the word it completes", at: current.range, help: "write the wildcard as sanction*")
      return nil
    }
    let star = advance()
    return SearchQuery(.word(word, prefix: true), range: first.range.joined(with: star.range))
  }

  /// `( search_query )`, the bracketed form shared by search_term and search_field.
  private mutating func parseBracketedSearchQuery() -> SearchQuery? {
    let open = advance()
    guard expectSearchTerm(after: "'('") else { return nil }
    guard let inner = parseSearchQuery(), let close = expectClosing(.rightParenthesis, opening: open) else {
      return nil
    }
    return SearchQuery(inner.kind, range: open.range.joined(with: close.range))
  }

  /// Whether a search term starts here; if not, says so: "expected a search term after 'OR', found …".
  private mutating func expectSearchTerm(after previous: String) -> Bool {
    guard !canStartSearchTerm else { return true }
    expected("a search term after \(previous)")
    return false
  }

  /// One term alone, or the n-ary node joining several (`a b c` is one `and` of three, not a nested pair).
  private func joined(_ terms: [SearchQuery], as kind: ([SearchQuery]) -> SearchQuery.Kind) -> SearchQuery {
    guard terms.count > 1 else { return terms[0] }
    return SearchQuery(kind(terms), range: terms[0].range.joined(with: terms[terms.count - 1].range))
  }

  private var canStartSearchTerm: Bool {
    switch current.kind {
    case .identifier: !(isWord("OR") || isWord("AND") || isWord("NEAR"))
    case .string, .leftParenthesis, .minus: true
    default: isSearchWordPart(current)
    }
  }

  private func isSearchWordPart(_ token: Token) -> Bool {
    switch token.kind {
    case .identifier, .keyword, .integer, .decimal, .date: true
    default: false
    }
  }

  // MARK: - Shared pieces

  /// An expression where the caller knows what it is for, so that a missing one is reported as
  /// "expected a condition after 'where'" rather than a bare "expected an expression".
  private mutating func parseExpression(expecting description: String) -> Expression? {
    guard canStartExpression else {
      expected(description)
      return nil
    }
    return parseExpression()
  }

  private var canStartExpression: Bool {
    switch current.kind {
    case .identifier, .string, .integer, .decimal, .date, .regex, .leftParenthesis, .leftBracket, .minus,
      .keyword(.true), .keyword(.false), .keyword(.null), .keyword(.not):
      true
    default:
      false
    }
  }

  /// A name to bind or to give a column; a reserved word is reported with the back-quote fix.
  private mutating func parseName(expecting description: String, help: String? = nil) -> Name? {
    guard current.kind == .identifier else {
      expected(description, help: help)
      return nil
    }
    let token = advance()
    return Name(Lexer.name(of: token, in: source), range: token.range)
  }

  /// `limit 5`, `kwic 40`: a whole number of 0 or more, with a precise complaint about `-1` or `2.5`.
  private mutating func parseWholeNumber(after keyword: String, meaning: String) -> (Int, SourceRange)? {
    if current.kind == .integer {
      let token = advance()
      return (Int(text(token)) ?? 0, token.range)
    }
    if current.kind == .minus, peek().kind == .integer || peek().kind == .decimal {
      let range = current.range.joined(with: peek().range)
      report("'\(keyword)' takes \(meaning), 0 or more; found \(text(range))", at: range)
      return nil
    }
    if current.kind == .decimal {
      report("'\(keyword)' takes a whole number; found \(text(current))", at: current.range)
      return nil
    }
    expected("\(meaning) after '\(keyword)'")
    return nil
  }

  /// After a source or a stage, only `|` or the end of the statement may follow.
  private mutating func expectStageBoundary() -> Bool {
    guard !atStageBoundary else { return true }
    var help: String?
    if current.kind == .identifier {
      let word = text(current)
      if Self.stageNames.contains(word) {
        help = "stages are joined by '|': write '| \(word)'"
      } else if let known = Self.contextualKeywords.first(where: { $0 == word.lowercased() }) {
        help = "did you mean '\(known)'?"
      }
    }
    expected("'|' or the end of the statement", help: help)
    skipToStageBoundary()
    return false
  }

  /// The closing bracket, or "expected ')' to close '(' at 1:14, found '|'".
  private mutating func expectClosing(_ kind: Token.Kind, opening: Token) -> Token? {
    if let token = accept(kind) { return token }
    let closing = kind == .rightParenthesis ? ")" : "]"
    expected("'\(closing)' to close '\(text(opening))' at \(source.location(of: opening.range.lowerBound))")
    return nil
  }

  /// A chained comparison (`a < b < c`) is reported at its second operator.
  private mutating func isChained(_ range: SourceRange, after previous: SourceRange?) -> Bool {
    guard let previous else { return false }
    report(
      "comparisons cannot be chained", at: range,
      notes: [Diagnostic.Note("the previous comparison is here", at: previous)],
      help: "combine comparisons with 'and': a < b and b < c")
    return true
  }

  /// One level deeper in the tree; false, with a diagnostic, past `maximumDepth`.
  private mutating func deepen(at range: SourceRange) -> Bool {
    depth += 1
    guard depth > Self.maximumDepth else { return true }
    // A refused level is not entered, so callers only undo the levels they did enter.
    depth -= 1
    report(
      "expression nested too deeply (more than \(Self.maximumDepth) levels)", at: range,
      help: "split it up; a long chain of 'or' comparisons can often be written with 'in [...]'")
    return false
  }

  // MARK: - Errors and recovery

  private mutating func report(
    _ message: String, at range: SourceRange, notes: [Diagnostic.Note] = [], help: String? = nil
  ) {
    guard diagnostics.count < Self.maximumErrors else { return }
    diagnostics.append(Diagnostic(.error, message, at: range, notes: notes, help: help))
  }

  /// Reports "expected X, found Y" at the current token.
  ///
  /// Silent on an `.error` token: the lexer has already said what is wrong there.
  private mutating func expected(_ description: String, help: String? = nil) {
    guard current.kind != .error else { return }
    var help = help
    if help == nil, case .keyword(let keyword) = current.kind {
      help =
        "'\(keyword.rawValue)' is a reserved word; to use it as a name, write it in back quotes: `\(keyword.rawValue)`"
    }
    report("expected \(description), found \(describe(current))", at: current.range, help: help)
  }

  /// How a token is named in "found …".
  private func describe(_ token: Token) -> String {
    var shown = text(token)
    if shown.count > 24 { shown = String(shown.prefix(23)) + "…" }
    switch token.kind {
    case .endOfInput: return "end of input"
    case .newline: return "end of line"
    case .keyword: return "keyword '\(shown)'"
    case .string: return "string \(shown)"
    case .integer, .decimal: return "number \(shown)"
    case .date: return "date \(shown)"
    case .regex: return "regex \(shown)"
    default: return "'\(shown)'"
    }
  }

  /// Skips to the next `|`, `;`, line end or end of input: where a stage or a statement can start again.
  private mutating func skipToStageBoundary() {
    while !atStageBoundary { advance() }
  }

  /// Skips to the next `;`, line end or end of input.
  private mutating func skipToStatementEnd() {
    while !atStatementEnd { advance() }
  }

  private var atStageBoundary: Bool {
    switch current.kind {
    case .pipe, .semicolon, .newline, .endOfInput: true
    default: false
    }
  }

  private var atStatementEnd: Bool {
    switch current.kind {
    case .semicolon, .newline, .endOfInput: true
    default: false
    }
  }

  private var canStartSource: Bool {
    current.kind == .identifier || current.kind == .keyword(.search)
  }

  // MARK: - Tokens

  private var current: Token { tokens[index] }

  private func peek(_ distance: Int = 1) -> Token { tokens[min(index + distance, tokens.count - 1)] }

  private func at(_ kind: Token.Kind) -> Bool { current.kind == kind }

  /// Whether the current token is the identifier `word`, spelt exactly (a back-quoted name never is).
  private func isWord(_ word: String) -> Bool {
    current.kind == .identifier && current.range.count == word.utf8.count && text(current) == word
  }

  /// Consumes and returns the current token; the end-of-input token is never consumed, so loops that
  /// advance always stop.
  @discardableResult
  private mutating func advance() -> Token {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  private mutating func accept(_ kind: Token.Kind) -> Token? {
    at(kind) ? advance() : nil
  }

  private func text(_ token: Token) -> String { source.text(token.range) }

  private func text(_ range: SourceRange) -> String { source.text(range) }
}
