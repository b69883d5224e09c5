import Dispatch

/// Writes the synthetic benchmark corpus to disk, or finds a complete one already there.
///
/// Layout under the corpus folder (default `./bench-corpus/N`):
///
///     byline-bench-corpus.txt      marker: generator version, article count, totals
///     articles/000/000000_5f1c….txt
///     articles/000/000001_9a0e….txt  …  1,000 files per subfolder
///
/// The marker sits beside `articles/`, not inside it, so the loader (which reads every file under
/// the folder it is given) never sees it. It is written last, so an interrupted run is regenerated.
///
/// Article *i* depends only on the seed and *i* (its own `RandomSource` stream), so subfolders are
/// generated in parallel and the corpus is still byte-for-byte the same on every run.
struct CorpusGenerator {
  /// Bump whenever the output changes, so that corpora kept with `--keep` are regenerated.
  static let version = 1
  static let seed: UInt64 = 0xB71E_0000_2024_0619
  static let filesPerFolder = 1000
  static let markerName = "byline-bench-corpus.txt"

  let articleCount: Int
  let directory: String

  var articlesFolder: String { directory + "/articles" }
  var markerPath: String { directory + "/" + Self.markerName }

  /// What the corpus holds, as the generator meant it.
  struct Summary: Equatable {
    var articles = 0
    var bytes = 0
    var blocks = 0
    var sentences = 0
    var metadataLines = 0
    var boilerplateLines = 0
    var utf8WithBOM = 0
    var windows1252 = 0
    var utf16 = 0
    var notLineFeedOnly = 0

    mutating func add(_ other: Summary) {
      for field in Self.fields { self[keyPath: field.path] += other[keyPath: field.path] }
    }

    /// The marker's `key: value` lines, in this order.
    static var fields: [(key: String, path: WritableKeyPath<Summary, Int>)] {
      [
        ("articles", \.articles), ("bytes", \.bytes), ("blocks", \.blocks),
        ("sentences", \.sentences),
        ("metadata-lines", \.metadataLines), ("boilerplate-lines", \.boilerplateLines),
        ("utf-8-with-bom", \.utf8WithBOM), ("windows-1252", \.windows1252), ("utf-16", \.utf16),
        ("crlf-cr-or-mixed", \.notLineFeedOnly),
      ]
    }
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  // MARK: - One article

  /// The file name and bytes of article `index`.
  static func article(index: Int) -> (name: String, bytes: [UInt8], summary: Summary) {
    var random = RandomSource(seed: seed, stream: index)
    // A file stem like the seeds' "000_768fe2592fbfd760": number, then a hash-like tag.
    let tag = String(random.next(), radix: 16)
    let name =
      zeroPadded(index, width: 6) + "_" + String(repeating: "0", count: 16 - tag.count) + tag
    let style = ArticleWriter.pageStyle(random: &random)
    // Publication dates spread over 2023-01-01 … mid-2025.
    let published = NewsDay(year: 2023, month: 1, day: 1).adding(days: random.int(below: 900))
    var writer = ArticleWriter(random: random, published: published, style: style)
    writer.writePage()

    var summary = Summary(
      articles: 1, blocks: writer.tally.blocks, sentences: writer.tally.sentences,
      metadataLines: writer.tally.metadataLines, boilerplateLines: writer.tally.boilerplateLines)
    var bytes = writer.bytes
    switch style.encoding {
    case .utf8: break
    case .utf8WithBOM:
      bytes.insert(contentsOf: TextEncodings.utf8ByteOrderMark, at: 0)
      summary.utf8WithBOM = 1
    case .windows1252:
      bytes = TextEncodings.windows1252(fromUTF8: bytes)
      summary.windows1252 = 1
    case .utf16LittleEndian:
      bytes = TextEncodings.utf16LittleEndian(fromUTF8: bytes)
      summary.utf16 = 1
    }
    if style.lineEnding != .lineFeed { summary.notLineFeedOnly = 1 }
    summary.bytes = bytes.count
    return (name + ".txt", bytes, summary)
  }

  // MARK: - The corpus on disk

