import BylineModel
import Dispatch

/// An inverted index over the body sentences of a corpus: every sentence is a document, and every folded term
/// (see `TermFolding`) has a posting per occurrence, its document and its token position in the sentence.
///
/// Memory: 6 bytes per token (an `Int32` document and a `UInt16` position, in two flat arrays shared by all
/// terms), 12 bytes per sentence, and the vocabulary once. Byte ranges are not stored: the few sentences a
/// search returns are tokenised again to find them. A sentence's tokens after the 65,535th are not indexed.
public struct SearchIndex: Sendable {
  /// The article of each document.
  let documentArticles: [Int32]
  /// The documents of article `a` are `articleFirstDocuments[a] ..< articleFirstDocuments[a + 1]`; a
  /// document's sentence is its number minus its article's first.
  let articleFirstDocuments: [Int32]
  /// Tokens per document, for BM25's length normalisation.
  let documentLengths: [UInt16]
  /// The `Block.Kind` (by its position in `allCases`) of each document's block.
  let documentBlockKinds: [UInt8]
  let averageDocumentLength: Double

  /// The vocabulary in byte order: term `t` is `termBytes[termStarts[t] ..< termStarts[t + 1]]`.
  let termBytes: [UInt8]
  let termStarts: [Int]
  /// The postings of term `t` are `postingStarts[t] ..< postingStarts[t + 1]` of the two arrays below, sorted
  /// by document, then position.
  let postingStarts: [Int]
  let postingDocuments: [Int32]
  let postingPositions: [UInt16]

  /// Canonical speaker name → the documents (ascending) that hold part of one of their quotes.
  let speakerDocuments: [String: [Int32]]

  static let maximumPosition = Int(UInt16.max)

  /// Indexes every sentence of every article, articles spread over the processors.
  public init(_ corpus: IndexedCorpus) {
    let articles = corpus.corpus.articles
    var firstDocuments = [Int32](repeating: 0, count: articles.count + 1)
    for (index, article) in articles.enumerated() {
      firstDocuments[index + 1] = firstDocuments[index] + Int32(clamping: article.sentences.count)
    }
    let documentCount = Int(firstDocuments[articles.count])
    let documentStarts = firstDocuments

    let chunkCount = max(1, min(articles.count, 64))
    let chunks = ChunkSlots<IndexChunk>(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let range = (articles.count * chunk / chunkCount)..<(articles.count * (chunk + 1) / chunkCount)
      chunks[chunk] = IndexChunk(articles: articles, range: range, firstDocuments: documentStarts)
    }

    // One vocabulary for all chunks, then a counting sort of the postings by term.
    var vocabulary = TermTable(capacity: 1 << 16)
    var localToGlobal: [[Int32]] = []
    var counts: [Int] = []
    for chunk in 0..<chunkCount {
      let part = chunks[chunk]
      var map = [Int32](repeating: 0, count: part.terms.count)
      for local in 0..<part.terms.count {
        let global = part.terms.term(local).withUnsafeBufferPointer { vocabulary.insert($0) }
        map[local] = global
        if Int(global) == counts.count { counts.append(0) }
        counts[Int(global)] += part.termCounts[local]
      }
      localToGlobal.append(map)
    }
    let termCount = vocabulary.count
    let order = (0..<termCount).sorted { Self.bytesPrecede(vocabulary.term($0), vocabulary.term($1)) }
    var rank = [Int32](repeating: 0, count: termCount)
    var termBytes: [UInt8] = []
    termBytes.reserveCapacity(vocabulary.bytes.count)
    var termStarts = [0]
    var postingStarts = [0]
    termStarts.reserveCapacity(termCount + 1)
    postingStarts.reserveCapacity(termCount + 1)
    for (position, term) in order.enumerated() {
      rank[term] = Int32(position)
      termBytes.append(contentsOf: vocabulary.term(term))
      termStarts.append(termBytes.count)
      postingStarts.append(postingStarts[position] + counts[term])
    }
    let postingCount = postingStarts[termCount]
    var cursors = Array(postingStarts.dropLast())
    var postingDocuments = [Int32](repeating: 0, count: postingCount)
    var postingPositions = [UInt16](repeating: 0, count: postingCount)
    var documentLengths = [UInt16](repeating: 0, count: documentCount)
    var documentBlockKinds = [UInt8](repeating: 0, count: documentCount)
    var tokenTotal = 0
    for chunk in 0..<chunkCount {
      let part = chunks[chunk]
      let map = localToGlobal[chunk]
      for index in part.postingTerms.indices {
        let term = Int(rank[Int(map[Int(part.postingTerms[index])])])
        let slot = cursors[term]
        cursors[term] = slot + 1
        postingDocuments[slot] = part.postingDocuments[index]
        postingPositions[slot] = part.postingPositions[index]
      }
      let firstDocument = Int(firstDocuments[part.articles.lowerBound])
      for (offset, length) in part.documentLengths.enumerated() {
        documentLengths[firstDocument + offset] = length
        documentBlockKinds[firstDocument + offset] = part.documentBlockKinds[offset]
        tokenTotal += Int(length)
      }
    }

    var documentArticles = [Int32](repeating: 0, count: documentCount)
    var speakerDocuments: [String: [Int32]] = [:]
    for (articleIndex, article) in articles.enumerated() {
      let first = Int(firstDocuments[articleIndex])
      for offset in 0..<article.sentences.count { documentArticles[first + offset] = Int32(articleIndex) }
      for quote in article.quotes {
        guard let speaker = quote.speaker else { continue }
        // A quote may run over several sentences; each of them holds part of it.
        var sentence = max(0, quote.sentence)
        while sentence < article.sentences.count, article.sentences[sentence].range.lowerBound < quote.range.upperBound
        {
          if article.sentences[sentence].range.upperBound > quote.range.lowerBound {
            speakerDocuments[speaker, default: []].append(Int32(first + sentence))
          }
          sentence += 1
        }
      }
    }
    for (speaker, documents) in speakerDocuments {
      speakerDocuments[speaker] = Array(Set(documents)).sorted()
    }

    self.documentArticles = documentArticles
    self.articleFirstDocuments = firstDocuments
    self.documentLengths = documentLengths
    self.documentBlockKinds = documentBlockKinds
    self.averageDocumentLength = documentCount == 0 ? 1 : max(1, Double(tokenTotal) / Double(documentCount))
    self.termBytes = termBytes
    self.termStarts = termStarts
    self.postingStarts = postingStarts
    self.postingDocuments = postingDocuments
    self.postingPositions = postingPositions
    self.speakerDocuments = speakerDocuments
  }

