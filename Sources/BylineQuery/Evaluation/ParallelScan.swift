import BylineModel
import Foundation

/// The front of a pipeline run on every core: a collection's rows through its leading `where` stages (and a
/// `count` right after them), each worker over its own articles; the partial results are joined in article
/// order, so the rows that come out are the same, in the same order, as one core gives. The rest of the pipeline
/// then runs as usual. `group` stays on one core: counting entity keys into an array is cheaper than starting
/// workers and merging their tallies (29 against 39 ms over the 343k mentions of the 10k benchmark corpus).
struct ParallelScan {
  /// What the parallel part ends with.
  enum Ending {
    /// The matching rows, for the stages after the filters.
    case rows
    case count
  }

  let corpus: IndexedCorpus
  let collection: CollectionSchema
  let filters: [CompiledExpression]
  let ending: Ending
  let cancellation: Cancellation
  let range: SourceRange

  /// Below this many rows the threads cost more than they save.
  static let minimumRows = 50_000

  /// How many stages from the start this scan can take over, and how it ends; nil when none.
  static func plan(_ stages: [CompiledStage]) -> (filters: [CompiledExpression], ending: Ending, stagesUsed: Int)? {
    var filters: [CompiledExpression] = []
    for stage in stages {
      switch stage {
      case .filter(let condition, _, _): filters.append(condition)
      case .count: return (filters, .count, filters.count + 1)
      default:
        return filters.isEmpty || stopsEarly(stages[filters.count...]) ? nil : (filters, .rows, filters.count)
      }
    }
    return filters.isEmpty ? nil : (filters, .rows, filters.count)
  }

  /// Whether a `limit` would stop the source early: one that comes before any stage that needs every row. Then
  /// scanning everything on every core is more work than scanning a little on one.
  private static func stopsEarly(_ stages: ArraySlice<CompiledStage>) -> Bool {
    for stage in stages {
      switch stage {
      case .limit: return true
      case .sort, .group, .count, .distinct, .cluster: return false
      case .filter, .project, .offset, .kwic: continue
      }
    }
    return false
  }

  /// The rows to feed the rest of the pipeline: matching records, or the count row.
  func run() throws(RuntimeFailure) -> [Row] {
    let articleCount = corpus.corpus.articles.count
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let chunkCount = max(1, min(articleCount, workers * 4))
    let parts = ChunkSlots<Result<Part, RuntimeFailure>>(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let articles = (articleCount * chunk / chunkCount)..<(articleCount * (chunk + 1) / chunkCount)
      parts[chunk] = Result { () throws(RuntimeFailure) in try scan(articles) }
    }
    var results: [Part] = []
    for chunk in 0..<chunkCount { results.append(try parts[chunk].get()) }
    return merge(results)
  }

  /// What one worker found over its articles.
  private struct Part {
    var rows: [Row] = []
    var count = 0
  }

  private func scan(_ articles: Range<Int>) throws(RuntimeFailure) -> Part {
    var part = Part()
    var sinceCheck = 0
    rows: for record in collection.rows(in: corpus.corpus, articles: articles) {
      sinceCheck += 1
      if sinceCheck == Cancellation.interval {
        sinceCheck = 0
        if cancellation.isCancelled { throw .interrupted(at: range) }
      }
      let row = Row.record(record)
      for filter in filters {
        guard case .bool(true) = try filter.evaluate(row) else { continue rows }
      }
      switch ending {
      case .rows: part.rows.append(row)
      case .count: part.count += 1
      }
    }
    return part
  }

  private func merge(_ parts: [Part]) -> [Row] {
    switch ending {
    case .rows:
      return parts.flatMap(\.rows)
    case .count:
      return [.cells([.integer(parts.reduce(0) { $0 + $1.count })])]
    }
  }
}
