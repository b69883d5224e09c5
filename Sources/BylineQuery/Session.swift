import BylineModel

/// What one statement gave.
public enum StatementOutcome: Sendable {
  /// A pipeline's result.
  case table(ResultTable)
  /// `let NAME = …` bound a name to this many rows.
  case bound(name: String, rows: Int)
  /// The statement did not run, or stopped; the diagnostics say why.
  case failed([Diagnostic])
}

/// A query session over one corpus: statements run one after another, and `let` bindings live on across them,
/// errors included, until the session ends.
public struct Session: Sendable {
  public let corpus: IndexedCorpus
  private var bindings: [String: Binding] = [:]
  /// Built at the first `search` of the session.
  private var searchEngine: SearchEngine?
  /// The fewest rows a collection needs before its scan is spread over every core; tests lower it to compare
  /// the parallel path with the serial one on a small corpus.
  public var parallelScanThreshold = 50_000
  /// The names in scope, for completion and suggestions.
  public private(set) var catalog = Catalog()

  public init(corpus: Corpus) {
    self.corpus = IndexedCorpus(corpus)
  }

  public init(corpus: IndexedCorpus) {
    self.corpus = corpus
  }

  /// Parses, checks and runs every statement of `source` in order, going on after a failed one; the outcomes
  /// are in statement order. Syntax errors come first, as one failed outcome, when the text does not parse.
  public mutating func run(_ source: SourceText, cancellation: Cancellation = .never) -> [StatementOutcome] {
    let parsed = Parser.parse(source)
    var outcomes: [StatementOutcome] = []
    if !parsed.diagnostics.isEmpty { outcomes.append(.failed(parsed.diagnostics)) }
    for statement in parsed.statements {
      outcomes.append(run(statement, in: source, cancellation: cancellation))
    }
    return outcomes
  }

  /// Checks and runs one parsed statement.
  public mutating func run(_ statement: Statement, in source: SourceText, cancellation: Cancellation = .never)
    -> StatementOutcome
  {
    var checker = Checker(corpus: corpus, bindings: bindings, source: source)
    guard let pipeline = checker.compile(statement.pipeline), checker.diagnostics.isEmpty else {
      return .failed(checker.diagnostics.sortedByPosition())
    }
    if case .search = pipeline.source, searchEngine == nil {
      searchEngine = SearchEngine(index: SearchIndex(corpus))
    }
    let rows: [Row]
    do {
      var evaluator = Evaluator(corpus: corpus, cancellation: cancellation, searchEngine: searchEngine)
      evaluator.parallelScanThreshold = parallelScanThreshold
      rows = try evaluator.run(pipeline)
    } catch {
      return .failed([error.diagnostic])
    }
    switch statement.kind {
    case .pipeline:
      return .table(table(of: rows, shape: pipeline.output))
    case .binding(let name, _):
      let binding: Binding
      switch pipeline.output {
      case .records(let collection):
        binding = .records(collection, rows.compactMap { if case .record(let record) = $0 { record } else { nil } })
      case .cells:
        binding = .table(table(of: rows, shape: pipeline.output))
      }
      bindings[name.text] = binding
      catalog.bind(name.text, to: binding.shape)
      return .bound(name: name.text, rows: rows.count)
    }
  }

  /// The rows as a table: computed cells as they are, records through the fields a reader scans first.
  private func table(of rows: [Row], shape: RowShape) -> ResultTable {
    switch shape {
    case .cells(let columns):
      return ResultTable(
        columns: columns, rows: rows.map { if case .cells(let cells) = $0 { cells } else { [] } })
    case .records(let collection):
      let fields = DisplayColumns.fields(of: collection)
      let corpus = corpus
      return ResultTable(
        columns: fields.map { ResultTable.Column(name: $0.name, type: $0.type) },
        rows: rows.map { row in
          guard case .record(let record) = row else { return [] }
          return fields.map { $0.read(corpus, record) }
        })
    }
  }
}
