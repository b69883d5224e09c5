import BylineIngest
import BylineModel
import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The timed passes over the corpus: a read-only baseline (pure I/O) and the real ingest, with the
/// process's memory around each.
enum Measurements {
  /// Anything with a wall time, so `best(of:)` can keep the faster run.
  protocol Timed {
    var seconds: Double { get }
  }

  /// Runs `pass` `runs` times and keeps the fastest. The first run warms the page cache (and the
  /// allocator), so the best run measures the parser rather than the disk.
  static func best<Pass: Timed>(of runs: Int, _ pass: () throws -> Pass) rethrows -> Pass {
    var best = try pass()
    for _ in 1..<max(1, runs) {
      let next = try pass()
      if next.seconds < best.seconds { best = next }
    }
    return best
  }

  /// Wall time of `body` in seconds, with the monotonic clock.
  static func time<Value>(_ body: () throws -> Value) rethrows -> (value: Value, seconds: Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try body()
    let elapsed = start.duration(to: clock.now).components
    return (value, Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18)
  }

  // MARK: - Read-only baseline

  /// One pass that lists, opens and reads every file and counts its lines: what ingest costs before
  /// any parsing, so "ingest ÷ read-only" is the parser's own share.
  struct ReadOnlyPass: Timed {
    var seconds = 0.0
    var threads = 1
    var files = 0
    var bytes = 0
    var lines = 0
  }

  static func readOnly(folder: String, threads: Int) -> ReadOnlyPass {
    let (pass, seconds) = time { () -> ReadOnlyPass in
      // Listing is inside the timing: the loader has to walk the folders too.
      let files = FileSystem.regularFiles(under: folder)
      let workers = max(1, min(threads, files.count))
      let slots = ResultSlots(count: workers, initial: ReadOnlyPass())
      // Files are similar in size, so a fixed stride balances the workers well enough.
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var partial = ReadOnlyPass()
        for index in stride(from: worker, to: files.count, by: workers) {
          guard let bytes = try? FileSystem.readFile(files[index]) else { continue }
          partial.files += 1
          partial.bytes += bytes.count
          partial.lines += countLines(bytes)
        }
        slots[worker] = partial
      }
      var total = ReadOnlyPass(threads: workers)
      for partial in slots.values {
        total.files += partial.files
        total.bytes += partial.bytes
        total.lines += partial.lines
      }
      return total
    }
    var result = pass
    result.seconds = seconds
    return result
  }

  /// Lines as the gold counts them: LF, CRLF and lone CR each end one; a last unterminated line counts.
  static func countLines(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      var lines = 0
      var afterCarriageReturn = false
      for byte in buffer {
        if byte == 0x0D {
          lines += 1
          afterCarriageReturn = true
        } else {
          if byte == 0x0A && !afterCarriageReturn { lines += 1 }
          afterCarriageReturn = false
        }
      }
      if let last = buffer.last, last != 0x0A, last != 0x0D { lines += 1 }
      return lines
    }
  }

  // MARK: - Ingest

  /// What the parser produced, summed over the corpus.
  struct IngestCounts: Equatable {
    var articles = 0
    var blocks = 0
    var sentences = 0
    var metadataLines = 0
    var boilerplateLines = 0
    var skippedFiles = 0
    var windows1252 = 0
    var utf16 = 0
    var withWarnings = 0
    var withTitle = 0
    var withDate = 0
  }

  /// One `CorpusLoader.load` of the whole corpus.
  struct IngestPass: Timed {
    var seconds = 0.0
    var concurrency = 1
    var counts = IngestCounts()
    /// Resident memory just before loading, after returning freed memory to the system.
    var residentBefore = 0
    /// Resident memory with the loaded corpus still held.
    var residentAfter = 0
    /// The process's high-water mark so far (`ru_maxrss`); it never goes down.
    var peakResident = 0
    /// Up to three skipped files with reasons, to show when counts look wrong.
    var skippedExamples: [SkippedFile] = []
  }

  /// Loads the corpus with `concurrency` (nil: the loader's default) and counts what came out.
  static func ingest(folder: String, concurrency: Int?) -> IngestPass {
    let loader = CorpusLoader(concurrency: concurrency)
    Memory.releaseFreedMemory()
    var pass = IngestPass(concurrency: loader.concurrency, residentBefore: Memory.residentBytes())
    let (corpus, seconds) = time { loader.load(paths: [folder]) }
    pass.seconds = seconds
    pass.residentAfter = Memory.residentBytes()
    pass.peakResident = Memory.peakResidentBytes()
    pass.counts = count(corpus)
    pass.skippedExamples = Array(corpus.skipped.prefix(3))
    return pass
  }

  static func count(_ corpus: Corpus) -> IngestCounts {
    var counts = IngestCounts(articles: corpus.articles.count, skippedFiles: corpus.skipped.count)
    for article in corpus.articles {
      counts.blocks += article.blocks.count
      counts.sentences += article.sentences.count
      counts.metadataLines += article.metadataLines.count
      counts.boilerplateLines += article.boilerplate.count
      if article.encoding == "windows-1252" { counts.windows1252 += 1 }
      if article.encoding.hasPrefix("utf-16") { counts.utf16 += 1 }
      if !article.warnings.isEmpty { counts.withWarnings += 1 }
      if article.title != nil { counts.withTitle += 1 }
      if article.date != nil { counts.withDate += 1 }
    }
    return counts
  }
}

/// The process's memory, in bytes.
enum Memory {
  /// Peak resident set size of this process so far (`getrusage(RUSAGE_SELF).ru_maxrss`).
  static func peakResidentBytes() -> Int {
    var usage = rusage()
    #if canImport(Glibc)
      let who = __rusage_who_t(RUSAGE_SELF.rawValue)  // Glibc imports RUSAGE_SELF as an enum case
    #else
      let who = RUSAGE_SELF
    #endif
    guard getrusage(who, &usage) == 0 else { return 0 }
    #if os(Linux)
      return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
    #else
      return Int(usage.ru_maxrss)  // bytes on macOS
    #endif
  }

  /// Current resident set size, from `/proc/self/statm` (second field, in pages); 0 where unavailable.
  static func residentBytes() -> Int {
    #if os(Linux)
      let descriptor = open("/proc/self/statm", O_RDONLY)
      guard descriptor >= 0 else { return 0 }
      defer { close(descriptor) }
      // procfs files report size 0, so read into a fixed buffer rather than by `fstat` size.
      var buffer = [UInt8](repeating: 0, count: 256)
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { return 0 }
      let fields = String(decoding: buffer[0..<count], as: UTF8.self).split(separator: " ")
      guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
      return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    #else
      return 0
    #endif
  }

  /// Hands memory freed by an earlier run back to the system, so "resident before" starts clean
  /// and "after − before" is what the loaded corpus holds.
  static func releaseFreedMemory() {
    #if canImport(Glibc)
      // glibc's malloc_trim is in <malloc.h>, which the Glibc module does not import; look it up.
      typealias MallocTrim = @convention(c) (Int) -> Int32
      if let symbol = dlsym(nil, "malloc_trim") {
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
      }
    #endif
  }
}
