import BylineQuery

/// A script cut into what the runner does in order: statements of the language and dot-command lines.
///
/// A line is a dot-command when it starts with `.` and a letter where a statement could start, that is when
/// everything since the previous dot-command is complete (`StatementSplitter.isComplete`). Dot-command lines
/// are blanked to spaces in `source`, so the statements keep their byte offsets and line numbers, and a
/// dot-command's argument (a path with a `"` or a `/`) never confuses the lexer.
struct ScriptPlan {
  enum Item {
    /// A statement, to be parsed with `Parser.parse(source, range: span.range)`.
    case statement(StatementSpan)
    /// A dot-command line without its line end, and the line it is on (from 1).
    case dotCommand(String, line: Int)
  }

  /// The script with its dot-command lines blanked.
  let source: SourceText
  let items: [Item]

  init(_ script: SourceText) {
    var bytes = script.bytes
    var dotCommands: [(offset: Int, text: String, line: Int)] = []
    var segmentStart = 0
    for (index, lineStart) in script.lineStarts.enumerated() {
      let lineEnd = index + 1 < script.lineStarts.count ? script.lineStarts[index + 1] - 1 : bytes.count
      var first = lineStart
      while first < lineEnd, bytes[first] == UInt8(ascii: " ") || bytes[first] == UInt8(ascii: "\t") { first += 1 }
      guard first + 1 < lineEnd, bytes[first] == UInt8(ascii: "."), Self.isLetter(bytes[first + 1]) else { continue }
      guard StatementSplitter.isComplete(SourceText(bytes: Array(bytes[segmentStart..<lineStart]))) else { continue }
      var end = lineEnd
      if end > first, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
      dotCommands.append((first, String(decoding: bytes[first..<end], as: UTF8.self), index + 1))
      for offset in lineStart..<lineEnd { bytes[offset] = UInt8(ascii: " ") }
      segmentStart = lineEnd
    }
    source = dotCommands.isEmpty ? script : SourceText(bytes: bytes, name: script.name)
    var items: [(offset: Int, item: Item)] = StatementSplitter.split(source).map {
      ($0.range.lowerBound, .statement($0))
    }
    items += dotCommands.map { ($0.offset, .dotCommand($0.text, line: $0.line)) }
    self.items = items.sorted { $0.offset < $1.offset }.map(\.item)
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }
}
