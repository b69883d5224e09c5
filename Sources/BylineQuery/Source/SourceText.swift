/// The text of a query or script as UTF-8 bytes, with a table of line starts built once, so that any byte
/// offset becomes a line and column only when a diagnostic is rendered.
///
/// The bytes are kept as given, even when they are not valid UTF-8: the lexer reports such bytes, and every
/// offset stays meaningful.
public struct SourceText: Sendable {
  /// The name shown before locations, such as a script's path (`script.byline:3:14: error: …`); nil for a
  /// query typed at the prompt or given with `-c`.
  public let name: String?
  /// The raw bytes every `SourceRange` points into.
  public let bytes: [UInt8]
  /// The offset at which each line starts; the first is always 0.
  ///
  /// A line ends at `\n`; a `\r` before it is not part of the line's text.
  public let lineStarts: [Int]

  /// A source from text, such as `SourceText("articles | count")`.
  public init(_ text: String, name: String? = nil) {
    self.init(bytes: Array(text.utf8), name: name)
  }

  /// A source from raw bytes that may not be valid UTF-8, as read from a script file.
  public init(bytes: [UInt8], name: String? = nil) {
    self.name = name
    self.bytes = bytes
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    lineStarts = starts
  }

  /// A line and column, both counted from 1; the column counts grapheme clusters, so that `Путин` and `金正恩`
  /// advance it by one per letter as a reader sees them.
  public struct Location: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
      self.line = line
      self.column = column
    }

    public var description: String { "\(line):\(column)" }
  }

  /// The line (from 1) holding `offset`; an offset at the end of the text belongs to the last line.
  public func line(containing offset: Int) -> Int {
    // Binary search for the last line start at or before the offset.
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low + 1
  }

  /// The line and grapheme column of a byte offset.
  public func location(of offset: Int) -> Location {
    let clamped = min(max(offset, 0), bytes.count)
    let line = line(containing: clamped)
    let prefix = bytes[lineStarts[line - 1]..<clamped]
    return Location(line: line, column: String(decoding: prefix, as: UTF8.self).count + 1)
  }

  /// The byte range of a line's text (from 1), without its `\n` or a `\r` before it.
  public func lineRange(_ line: Int) -> SourceRange {
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return SourceRange(start, end)
  }

  /// The text of a range; bytes that are not valid UTF-8 become U+FFFD.
  public func text(_ range: SourceRange) -> String {
    let lower = min(max(range.lowerBound, 0), bytes.count)
    let upper = min(max(range.upperBound, lower), bytes.count)
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }

  /// The range of the whole text.
  public var wholeRange: SourceRange { SourceRange(0, bytes.count) }
}