  /// The summary of a complete corpus of this size and generator version, if the folder holds one.
  func existingCorpus() -> Summary? {
    guard let marker = FileSystem.readText(markerPath), FileSystem.exists(articlesFolder) else {
      return nil
    }
    var values: [String: Int] = [:]
    for line in marker.split(separator: "\n") {
      let parts = line.split(separator: ":", maxSplits: 1)
      if parts.count == 2, let value = Int(parts[1].trimmingSpaces) {
        values[String(parts[0])] = value
      }
    }
    guard values["generator-version"] == Self.version, values["articles"] == articleCount else {
      return nil
    }
    var summary = Summary()
    for field in Summary.fields {
      guard let value = values[field.key] else { return nil }
      summary[keyPath: field.path] = value
    }
    return summary
  }

  /// Writes all articles with `concurrency` threads, then the marker.
  func generate(concurrency: Int) throws -> Summary {
    try clearPreviousCorpus()
    let folderCount = (articleCount + Self.filesPerFolder - 1) / Self.filesPerFolder
    let folderWidth = max(3, String(folderCount - 1).count)
    let folders = (0..<folderCount).map {
      articlesFolder + "/" + Self.zeroPadded($0, width: folderWidth)
    }
    for folder in folders { try FileSystem.makeFolder(folder) }

    // One result slot per folder: each worker writes only its own slots, so no lock is needed.
    let results = ResultSlots<Result<Summary, FileSystem.Failure>>(
      count: folderCount, initial: .success(Summary()))
    let workers = max(1, min(concurrency, folderCount))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for folderIndex in stride(from: worker, to: folderCount, by: workers) {
        results[folderIndex] = Result { () throws(FileSystem.Failure) -> Summary in
          var summary = Summary()
          let first = folderIndex * Self.filesPerFolder
          for index in first..<min(first + Self.filesPerFolder, articleCount) {
            let article = Self.article(index: index)
            try FileSystem.writeFile(folders[folderIndex] + "/" + article.name, article.bytes)
            summary.add(article.summary)
          }
          return summary
        }
      }
    }
    var total = Summary()
    for result in results.values { total.add(try result.get()) }
    try writeMarker(total)
    return total
  }

  /// Deletes what `generate` made: the articles, the marker, then the folder if nothing else is in it.
  func remove() throws {
    if FileSystem.exists(articlesFolder) { try FileSystem.remove(articlesFolder) }
    if FileSystem.exists(markerPath) { try FileSystem.remove(markerPath) }
    FileSystem.removeIfEmpty(directory)
  }

  /// Removes an older or interrupted corpus, but refuses to touch a folder holding anything else.
  private func clearPreviousCorpus() throws {
    let foreign = FileSystem.contents(of: directory).filter {
      $0 != "articles" && $0 != Self.markerName
    }
    guard foreign.isEmpty else {
      throw Failure(
        description:
          "\(directory) holds files that byline-bench did not make (\(foreign.prefix(3).joined(separator: ", "))); "
          + "choose an empty or new folder with --dir")
    }
    try remove()
    try FileSystem.makeFolder(articlesFolder)
  }

  private func writeMarker(_ summary: Summary) throws {
    var text = "byline-bench synthetic corpus (delete freely; regenerated on demand)\n"
    text += "generator-version: \(Self.version)\n"
    for field in Summary.fields { text += "\(field.key): \(summary[keyPath: field.path])\n" }
    try FileSystem.writeFile(markerPath, Array(text.utf8))
  }

  static func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

/// Fixed slots that parallel workers fill, each worker its own indices.
///
/// `concurrentPerform` gives no way to return values, and a lock per article would serialise the
/// workers; disjoint slots are race-free by construction. `@unchecked Sendable` states exactly that.
final class ResultSlots<Value>: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<Value>

  init(count: Int, initial: Value) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: initial)
  }

  deinit {
    storage.deinitialize()
    storage.deallocate()
  }

  subscript(index: Int) -> Value {
    get { storage[index] }
    set { storage[index] = newValue }
  }

  var values: [Value] { Array(storage) }
}

extension Substring {
  /// Without leading and trailing spaces (marker values are written as "key: value").
  var trimmingSpaces: Substring {
    var text = self
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return text
  }
}
