import BylineModel
import Foundation

/// Runs checked pipelines over a loaded corpus: the source pushes its rows through one operator per stage.
struct Evaluator {
  let corpus: IndexedCorpus
  let cancellation: Cancellation
  /// Present when the pipeline starts with `search`.
  var searchEngine: SearchEngine?
  /// The fewest source rows worth a parallel scan.
  var parallelScanThreshold = ParallelScan.minimumRows

  /// The rows that come out of the last stage.
  func run(_ pipeline: CompiledPipeline) throws(RuntimeFailure) -> [Row] {
    var stages = pipeline.stages
    var scanned: [Row]?
    if case .collection(let collection) = pipeline.source, case .filter(_, let lookup?, _)? = stages.first {
      // The condition names its articles: read only their rows (the filter still runs on them).
      scanned = []
      for article in corpus.articleIndices(where: lookup) {
        for record in collection.rows(in: corpus.corpus, articles: article..<(article + 1)) {
          scanned?.append(.record(record))
        }
      }
    } else if let scan = parallelScan(for: pipeline) {
      scanned = try scan.scan.run()
      stages.removeFirst(scan.stagesUsed)
    }
    let collector = RowCollector()
    var head: RowOperator = collector
    for (position, stage) in stages.enumerated().reversed() {
      head = try makeOperator(stage, next: head, keepFirst: rowsKept(after: position, in: stages))
    }
    try feed(pipeline.source, scanned: scanned, into: head, range: pipeline.range)
    try head.finish()
    return collector.rows
  }

  /// The parallel front of the pipeline, when it starts with a large collection and stages that can run on
  /// every core.
  private func parallelScan(for pipeline: CompiledPipeline) -> (scan: ParallelScan, stagesUsed: Int)? {
    guard case .collection(let collection) = pipeline.source, collection.name != "entities",
      ProcessInfo.processInfo.activeProcessorCount > 1, let plan = ParallelScan.plan(pipeline.stages),
      collection.rowCount(in: corpus.corpus) >= parallelScanThreshold
    else { return nil }
    let scan = ParallelScan(
      corpus: corpus, collection: collection, filters: plan.filters, ending: plan.ending, cancellation: cancellation,
      range: pipeline.range)
    return (scan, plan.stagesUsed)
  }

  /// How many rows the stages after `position` can use at most, when an `offset` and `limit` right after it say.
  private func rowsKept(after position: Int, in stages: [CompiledStage]) -> Int? {
    var skipped = 0
    for stage in stages[(position + 1)...] {
      let count: Int
      switch stage {
      case .offset(let offset): count = offset
      case .limit(let limit): count = limit
      default: return nil
      }
      // `limit` with a huge count keeps everything: no bound then, rather than an overflow.
      let (sum, overflow) = skipped.addingReportingOverflow(count)
      if overflow { return nil }
      if case .limit = stage { return sum }
      skipped = sum
    }
    return nil
  }

  private func makeOperator(_ stage: CompiledStage, next: RowOperator, keepFirst: Int?)
    throws(RuntimeFailure) -> RowOperator
  {
    switch stage {
    case .filter(let condition, _, _): return FilterOperator(next: next, condition: condition)
    case .project(let columns): return ProjectOperator(next: next, columns: columns)
    case .sort(let keys, let descending):
      return SortOperator(next: next, keys: keys, descending: descending, keepFirst: keepFirst)
    case .limit(let limit): return LimitOperator(next: next, limit: limit)
    case .offset(let offset): return OffsetOperator(next: next, offset: offset)
    case .distinct(let keys): return DistinctOperator(next: next, keys: keys)
    case .group(let keys, let aggregates, let range):
      return GroupOperator(next: next, keys: keys, aggregates: aggregates, range: range)
    case .count: return CountOperator(next: next)
    case .kwic(let width, _): return ConcordanceOperator(next: next, width: width)
    case .cluster(let threshold, let collection, _):
      return ClusterOperator(next: next, corpus: corpus, collection: collection, threshold: threshold)
    }
  }

  /// Pushes the source's rows until they run out or the stages want no more, asking every few thousand rows
  /// whether the user has interrupted.
  /// `scanned`: the rows a parallel scan has already taken from the source, which then replace it.
  private func feed(_ source: CompiledSource, scanned: [Row]?, into head: RowOperator, range: SourceRange)
    throws(RuntimeFailure)
  {
    // Asked once before the first row too: an interruption that came while the statement was checked, or
    // during a scan shorter than the interval, still stops it.
    if cancellation.isCancelled { throw .interrupted(at: range) }
    var sinceCheck = 0
    func push(_ row: Row) throws(RuntimeFailure) -> Bool {
      sinceCheck += 1
      if sinceCheck == Cancellation.interval {
        sinceCheck = 0
        if cancellation.isCancelled { throw .interrupted(at: range) }
      }
      return try head.accept(row)
    }
    if let scanned {
      for row in scanned {
        guard try push(row) else { return }
      }
      return
    }
    switch source {
    case .collection(let collection):
      for record in collection.rows(in: corpus.corpus) {
        guard try push(.record(record)) else { return }
      }
    case .binding(.records(_, let records)):
      for record in records {
        guard try push(.record(record)) else { return }
      }
    case .binding(.table(let table)):
      for cells in table.rows {
        guard try push(.cells(cells)) else { return }
      }
    case .search(let query):
      guard let searchEngine else { throw RuntimeFailure("the search index is not built", at: range) }
      let hits: [SearchHit]
      do throws(SearchError) {
        hits = try searchEngine.hits(for: query, in: corpus)
      } catch {
        throw RuntimeFailure(diagnostic: error.diagnostic)
      }
      for hit in hits {
        guard try push(.cells(cells(of: hit))) else { return }
      }
    }
  }

  /// A search hit as a row of `SearchColumns`.
  private func cells(of hit: SearchHit) -> [Value] {
    let article = corpus.corpus.articles[hit.article]
    let sentence = article.sentences[hit.sentence]
    let text = article.text(of: sentence)
    let span = hit.spans.first ?? sentence.range
    let hitText = article.text(in: span)
    // Where the hit starts in the sentence, in characters, as a reader counts them.
    let offset = max(0, span.lowerBound - sentence.range.lowerBound)
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: min(offset, utf8.count))
    let position = text.distance(from: text.startIndex, to: start)
    return [
      .text(article.id), article.source.map(Value.text) ?? .null, article.site.map(Value.text) ?? .null,
      article.date.map(Value.date) ?? .null, article.title.map(Value.text) ?? .null, .integer(sentence.block + 1),
      .integer(hit.sentence + 1), .text(String(text)), .text(String(hitText)), .integer(position),
      .number(hit.score),
    ]
  }
}
