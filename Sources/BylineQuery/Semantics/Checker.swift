import BylineModel

/// What a `let` binding holds for the statements after it.
enum Binding: Sendable {
  /// Rows of a collection, every field still readable: `let cnbc = articles | where source = "CNBC"`.
  case records(CollectionSchema, [CollectionRow])
  /// Computed rows, after `select`, `group` or `count`.
  case table(ResultTable)

  var shape: BindingShape {
    switch self {
    case .records(let collection, _): .rows(collection: collection.name)
    case .table(let table): .columns(table.columns)
    }
  }
}

/// Where a checked pipeline's rows come from.
enum CompiledSource: Sendable {
  case collection(CollectionSchema)
  case binding(Binding)
  case search(SearchQuery)
}

/// One checked stage, its expressions compiled.
enum CompiledStage: Sendable {
  /// `lookup`: the articles the condition limits the rows to, when it is an equality on an article field.
  case filter(CompiledExpression, lookup: ArticleLookup?, range: SourceRange)
  case project([CompiledExpression])
  case sort([CompiledExpression], descending: [Bool])
  case limit(Int)
  case offset(Int)
  case distinct([CompiledExpression])
  case group(keys: [CompiledExpression], aggregates: [(Aggregate, CompiledExpression?)], range: SourceRange)
  case count
  case kwic(width: Int, range: SourceRange)
  case cluster(threshold: Double, collection: CollectionSchema, range: SourceRange)
}

/// A pipeline ready to run: where its rows come from, what each stage does, and what comes out.
struct CompiledPipeline: Sendable {
  var source: CompiledSource
  var stages: [CompiledStage]
  /// The rows after the last stage.
  var output: RowShape
  var range: SourceRange
}

/// Checks a statement before anything runs: unknown collections, fields, functions and aggregates, wrong
/// argument counts and types, each as a diagnostic with a "did you mean" from the names actually in scope.
/// What passes comes out compiled, so the evaluator never looks a name up again.
struct Checker {
  let corpus: IndexedCorpus
  let bindings: [String: Binding]
  let source: SourceText
  private(set) var diagnostics: [Diagnostic] = []

  init(corpus: IndexedCorpus, bindings: [String: Binding], source: SourceText) {
    self.corpus = corpus
    self.bindings = bindings
    self.source = source
  }

  /// The compiled pipeline, or nil with the reasons in `diagnostics`.
  mutating func compile(_ pipeline: Pipeline) -> CompiledPipeline? {
    guard let (compiledSource, initialShape) = compileSource(pipeline.source) else { return nil }
    var shape = initialShape
    var stages: [CompiledStage] = []
    var failed = false
    for stage in pipeline.stages {
      // After a stage that fails, the shape of the rows is unknown: later stages would only report
      // consequences of the first error.
      guard let (compiled, next) = compileStage(stage, after: shape, from: compiledSource) else {
        failed = true
        break
      }
      stages.append(compiled)
      shape = next
    }
    if failed { return nil }
    return CompiledPipeline(source: compiledSource, stages: stages, output: shape, range: pipeline.range)
  }

  // MARK: - Sources

  private mutating func compileSource(_ pipelineSource: Source) -> (CompiledSource, RowShape)? {
    switch pipelineSource.kind {
    case .search(let query):
      return (.search(query), .cells(SearchColumns.columns))
    case .name(let name):
      if let binding = bindings[name.text] {
        switch binding {
        case .records(let collection, _): return (.binding(binding), .records(collection))
        case .table(let table): return (.binding(binding), .cells(table.columns))
        }
      }
      if let collection = Schema.collection(named: name.text) { return (.collection(collection), .records(collection)) }
      let names = Schema.collectionNames + bindings.keys.sorted()
      diagnostics.append(
        .error(
          "unknown collection `\(name.text)`", at: name.range,
          help: Suggestions.didYouMean(name.text, among: names) ?? "collections: " + names.joined(separator: ", ")))
      return nil
    }
  }

  // MARK: - Stages

