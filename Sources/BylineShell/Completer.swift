import BylineOutput
import BylineQuery
import Foundation

/// Tab completion for the REPL: the tokens before the cursor, read with the language's own lexer, decide what
/// can come next, and the session's `Catalog` supplies the names — so Tab offers exactly what the checker
/// accepts: stages after `|`, collections and `let` names at the start, the fields of the rows at the cursor
/// (after a dotted path, the fields it leads to), functions, keywords, dot-commands and their arguments, and
/// entity names inside a string after `speaker =`.
public struct Completer: Sendable {
  private let session: Session
  /// The folder relative paths start from, for `.load`, `.read` and `.output`.
  private let workingDirectory: String

  /// How long Tab may spend running the start of a pipeline to learn its columns (after `select` or `group`).
  static let shapeDeadline = 0.2

  public init(session: Session, workingDirectory: String = FileManager.default.currentDirectoryPath) {
    self.session = session
    self.workingDirectory = workingDirectory
  }

  /// What Tab does with `text`, the line (or the lines of a statement so far) up to the cursor.
  public func complete(_ text: String) -> Completion {
    let trimmed = text.drop { $0 == " " || $0 == "\t" }
    if trimmed.hasPrefix("."), !trimmed.contains("\n") { return completeDotCommand(String(trimmed)) }
    let source = SourceText(text)
    let lexed = Lexer.tokens(in: source)
    var tokens = Array(lexed.tokens.dropLast())
    if let end = tokens.lastIndex(where: { $0.kind == .newline || $0.kind == .semicolon }) {
      tokens.removeSubrange(...end)
    }
    if lexed.endsInsideString, let string = tokens.last, let quote = source.bytes[safe: string.range.lowerBound],
      quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'")
    {
      return completeString(string, before: Array(tokens.dropLast()), in: source, quote: quote)
    }
    var typed = ""
    if let last = tokens.last, last.range.upperBound == source.bytes.count,
      last.kind == .identifier || last.kind.isKeyword
    {
      typed = source.text(last.range)
      tokens.removeLast()
    }
    let candidates = candidates(after: tokens, in: source)
    return Completion.choosing(among: Catalog.completions(of: typed, among: candidates), typed: typed)
  }

  // MARK: - Statements

  private static let operatorWords = ["and", "or", "in", "contains", "starts", "ends", "is"]
  private static let operandWords = ["not", "null", "true", "false"]

  /// The names that may come after `tokens` (the statement so far, without the word being typed).
  private func candidates(after tokens: [Token], in source: SourceText) -> [String] {
    let catalog = session.catalog
    var statement = tokens[...]
    // `let NAME = …`: what follows the `=` is a pipeline like any other.
    if statement.first?.kind == .keyword(.let) {
      guard statement.count >= 3 else { return [] }
      statement = statement.dropFirst(3)
    }
    guard let last = statement.last else {
      return catalog.names(in: .source) + (tokens.isEmpty ? ["let", "search"] : ["search"])
    }
    if last.kind == .pipe { return catalog.names(in: .stage) }
    if last.kind == .keyword(.is) { return ["not", "null"] }
    if last.kind == .keyword(.starts) || last.kind == .keyword(.ends) { return ["with"] }
    guard let pipe = statement.lastIndex(where: { $0.kind == .pipe }) else {
      // Still in the source: a search query, or a name already typed.
      return []
    }
    let stageTokens = statement[(pipe + 1)...]
    guard let stageName = stageTokens.first.map({ source.text($0.range) }) else { return [] }
    if last.kind == .dot { return fieldsAfterPath(ending: statement, in: source, pipe: pipe) }
    if ["limit", "offset", "kwic", "cluster", "count"].contains(stageName) { return [] }
    let fields = fieldNames(before: pipe, of: statement, in: source)
    if stageName == "group", let aggregate = stageTokens.lastIndex(where: { source.text($0.range) == "aggregate" }) {
      // `aggregate n = count(…)`: after the `=` comes an aggregate, inside its brackets the fields.
      if last.kind == .equal { return catalog.names(in: .aggregate) }
      if statement[aggregate...].contains(where: { $0.kind == .leftParenthesis }) && last.kind != .rightParenthesis {
        return fields + catalog.names(in: .function)
      }
      return []
    }
    if stageTokens.count > 1 && Self.endsOperand(last) {
      var words = Self.operatorWords
      if stageName == "sort" { words = ["asc", "desc"] + words }
      if stageName == "group" { words = ["aggregate"] + words }
      return words
    }
    return fields + catalog.names(in: .function) + Self.operandWords
  }

