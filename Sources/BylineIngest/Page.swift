/// The decoded bytes of one file cut into lines, each trimmed of surrounding whitespace.
struct Page {
  /// One physical line of the file.
  struct Line {
    /// 1-based, counting LF, CRLF and CR as line ends, as the gold annotation does.
    let number: Int
    /// The line without its line end and without surrounding whitespace (NBSP and zero-width included).
    let content: Range<Int>
    /// Display columns of leading whitespace, for telling wrapped continuations and indented lists.
    let indent: Int
    var isBlank: Bool { content.isEmpty }
  }

  let bytes: [UInt8]
  let lines: [Line]

  init(bytes: [UInt8]) {
    self.bytes = bytes
    var lines: [Line] = []
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      var number = 1
      let count = buffer.count
      var index = 0
      // Like Python's splitlines: a final line end does not start another (empty) line.
      while index < count {
        let byte = buffer[index]
        if byte == 0x0A || byte == 0x0D {
          lines.append(Self.trimmedLine(buffer, start..<index, number: number))
          number += 1
          if byte == 0x0D && index + 1 < count && buffer[index + 1] == 0x0A { index += 1 }
          start = index + 1
        }
        index += 1
      }
      if start < count { lines.append(Self.trimmedLine(buffer, start..<count, number: number)) }
    }
    self.lines = lines
  }

  /// The trimmed text of a line.
  func text(_ line: Line) -> String {
    String(decoding: bytes[line.content], as: UTF8.self)
  }

  func text(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  private static func trimmedLine(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, number: Int) -> Line {
    var lower = range.lowerBound
    var upper = range.upperBound
    var indent = 0
    while lower < upper {
      let width = Whitespace.leadingWidth(buffer, at: lower, end: upper)
      if width == 0 { break }
      indent += buffer[lower] == 0x09 ? 8 : 1
      lower += width
    }
    while upper > lower {
      let width = Whitespace.trailingWidth(buffer, endingAt: upper, start: lower)
      if width == 0 { break }
      upper -= width
    }
    return Line(number: number, content: lower..<upper, indent: indent)
  }
}

/// Whitespace as readers see it: ASCII blanks, NBSP, the Unicode spaces, and zero-width characters.
enum Whitespace {
  /// Byte length of the whitespace scalar starting at `index`, or 0.
  static func leadingWidth(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
    let byte = buffer[index]
    switch byte {
    case 0x20, 0x09, 0x0B, 0x0C: return 1
    case 0xC2: return index + 1 < end && buffer[index + 1] == 0xA0 ? 2 : 0
    case 0xE2, 0xE3, 0xEF:
      guard index + 2 < end else { return 0 }
      return isWideSpace(byte, buffer[index + 1], buffer[index + 2]) ? 3 : 0
    default: return 0
    }
  }

  /// Byte length of the whitespace scalar ending just before `end`, or 0.
  static func trailingWidth(_ buffer: UnsafeBufferPointer<UInt8>, endingAt end: Int, start: Int) -> Int {
    let last = buffer[end - 1]
    switch last {
    case 0x20, 0x09, 0x0B, 0x0C: return 1
    case 0xA0: return end - 2 >= start && buffer[end - 2] == 0xC2 ? 2 : 0
    default:
      guard end - 3 >= start else { return 0 }
      return isWideSpace(buffer[end - 3], buffer[end - 2], last) ? 3 : 0
    }
  }

  /// U+2000–U+200D (spaces and zero-width), U+202F, U+205F, U+2060, U+3000, U+FEFF.
  static func isWideSpace(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
    switch (first, second) {
    case (0xE2, 0x80): return third <= 0x8D || third == 0xAF
    case (0xE2, 0x81): return third == 0x9F || third == 0xA0
    case (0xE3, 0x80): return third == 0x80
    case (0xEF, 0xBB): return third == 0xBF
    default: return false
    }
  }
}