  private mutating func compileStage(_ stage: Stage, after shape: RowShape, from rowSource: CompiledSource)
    -> (CompiledStage, RowShape)?
  {
    var expressions = ExpressionCompiler(shape: shape, corpus: corpus, source: source)
    defer { diagnostics += expressions.diagnostics }
    switch stage.kind {
    case .filter(let condition):
      guard let compiled = expressions.compileCondition(condition, for: "where") else { return nil }
      var lookup: ArticleLookup?
      if case .records(let collection) = shape { lookup = ArticleLookup.of(condition, on: collection) }
      return (.filter(compiled, lookup: lookup, range: condition.range), shape)
    case .select(let items):
      guard let (compiled, columns) = compileItems(items, with: &expressions) else { return nil }
      return (.project(compiled), .cells(columns))
    case .sort(let keys):
      var compiled: [CompiledExpression] = []
      for key in keys {
        guard let expression = expressions.compile(key.expression) else { return nil }
        compiled.append(expression)
      }
      return (.sort(compiled, descending: keys.map(\.descending)), shape)
    case .limit(let count): return (.limit(count), shape)
    case .offset(let count): return (.offset(count), shape)
    case .distinct(let keys):
      var compiled: [CompiledExpression] = []
      for key in keys {
        guard let expression = expressions.compile(key) else { return nil }
        compiled.append(expression)
      }
      return (.distinct(compiled), shape)
    case .group(let keys, let aggregates):
      return compileGroup(keys, aggregates, range: stage.range, with: &expressions)
    case .count:
      return (.count, .cells([ResultTable.Column(name: "count", type: .integer)]))
    case .kwic(let width):
      guard case .search = rowSource, case .cells(let columns) = shape, columns == SearchColumns.columns else {
        diagnostics.append(
          .error(
            "`kwic` shows search hits in context, so it follows `search` directly; found \(shape.ownerDescription)",
            at: stage.nameRange,
            help: "search \"phrase\" | kwic 40"))
        return nil
      }
      let width = width ?? 40
      guard width <= 1000 else {
        diagnostics.append(.error("a context of \(width) characters is too wide; 1000 at most", at: stage.range))
        return nil
      }
      return (.kwic(width: width, range: stage.range), .cells(ConcordanceColumns.columns))
    case .cluster(let threshold):
      let threshold = threshold ?? 0.5
      guard threshold > 0, threshold <= 1 else {
        diagnostics.append(
          .error(
            "the cluster threshold is a similarity between 0 and 1, found \(threshold)", at: stage.range,
            help: "cluster 0.6"))
        return nil
      }
      guard case .records(let collection) = shape, ["quotes", "sentences"].contains(collection.name) else {
        diagnostics.append(
          .error(
            "`cluster` groups rows of quotes or sentences, found \(shape.ownerDescription)", at: stage.nameRange,
            help: "quotes | cluster"))
        return nil
      }
      return (
        .cluster(threshold: threshold, collection: collection, range: stage.range), .cells(ClusterColumns.columns)
      )
    }
  }

  /// The columns of `select` or the keys of `group`, each named as written or after its expression.
  private mutating func compileItems(_ items: [SelectItem], with expressions: inout ExpressionCompiler)
    -> ([CompiledExpression], [ResultTable.Column])?
  {
    var compiled: [CompiledExpression] = []
    var columns: [ResultTable.Column] = []
    for item in items {
      guard let expression = expressions.compile(item.expression) else { return nil }
      let name = item.name?.text ?? expressions.columnName(for: item.expression)
      if columns.contains(where: { $0.name == name }) {
        diagnostics.append(
          .error(
            "two columns are named `\(name)`", at: item.name?.range ?? item.expression.range,
            help: "name one of them: other = \(source.text(item.expression.range))"))
        return nil
      }
      compiled.append(expression)
      columns.append(ResultTable.Column(name: name, type: expression.type))
    }
    return (compiled, columns)
  }

  private mutating func compileGroup(
    _ keys: [SelectItem], _ items: [AggregateItem], range: SourceRange, with expressions: inout ExpressionCompiler
  ) -> (CompiledStage, RowShape)? {
    guard let (compiledKeys, itemColumns) = compileItems(keys, with: &expressions) else { return nil }
    var columns = itemColumns
    if let clash = columns.first(where: { $0.name == "count" }) {
      diagnostics.append(
        .error(
          "the key `\(clash.name)` clashes with the `count` column group always adds",
          at: keys.first { (expressions.columnName(for: $0.expression) == "count") || $0.name?.text == "count" }?.range
            ?? keys[0].range, help: "name the key: n = …"))
      return nil
    }
    columns.append(ResultTable.Column(name: "count", type: .integer))
    var aggregates: [(Aggregate, CompiledExpression?)] = []
    for item in items {
      guard let aggregate = Aggregates.named(item.function.text) else {
        let isFunction = Functions.named(item.function.text) != nil
        diagnostics.append(
          .error(
            isFunction
              ? "`\(item.function.text)` is a function, not an aggregate" : "unknown aggregate `\(item.function.text)`",
            at: item.function.range,
            help: Suggestions.didYouMean(item.function.text, among: Aggregates.names)
              ?? "aggregates: " + Aggregates.names.joined(separator: ", ")))
        return nil
      }
      var arguments: [CompiledExpression] = []
      for argument in item.arguments {
        guard let compiled = expressions.compile(argument) else { return nil }
        arguments.append(compiled)
      }
      switch aggregate.resultType(for: arguments.map(\.type)) {
      case .failure(let problem):
        var at = item.range
        if case .argumentType(let position, _, _) = problem, item.arguments.indices.contains(position) {
          at = item.arguments[position].range
        }
        diagnostics.append(
          .error(problem.message(calling: aggregate.name), at: at, help: "\(aggregate.name)\(aggregate.signature)"))
        return nil
      case .success(let type):
        if columns.contains(where: { $0.name == item.name.text }) {
          diagnostics.append(
            .error(
              "two columns are named `\(item.name.text)`", at: item.name.range,
              help: item.name.text == "count" ? "group always adds `count`; name this one differently" : nil))
          return nil
        }
        columns.append(ResultTable.Column(name: item.name.text, type: type))
        aggregates.append((aggregate, arguments.first))
      }
    }
    return (.group(keys: compiledKeys, aggregates: aggregates, range: range), .cells(columns))
  }
}