  /// Whether an expression may end with this token, so that an operator comes next rather than an operand.
  private static func endsOperand(_ token: Token) -> Bool {
    switch token.kind {
    case .identifier, .integer, .decimal, .date, .string, .regex, .rightParenthesis, .rightBracket: return true
    case .keyword(let keyword): return [.null, .true, .false].contains(keyword)
    default: return false
    }
  }

  /// The fields of the rows that reach the stage after the `|` at `pipe`.
  private func fieldNames(before pipe: Int, of statement: ArraySlice<Token>, in source: SourceText) -> [String] {
    guard let first = statement.first else { return [] }
    let stages = statement[..<pipe].enumerated().compactMap { offset, token -> String? in
      guard token.kind == .pipe, statement.index(statement.startIndex, offsetBy: offset + 1) < pipe else { return nil }
      return source.text(statement[statement.index(statement.startIndex, offsetBy: offset + 1)].range)
    }
    let keepsRows = stages.allSatisfy { ["where", "sort", "limit", "offset", "distinct"].contains($0) }
    if first.kind == .identifier, keepsRows,
      let named = session.catalog.source(named: Lexer.name(of: first, in: source))
    {
      return named.fieldNames
    }
    return columns(of: source.text(SourceRange(first.range.lowerBound, statement[pipe].range.lowerBound)))
  }

  /// The columns of a pipeline's result, learnt by running it with `| limit 0` on a copy of the session (a
  /// `select` or `group` decides them; only the evaluator knows), given up after `shapeDeadline`.
  private func columns(of pipeline: String) -> [String] {
    var copy = session
    let deadline = Date().addingTimeInterval(Self.shapeDeadline)
    let outcome = copy.run(
      SourceText(pipeline + " | limit 0"), cancellation: Cancellation { Date() > deadline })
    guard outcome.count == 1, case .table(let table) = outcome[0] else { return [] }
    return table.columns.map(\.name)
  }

  /// The fields a dotted path leads to: `speaker.` on quotes gives the fields of entities.
  private func fieldsAfterPath(ending statement: ArraySlice<Token>, in source: SourceText, pipe: Int) -> [String] {
    var path: [String] = []
    var index = statement.endIndex - 1
    // Walk back over `name . name .` to the start of the path.
    while index > pipe, statement[index].kind == .dot, index - 1 > pipe,
      statement[index - 1].kind == .identifier || statement[index - 1].kind.isKeyword
    {
      path.insert(Lexer.name(of: statement[index - 1], in: source), at: 0)
      index -= 2
    }
    guard !path.isEmpty, let first = statement.first,
      case .collection(let collection)? = session.catalog.source(named: Lexer.name(of: first, in: source)),
      case .success(let field) = Schema.resolve(path, in: collection),
      let linked = field.linkedCollection.flatMap(Schema.collection(named:))
    else { return [] }
    return linked.fieldNames
  }

  // MARK: - Strings

