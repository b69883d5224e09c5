import BylineModel

extension Array {
  /// The elements in storage of their own size. Arrays grown by appending keep up to half their capacity empty,
  /// and a loaded corpus holds millions of rows in them for as long as it is open.
  func compacted() -> [Element] {
    guard capacity > count + count / 16 else { return self }
    return withUnsafeBufferPointer { Array($0) }
  }
}

extension Article {
  /// Releases the slack of every row array once the article is complete.
  mutating func compact() {
    blocks = blocks.compacted()
    sentences = sentences.compacted()
    metadataLines = metadataLines.compacted()
    boilerplate = boilerplate.compacted()
    quotes = quotes.compacted()
    mentions = mentions.compacted()
    numbers = numbers.compacted()
    dates = dates.compacted()
    authors = authors.compacted()
  }
}

extension SemanticDraft {
  /// A draft waits with its article for the corpus pass, so its rows give up their slack too.
  mutating func compact() {
    pending = pending.compacted()
  }
}