  /// The number of documents (body sentences).
  public var documentCount: Int { documentArticles.count }

  /// The number of distinct terms.
  public var termCount: Int { termStarts.count - 1 }

  /// The number of postings (indexed tokens).
  public var postingCount: Int { postingDocuments.count }

  /// Bytes held by the index's arrays, the speaker table aside.
  public var memoryFootprint: Int {
    documentArticles.count * 4 + articleFirstDocuments.count * 4 + documentLengths.count * 2
      + documentBlockKinds.count + termBytes.count + termStarts.count * 8 + postingStarts.count * 8
      + postingDocuments.count * 4 + postingPositions.count * 2
  }

  /// The term numbers whose bytes start with `prefix` (all of them for an empty prefix): a range, since the
  /// vocabulary is sorted.
  func terms(withPrefix prefix: [UInt8]) -> Range<Int> {
    let lower = lowerBound(prefix)
    var low = lower
    var high = termCount
    while low < high {
      let middle = (low + high) / 2
      if termBytes[termStarts[middle]..<termStarts[middle + 1]].starts(with: prefix) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return lower..<low
  }

  /// The number of `term`, if the corpus has it.
  func term(_ term: [UInt8]) -> Int? {
    let index = lowerBound(term)
    guard index < termCount, termBytes[termStarts[index]..<termStarts[index + 1]].elementsEqual(term) else {
      return nil
    }
    return index
  }

  func postings(of term: Int) -> Range<Int> { postingStarts[term]..<postingStarts[term + 1] }

  func article(ofDocument document: Int32) -> Int { Int(documentArticles[Int(document)]) }

  func sentence(ofDocument document: Int32) -> Int {
    Int(document - articleFirstDocuments[Int(documentArticles[Int(document)])])
  }

  private func lowerBound(_ term: [UInt8]) -> Int {
    var low = 0
    var high = termCount
    while low < high {
      let middle = (low + high) / 2
      if Self.bytesPrecede(termBytes[termStarts[middle]..<termStarts[middle + 1]], term[...]) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low
  }

  private static func bytesPrecede(_ left: ArraySlice<UInt8>, _ right: ArraySlice<UInt8>) -> Bool {
    left.lexicographicallyPrecedes(right)
  }
}

/// The postings of a run of articles, numbered by a vocabulary of the chunk's own.
private struct IndexChunk {
  var articles: Range<Int> = 0..<0
  var terms = TermTable(capacity: 16)
  var termCounts: [Int] = []
  var postingTerms: [Int32] = []
  var postingDocuments: [Int32] = []
  var postingPositions: [UInt16] = []
  var documentLengths: [UInt16] = []
  var documentBlockKinds: [UInt8] = []

  init() {}

  init(articles: [Article], range: Range<Int>, firstDocuments: [Int32]) {
    self.articles = range
    terms = TermTable(capacity: 1 << 14)
    let kinds = Block.Kind.allCases
    for articleIndex in range {
      let article = articles[articleIndex]
      var document = firstDocuments[articleIndex]
      var text = article.text
      text.withUTF8 { body in
        for sentence in article.sentences {
          let lower = min(max(0, sentence.range.lowerBound), body.count)
          let upper = min(max(lower, sentence.range.upperBound), body.count)
          let bytes = UnsafeBufferPointer(rebasing: body[lower..<upper])
          var position = 0
          TermFolding.forEachTerm(in: bytes) { _, folded in
            guard position <= SearchIndex.maximumPosition else { return }
            let term = terms.insert(folded)
            if Int(term) == termCounts.count { termCounts.append(0) }
            termCounts[Int(term)] += 1
            postingTerms.append(term)
            postingDocuments.append(document)
            postingPositions.append(UInt16(position))
            position += 1
          }
          documentLengths.append(UInt16(min(position, SearchIndex.maximumPosition)))
          let kind = article.blocks.indices.contains(sentence.block) ? article.blocks[sentence.block].kind : .paragraph
          documentBlockKinds.append(UInt8(kinds.firstIndex(of: kind) ?? 0))
          document += 1
        }
      }
    }
  }
}

/// Slots that parallel workers fill, each its own index: `concurrentPerform` returns nothing, and disjoint
/// slots need no lock, which is what `@unchecked Sendable` claims.
final class ChunkSlots<Value>: @unchecked Sendable {
  private let base: UnsafeMutablePointer<Value?>
  private let count: Int

  init(count: Int) {
    base = .allocate(capacity: count)
    base.initialize(repeating: nil, count: count)
    self.count = count
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  subscript(index: Int) -> Value {
    get {
      guard let value = base[index] else { preconditionFailure("slot \(index) was never filled") }
      return value
    }
    set { base[index] = newValue }
  }
}