  /// Entity names inside a string compared with an entity field: `speaker = "Rei` → `Tomas Reijnders"`.
  private func completeString(_ string: Token, before tokens: [Token], in source: SourceText, quote: UInt8)
    -> Completion
  {
    guard let comparison = tokens.last, [.equal, .notEqual, .comma, .leftBracket].contains(comparison.kind) else {
      return .none
    }
    // The field the string is compared with: the path just before `=`, or before `in [` for a list.
    var end = tokens.count - 1
    if comparison.kind != .equal && comparison.kind != .notEqual {
      guard let open = tokens.lastIndex(where: { $0.kind == .leftBracket }), open >= 1,
        tokens[open - 1].kind == .keyword(.in)
      else { return .none }
      end = open - 1
    }
    guard end >= 1, tokens[end - 1].kind == .identifier, isEntityField(tokens, endingAt: end - 1, in: source) else {
      return .none
    }
    let typed = String(decoding: source.bytes[(string.range.lowerBound + 1)...], as: UTF8.self)
    let names = Catalog.entityNames(startingWith: typed, in: session.corpus)
    let closing = String(UnicodeScalar(quote))
    if names.count == 1 { return Completion(replacing: typed.unicodeScalars.count, insertion: names[0] + closing) }
    return Completion.choosing(among: names, typed: typed, terminator: closing)
  }

  /// Whether the path ending at token `index` names an entity-valued field of the statement's rows (or, when
  /// the rows are not known, whether its last part is one of the entity fields of any collection).
  private func isEntityField(_ tokens: [Token], endingAt index: Int, in source: SourceText) -> Bool {
    var path = [Lexer.name(of: tokens[index], in: source)]
    var start = index
    while start >= 2, tokens[start - 1].kind == .dot, tokens[start - 2].kind == .identifier {
      path.insert(Lexer.name(of: tokens[start - 2], in: source), at: 0)
      start -= 2
    }
    let statementStart = tokens.lastIndex { $0.kind == .newline || $0.kind == .semicolon }.map { $0 + 1 } ?? 0
    var first = statementStart
    if tokens.indices.contains(first), tokens[first].kind == .keyword(.let) { first += 3 }
    if tokens.indices.contains(first),
      case .collection(let collection)? = session.catalog.source(named: Lexer.name(of: tokens[first], in: source)),
      case .success(let field) = Schema.resolve(path, in: collection)
    {
      return field.type == .entity
    }
    return Schema.collections.contains { collection in
      collection.field(named: path.last ?? "")?.type == .entity
    }
  }

  // MARK: - Dot-commands

  private func completeDotCommand(_ line: String) -> Completion {
    guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
      return Completion.choosing(among: Catalog.completions(of: line, among: DotCommands.names), typed: line)
    }
    guard let command = DotCommands.named(String(line[line.index(after: line.startIndex)..<space])) else {
      return .none
    }
    let rest = line[space...].drop { $0 == " " || $0 == "\t" }
    let typed = String(rest.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
    switch command.argument {
    case .none: return .none
    case .format:
      return Completion.choosing(
        among: Catalog.completions(of: typed, among: OutputFormat.allCases.map(\.name)), typed: typed)
    case .source:
      return Completion.choosing(among: session.catalog.completions(of: typed, in: .source), typed: typed)
    case .onOff: return Completion.choosing(among: Catalog.completions(of: typed, among: ["on", "off"]), typed: typed)
    case .path: return completePath(typed)
    }
  }

  /// File names in the folder `typed` points into; a folder completes with `/` so Tab can go on into it.
  private func completePath(_ typed: String) -> Completion {
    let folderPart = typed.contains("/") ? String(typed[...(typed.lastIndex(of: "/") ?? typed.startIndex)]) : ""
    let namePart = String(typed.dropFirst(folderPart.count))
    let folder = folderPart.hasPrefix("/") ? folderPart : workingDirectory + "/" + folderPart
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return .none }
    let matching = names.filter { $0.hasPrefix(namePart) && ($0.hasPrefix(".") == namePart.hasPrefix(".")) }.sorted()
    let replacing = namePart.unicodeScalars.count
    if matching.count == 1 {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: folder + matching[0], isDirectory: &isFolder)
      return Completion(replacing: replacing, insertion: matching[0] + (isFolder.boolValue ? "/" : " "))
    }
    return Completion.choosing(among: matching, typed: namePart)
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
