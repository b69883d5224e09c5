import BylineModel
import Dispatch
import Foundation

/// Reads files and folders into a `Corpus`, parsing files in parallel.
public struct CorpusLoader: Sendable {
  /// How many files to parse at once.
  public var concurrency: Int
  /// Files larger than this are reported and skipped rather than read whole into memory.
  public var maximumFileSize: Int

  public init(concurrency: Int? = nil, maximumFileSize: Int = 256 << 20) {
    self.concurrency = max(1, concurrency ?? ProcessInfo.processInfo.activeProcessorCount)
    self.maximumFileSize = maximumFileSize
  }

  /// Loads every file under `paths`: files, folders (read recursively, hidden files skipped), or `-`
  /// for one article from standard input.
  public func load(paths: [String]) -> Corpus {
    var skipped: [SkippedFile] = []
    var ignored: [String] = []
    var files: [String] = []
    for path in paths {
      if path == "-" {
        files.append("-")
        continue
      }
      FileWalker.collect(path, into: &files, skipped: &skipped, ignored: &ignored)
    }
    let outcomes = parseAll(files)
    var articles: [Article] = []
    articles.reserveCapacity(files.count)
    var drafts: [SemanticDraft] = []
    var seenIDs: [String: Int] = [:]
    for outcome in outcomes {
      switch outcome {
      case .article(var article, let draft):
        let count = seenIDs[article.id, default: 0] + 1
        seenIDs[article.id] = count
        // Two folders may both hold "index.txt"; ids must stay unique.
        if count > 1 { article.id += "~\(count)" }
        articles.append(article)
        drafts.append(draft)
      case .skipped(let file):
        skipped.append(file)
      }
    }
    CorpusDates.resolveUndated(&articles)
    let entities = EntityUnifier.unify(&articles, drafts: drafts)
    return Corpus(articles: articles, skipped: skipped, ignored: ignored, entities: entities)
  }

  enum Outcome: Sendable {
    case article(Article, SemanticDraft)
    case skipped(SkippedFile)
  }

  private func parseAll(_ files: [String]) -> [Outcome] {
    let results = ResultSlots(count: files.count)
    let next = WorkCounter()
    let workers = min(concurrency, max(files.count, 1))
    let maximumFileSize = maximumFileSize
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      // Files are handed out in small batches so the workers rarely meet at the counter's lock.
      while let batch = next.take(batchOf: 8, below: files.count) {
        for index in batch {
          results.store(Self.parseFile(files[index], maximumFileSize: maximumFileSize), at: index)
        }
      }
    }
    return results.values()
  }

  /// Reads and parses one file; every failure becomes a skipped file with its reason.
  static func parseFile(_ path: String, maximumFileSize: Int) -> Outcome {
    let bytes: [UInt8]
    do {
      bytes = try FileReader.read(path, maximumSize: maximumFileSize)
    } catch {
      return .skipped(SkippedFile(path: path, reason: error.description))
    }
    let id = path == "-" ? "stdin" : FileReader.stem(path)
    do {
      let (article, draft) = try ArticleParser.parseWithDraft(bytes: bytes, id: id, path: path)
      return .article(article, draft)
    } catch {
      return .skipped(SkippedFile(path: path, reason: error.description))
    }
  }
}

/// A shared cursor over work items.
private final class WorkCounter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()

  func take(batchOf size: Int, below limit: Int) -> Range<Int>? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    let batch = value..<min(value + size, limit)
    value = batch.upperBound
    return batch
  }
}

/// One slot per file, each written by exactly one worker; disjoint slots need no lock.
private final class ResultSlots: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<CorpusLoader.Outcome?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ outcome: CorpusLoader.Outcome, at index: Int) { slots[index] = outcome }

  func values() -> [CorpusLoader.Outcome] { slots.compactMap { $0 } }
}
